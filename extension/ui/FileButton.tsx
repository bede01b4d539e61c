import { useId, useState } from 'react';
import type { InputHTMLAttributes } from 'react';
import type { Lang } from '../../core/i18n.ts';
import { t } from './messages.ts';

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'onChange' | 'className'>;

/**
 * A file input that speaks the extension's language: a button-styled label with our own words and the
 * chosen file's name beside it (never the browser's "Choose File / No file chosen"). The native input stays
 * in the page, visually hidden but focusable, so the keyboard, screen readers and tests use it as usual.
 */
export function FileButton(
  props: InputProps & {
    lang: Lang;
    /** What the button says: "Wybierz plik rejestru (CSV lub XLSX)". */
    label: string;
    /** The files chosen (copied out of the input before it is cleared). */
    onFiles(files: File[]): void;
    /** Clear the input after each choice (choosing the same file again reads it again). */
    reset?: boolean;
  },
) {
  const { lang, label, onFiles, reset, ...input } = props;
  const own = useId();
  const id = props.id ?? own;
  const [names, setNames] = useState<string[]>([]);
  return (
    <span className="file-button">
      <input
        {...input}
        id={id}
        type="file"
        className="visually-hidden"
        aria-describedby={`${id}-chosen`}
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          setNames(files.map((f) => f.webkitRelativePath || f.name));
          onFiles(files);
          if (reset) e.target.value = '';
        }}
      />
      <label htmlFor={id} className="button">
        {label}
      </label>
      <span id={`${id}-chosen`} className="file-chosen">
        {names.length
          ? t(lang, 'file.chosen', {
              n: names.length,
              names: names.length > 3 ? `${names.slice(0, 3).join(', ')}, …` : names.join(', '),
            })
          : t(lang, 'file.none')}
      </span>
    </span>
  );
}
