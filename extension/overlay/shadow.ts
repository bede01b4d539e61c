import type { Placement } from '../adapters/schema.ts';

/** Our elements in the host page: a custom tag with an open shadow root, styled only inside it. */
export const HOST_ATTRIBUTE = 'data-standardy';

export interface Mounted {
  host: HTMLElement;
  root: ShadowRoot;
  /** What was last rendered, to skip identical repaints. */
  key: string;
}

const sheets = new Map<string, CSSStyleSheet | null>();
/** One constructed style sheet per feature, shared by all its shadow roots (1,000 badges, one sheet). */
function sharedSheet(css: string): CSSStyleSheet | null {
  let sheet = sheets.get(css);
  if (sheet === undefined) {
    try {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
    } catch {
      sheet = null;
    }
    sheets.set(css, sheet);
  }
  return sheet;
}

export function mountShadow(tag: string, css: string): Mounted {
  const host = document.createElement(tag);
  host.setAttribute(HOST_ATTRIBUTE, '');
  const root = host.attachShadow({ mode: 'open' });
  const sheet = sharedSheet(css);
  try {
    if (!sheet) throw new Error('no constructable style sheets');
    root.adoptedStyleSheets = [sheet];
  } catch {
    // Where a content script cannot adopt sheets (Firefox's isolated world), a style element per root.
    const style = document.createElement('style');
    style.textContent = css;
    root.append(style);
  }
  return { host, root, key: '' };
}

/** Replace everything but a style element. */
export function resetShadow(m: Mounted): void {
  for (const child of [...m.root.childNodes]) if ((child as Element).tagName !== 'STYLE') child.remove();
}

export function isOurs(node: Node): boolean {
  return node.nodeType === 1 && (node as Element).hasAttribute(HOST_ATTRIBUTE);
}

/** Put `host` where the adapter says, relative to an element inside `scope`; false when there is none. */
export function place(scope: Element, placement: Placement | undefined, host: HTMLElement): boolean {
  const anchor = placement?.selector ? scope.querySelector(placement.selector) : scope;
  if (!anchor) return false;
  switch (placement?.position ?? 'append') {
    case 'prepend':
      anchor.prepend(host);
      break;
    case 'before':
      anchor.before(host);
      break;
    case 'after':
      anchor.after(host);
      break;
    default:
      anchor.append(host);
  }
  return true;
}

/** `el('span', {class: 'x'}, 'text')` — text children only ever become text nodes. */
export function el(
  tag: string,
  attrs: Record<string, string> = {},
  ...children: (Node | string | undefined)[]
): HTMLElement {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  for (const c of children) if (c !== undefined) e.append(c);
  return e;
}
