/**
 * A small, honest fake of the Word JavaScript object model (the part the add-in uses, WordApi ≤ 1.3):
 * paragraphs of text runs and inline content controls, block content controls, tables with cells.
 *
 * Like Office.js, every method and property write only queues a command; the document changes at
 * `context.sync()`, in queue order. Reading a property throws until it was `load()`ed and a sync ran
 * after that load — the same PropertyNotLoaded mistake real Word punishes. Syncs and runs are counted.
 * Browser-safe (no node: imports): unit tests, the e2e test (injected in place of office.js) and the
 * benchmark all use it.
 */

export type BuiltInStyle = 'Normal' | 'Heading1' | 'Heading2' | 'Heading3' | 'Heading4' | 'Title' | 'Other';
const HEADING_LEVEL: Record<string, number> = { Heading1: 1, Heading2: 2, Heading3: 3, Heading4: 4 };

export type Appearance = 'BoundingBox' | 'Tags' | 'Hidden';
export type Alignment = 'Left' | 'Centered' | 'Right' | 'Justified';

/** A run of text; `\v` is a line break inside the paragraph (as Word reports it). */
export interface TextNode {
  kind: 'text';
  text: string;
  bold: boolean;
  parent: ParagraphNode | ControlNode;
}

interface ControlBase {
  kind: 'control';
  id: number;
  tag: string;
  title: string;
  appearance: Appearance;
  cannotDelete: boolean;
  placeholderText: string;
}
/** A content control around text inside one paragraph. */
export interface InlineControlNode extends ControlBase {
  inline: true;
  children: TextNode[];
  parent: ParagraphNode;
}
/** A content control around paragraphs and tables. */
export interface BlockControlNode extends ControlBase {
  inline: false;
  children: BlockNode[];
  parent: ContainerNode;
}
export type ControlNode = InlineControlNode | BlockControlNode;

export class ParagraphNode {
  readonly kind = 'paragraph';
  style: BuiltInStyle = 'Normal';
  alignment: Alignment = 'Left';
  leftIndent = 0;
  children: (TextNode | InlineControlNode)[] = [];
  constructor(
    text: string,
    public parent: ContainerNode,
  ) {
    if (text) this.children.push({ kind: 'text', text, bold: false, parent: this });
  }
  /** The paragraph's text: its runs and its inline controls' texts (placeholders are not text). */
  get text(): string {
    return this.children.map((c) => (c.kind === 'text' ? c.text : runsText(c))).join('');
  }
}

export interface CellNode {
  kind: 'cell';
  children: BlockNode[];
  parent: TableNode;
}
export interface TableNode {
  kind: 'table';
  rows: CellNode[][];
  headerRowCount: number;
  /** Border type set on all borders ('Single' by default, 'None' for the letterhead and signatures). */
  borders: string;
  parent: ContainerNode;
}
export interface BodyNode {
  kind: 'body';
  children: BlockNode[];
}
export type BlockNode = ParagraphNode | BlockControlNode | TableNode;
export type ContainerNode = BodyNode | BlockControlNode | CellNode;

/** What a test writes to build a hand-made document. */
export type OutlineBlock =
  | string
  | { heading: string; level?: number }
  | { tag: string; title?: string; placeholder?: string; children: OutlineBlock[] | string };

/** An error shaped like OfficeExtension.Error (code + message). */
export class FakeWordError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'RichApi.Error';
  }
}

function notLoaded(name: string): never {
  throw new FakeWordError(
    'PropertyNotLoaded',
    `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

/** Property names a load() asks for: 'a,b', ['a'], {select:'a'}, and 'items/a' on collections. */
function parseLoad(arg: unknown): string[] {
  if (arg === undefined) return [];
  if (typeof arg === 'string')
    return arg
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  if (Array.isArray(arg)) return arg.flatMap((a) => parseLoad(a));
  if (typeof arg === 'object' && arg !== null && 'select' in arg)
    return parseLoad((arg as { select: unknown }).select);
  return [];
}

function runsText(c: InlineControlNode): string {
  return c.children.map((t) => t.text).join('');
}
function paragraphsOf(container: ContainerNode): ParagraphNode[] {
  return container.children.flatMap((b): ParagraphNode[] =>
    b.kind === 'paragraph' ? [b] : b.kind === 'table' ? b.rows.flat().flatMap(paragraphsOf) : paragraphsOf(b),
  );
}
/** Every control, block and inline, in document order. */
function controlsOf(container: ContainerNode): ControlNode[] {
  return container.children.flatMap((b): ControlNode[] => {
    if (b.kind === 'paragraph') return b.children.filter((c): c is InlineControlNode => c.kind === 'control');
    if (b.kind === 'table') return b.rows.flat().flatMap(controlsOf);
    return [b, ...controlsOf(b)];
  });
}
function textOf(container: ContainerNode): string {
  // Word joins paragraphs with a carriage return in `text`.
  return paragraphsOf(container)
    .map((p) => p.text)
    .join('\r');
}
/** An empty control with placeholder text shows it — and, pessimistically, `text` returns it. */
function showingPlaceholder(c: ControlNode): boolean {
  if (c.placeholderText === '') return false;
  return c.inline ? runsText(c) === '' : paragraphsOf(c).every((p) => p.text === '');
}
function controlText(c: ControlNode): string {
  if (showingPlaceholder(c)) return c.placeholderText;
  return c.inline ? runsText(c) : textOf(c);
}
/** Whether a node is still in the document (its ancestors all still hold it). */
function attached(node: BlockNode | ControlNode | CellNode, body: BodyNode): boolean {
  let n: BlockNode | ControlNode | CellNode | BodyNode = node;
  while (n.kind !== 'body') {
    const parent: ContainerNode | ParagraphNode | TableNode = n.parent;
    const holds =
      parent.kind === 'table'
        ? parent.rows.some((r) => r.includes(n as CellNode))
        : (parent.children as unknown[]).includes(n);
    if (!holds) return false;
    n = parent;
  }
  return n === body;
}

/** The document model plus the counters; one per simulated Word window. */
export class FakeWordDocument {
  body: BodyNode = { kind: 'body', children: [] };
  /** The paragraph holding the cursor. */
  cursor: ParagraphNode;
  /** What the last select() selected. */
  selected: BlockNode | ControlNode | null = null;
  syncs = 0;
  runs = 0;
  private nextId = 1;

  constructor(outline: OutlineBlock[] = []) {
    this.cursor = this.newParagraph('', this.body);
    this.body.children.push(this.cursor);
    if (outline.length) this.setOutline(outline);
  }

  newParagraph(text: string, parent: ContainerNode, style: BuiltInStyle = 'Normal'): ParagraphNode {
    const p = new ParagraphNode(text, parent);
    p.style = style;
    return p;
  }
  private controlBase(): ControlBase {
    return {
      kind: 'control',
      id: this.nextId++,
      tag: '',
      title: '',
      appearance: 'BoundingBox',
      cannotDelete: false,
      placeholderText: '',
    };
  }
  newControl(parent: ContainerNode): BlockControlNode {
    return { ...this.controlBase(), inline: false, children: [], parent };
  }
  newInlineControl(parent: ParagraphNode): InlineControlNode {
    return { ...this.controlBase(), inline: true, children: [], parent };
  }
  newTable(rows: number, columns: number, parent: ContainerNode, values?: string[][]): TableNode {
    const table: TableNode = { kind: 'table', rows: [], headerRowCount: 0, borders: 'Single', parent };
    for (let r = 0; r < rows; r++)
      table.rows.push(
        Array.from({ length: columns }, (_, c) => {
          const cell: CellNode = { kind: 'cell', children: [], parent: table };
          cell.children.push(this.newParagraph(values?.[r]?.[c] ?? '', cell));
          return cell;
        }),
      );
    return table;
  }

  /** Replace the whole document (a test's hand-made or edited document). The cursor goes to the end. */
  setOutline(outline: OutlineBlock[]): void {
    this.body.children = [];
    const build = (blocks: OutlineBlock[], parent: ContainerNode) => {
      for (const b of blocks) {
        if (typeof b === 'string') parent.children.push(this.newParagraph(b, parent));
        else if ('heading' in b)
          parent.children.push(
            this.newParagraph(b.heading, parent, `Heading${b.level ?? 1}` as BuiltInStyle),
          );
        else {
          const cc = this.newControl(parent);
          cc.tag = b.tag;
          cc.title = b.title ?? '';
          cc.placeholderText = b.placeholder ?? '';
          parent.children.push(cc);
          build(typeof b.children === 'string' ? b.children.split('\n') : b.children, cc);
          if (cc.children.length === 0) cc.children.push(this.newParagraph('', cc));
        }
      }
    };
    build(outline, this.body);
    if (this.body.children.length === 0) this.body.children.push(this.newParagraph('', this.body));
    this.cursor = paragraphsOf(this.body).at(-1)!;
  }

  // ---- what a test (the "user") reads and does between add-in actions --------------------------------
  controls(tag?: string): ControlNode[] {
    return controlsOf(this.body).filter((c) => tag === undefined || c.tag === tag);
  }
  /** A control's text as the user sees it ('' when it shows its placeholder); lines joined by \n. */
  controlText(tag: string): string | undefined {
    const c = this.controls(tag)[0];
    if (!c) return undefined;
    if (showingPlaceholder(c)) return '';
    return (c.inline ? runsText(c) : textOf(c)).replace(/\r|\v/g, '\n');
  }
  tables(): TableNode[] {
    const walk = (container: ContainerNode): TableNode[] =>
      container.children.flatMap((b): TableNode[] =>
        b.kind === 'table' ? [b, ...b.rows.flat().flatMap(walk)] : b.kind === 'control' ? walk(b) : [],
      );
    return walk(this.body);
  }
  paragraphs(): ParagraphNode[] {
    return paragraphsOf(this.body);
  }
  text(): string {
    return textOf(this.body).replace(/\r|\v/g, '\n');
  }
  /** The user types into a control (its content is replaced, the control stays). */
  userEdit(tag: string, text: string): void {
    const c = this.controls(tag)[0];
    if (!c) throw new Error(`no control ${tag}`);
    if (c.inline)
      c.children = text ? [{ kind: 'text', text: text.replace(/\n/g, '\v'), bold: false, parent: c }] : [];
    else c.children = text.split('\n').map((t) => this.newParagraph(t, c));
  }
  /** The user deletes a control with its content. */
  userDelete(tag: string): void {
    for (const c of this.controls(tag)) {
      const list = c.parent.children as unknown[];
      list.splice(list.indexOf(c), 1);
    }
  }
  /** The user removes the control but keeps its text (e.g. "Remove content control"). */
  userUnwrap(tag: string): void {
    for (const c of this.controls(tag)) {
      if (c.inline) {
        const p = c.parent;
        for (const t of c.children) t.parent = p;
        p.children.splice(p.children.indexOf(c), 1, ...c.children);
      } else {
        const list = c.parent.children;
        for (const child of c.children) child.parent = c.parent;
        list.splice(list.indexOf(c), 1, ...c.children);
      }
    }
  }
  /** The user types a paragraph at the end of the document. */
  userAppend(text: string): void {
    this.body.children.push(this.newParagraph(text, this.body));
  }
  /** Put the cursor in the first paragraph whose text is `text`. */
  placeCursor(text: string): void {
    const p = this.paragraphs().find((x) => x.text === text);
    if (!p) throw new Error(`no paragraph ${text}`);
    this.cursor = p;
  }
  resetCounters(): void {
    this.syncs = 0;
    this.runs = 0;
  }

  isAttached(node: BlockNode | ControlNode | CellNode): boolean {
    return attached(node, this.body);
  }
}

type Resolver<T> = () => T;

/** Base of every proxy: a queue-time resolver to its node, loaded property values after sync. */
abstract class FakeObject<N> {
  protected loaded = new Map<string, unknown>();
  private node: N | undefined;
  constructor(
    readonly context: FakeRequestContext,
    private readonly resolver: Resolver<N>,
  ) {}
  /** Runs inside sync only. */
  resolve(): N {
    if (this.node === undefined) this.node = this.resolver();
    return this.node;
  }
  protected queue(fn: (node: N) => void): void {
    this.context.enqueue(() => fn(this.resolve()));
  }
  protected read(name: string): unknown {
    if (!this.loaded.has(name)) notLoaded(name);
    return this.loaded.get(name);
  }
  /** A proxy for a node made by a queued command: the command runs at sync, in queue order. */
  protected made<P extends FakeObject<unknown>>(proxy: P): P {
    this.context.enqueue(() => proxy.resolve());
    return proxy;
  }
  /** A new paragraph placed relative to this node (`anchor` resolves it at sync). */
  protected paragraphAt(
    anchor: () => BlockNode | ContainerNode,
    text: string,
    location: 'Before' | 'After' | 'Start' | 'End',
  ): FakeParagraph {
    const doc = this.context.doc;
    return this.made(
      new FakeParagraph(this.context, () =>
        place((parent) => doc.newParagraph(text, parent), anchor(), location),
      ),
    );
  }
  /** A new table placed relative to this node. */
  protected tableAt(
    anchor: () => BlockNode | ContainerNode,
    rows: number,
    columns: number,
    location: 'Before' | 'After' | 'Start' | 'End',
    values?: string[][],
  ): FakeTable {
    const doc = this.context.doc;
    return this.made(
      new FakeTable(this.context, () =>
        place((parent) => doc.newTable(rows, columns, parent, values), anchor(), location),
      ),
    );
  }
  load(props?: unknown): this {
    const names = parseLoad(props);
    this.context.enqueue(() => this.snapshot(names.length ? names : this.defaultProps()));
    return this;
  }
  defaultProps(): string[] {
    return [];
  }
  /** Runs inside sync only: copy the named properties' current values. */
  snapshot(names: string[]): void {
    if (names.length)
      throw new FakeWordError('InvalidArgument', `fake Word: ${names.join(', ')} not modelled`);
  }
  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }
}

function where(node: BlockNode): { list: BlockNode[]; at: number } {
  const list = node.parent.children;
  const at = list.indexOf(node);
  if (at < 0) throw new FakeWordError('ItemNotFound', 'The requested object was deleted.');
  return { list, at };
}

/** Insert a block before or after a block, or at the start or end of a container. */
function place<B extends BlockNode>(
  make: (parent: ContainerNode) => B,
  anchor: BlockNode | ContainerNode,
  location: 'Before' | 'After' | 'Start' | 'End',
): B {
  if (location === 'Start' || location === 'End') {
    const container = anchor as ContainerNode;
    const b = make(container);
    if (location === 'Start') container.children.unshift(b);
    else container.children.push(b);
    return b;
  }
  const { list, at } = where(anchor as BlockNode);
  const b = make((anchor as BlockNode).parent);
  list.splice(location === 'Before' ? at : at + 1, 0, b);
  return b;
}

export class FakeParagraph extends FakeObject<ParagraphNode> {
  get text(): string {
    return this.read('text') as string;
  }
  get styleBuiltIn(): string {
    return this.read('styleBuiltIn') as string;
  }
  get outlineLevel(): number {
    return this.read('outlineLevel') as number;
  }
  get isNullObject(): boolean {
    return this.read('isNullObject') as boolean;
  }
  set styleBuiltIn(style: string) {
    this.queue((p) => (p.style = style as BuiltInStyle));
  }
  get alignment(): Alignment {
    return this.read('alignment') as Alignment;
  }
  set alignment(value: Alignment) {
    this.queue((p) => (p.alignment = value));
  }
  get leftIndent(): number {
    return this.read('leftIndent') as number;
  }
  set leftIndent(points: number) {
    this.queue((p) => (p.leftIndent = points));
  }
  override defaultProps(): string[] {
    return ['text', 'styleBuiltIn', 'outlineLevel'];
  }
  override snapshot(names: string[]): void {
    const p = this.resolve();
    for (const n of names) {
      if (n === 'text') this.loaded.set(n, p.text);
      else if (n === 'styleBuiltIn') this.loaded.set(n, p.style);
      else if (n === 'outlineLevel') this.loaded.set(n, HEADING_LEVEL[p.style] ?? 10);
      else if (n === 'alignment' || n === 'leftIndent') this.loaded.set(n, p[n]);
      else if (n === 'isNullObject') this.loaded.set(n, false);
      else throw new FakeWordError('InvalidArgument', `fake Word: Paragraph.${n} is not modelled`);
    }
  }
  insertParagraph(text: string, location: 'Before' | 'After'): FakeParagraph {
    return this.paragraphAt(() => this.resolve(), text, location);
  }
  insertTable(
    rowCount: number,
    columnCount: number,
    location: 'Before' | 'After',
    values?: string[][],
  ): FakeTable {
    return this.tableAt(() => this.resolve(), rowCount, columnCount, location, values);
  }
  /** Wraps this paragraph in a rich-text content control (WordApi 1.1). */
  insertContentControl(): FakeContentControl {
    const doc = this.context.doc;
    return this.made(
      new FakeContentControl(this.context, () => {
        const p = this.resolve();
        const { list, at } = where(p);
        const cc = doc.newControl(p.parent);
        list.splice(at, 1, cc);
        p.parent = cc;
        cc.children.push(p);
        return cc;
      }),
    );
  }
  /** Text into the paragraph; returns the range of the new text. `\n` would split it: not allowed here. */
  insertText(text: string, location: 'Start' | 'End'): FakeRange {
    if (text.includes('\n')) throw new FakeWordError('InvalidArgument', 'fake Word: newline in a paragraph');
    return this.made(
      new FakeRange(this.context, () => {
        const p = this.resolve();
        const node: TextNode = { kind: 'text', text, bold: false, parent: p };
        if (location === 'Start') p.children.unshift(node);
        else p.children.push(node);
        return { paragraph: p, run: node };
      }),
    );
  }
  select(): void {
    this.queue((p) => {
      this.context.doc.selected = p;
      this.context.doc.cursor = p;
    });
  }
}

export class FakeContentControl extends FakeObject<ControlNode | null> {
  get id(): number {
    return this.read('id') as number;
  }
  get tag(): string {
    return this.read('tag') as string;
  }
  set tag(v: string) {
    this.queue((c) => (this.live(c).tag = v));
  }
  get title(): string {
    return this.read('title') as string;
  }
  set title(v: string) {
    this.queue((c) => (this.live(c).title = v));
  }
  get appearance(): Appearance {
    return this.read('appearance') as Appearance;
  }
  set appearance(v: Appearance) {
    this.queue((c) => (this.live(c).appearance = v));
  }
  get cannotDelete(): boolean {
    return this.read('cannotDelete') as boolean;
  }
  set cannotDelete(v: boolean) {
    this.queue((c) => (this.live(c).cannotDelete = v));
  }
  get placeholderText(): string {
    return this.read('placeholderText') as string;
  }
  set placeholderText(v: string) {
    this.queue((c) => (this.live(c).placeholderText = v));
  }
  get text(): string {
    return this.read('text') as string;
  }
  get isNullObject(): boolean {
    return this.read('isNullObject') as boolean;
  }
  private live(c: ControlNode | null): ControlNode {
    if (c === null)
      throw new FakeWordError('ItemNotFound', 'The requested operation is not valid on a null object.');
    if (!this.context.doc.isAttached(c))
      throw new FakeWordError('ItemNotFound', 'The content control was deleted.');
    return c;
  }
  private block(c: ControlNode | null): BlockControlNode {
    const live = this.live(c);
    if (live.inline)
      throw new FakeWordError(
        'InvalidArgument',
        'fake Word: paragraphs and tables go into block controls only',
      );
    return live;
  }
  override defaultProps(): string[] {
    return ['id', 'tag', 'title', 'appearance', 'cannotDelete', 'placeholderText', 'text'];
  }
  override snapshot(names: string[]): void {
    const c = this.resolve();
    if (c === null) {
      this.loaded.set('isNullObject', true);
      for (const n of names) if (n !== 'isNullObject') this.loaded.set(n, undefined);
      return;
    }
    for (const n of names) {
      if (n === 'text') this.loaded.set(n, controlText(c));
      else if (n === 'isNullObject') this.loaded.set(n, false);
      else if (
        n === 'id' ||
        n === 'tag' ||
        n === 'title' ||
        n === 'appearance' ||
        n === 'cannotDelete' ||
        n === 'placeholderText'
      )
        this.loaded.set(n, c[n]);
      else throw new FakeWordError('InvalidArgument', `fake Word: ContentControl.${n} is not modelled`);
    }
  }
  get paragraphs(): FakeParagraphCollection {
    return new FakeParagraphCollection(this.context, () => {
      const c = this.live(this.resolve());
      return c.inline ? [c.parent] : paragraphsOf(c);
    });
  }
  get contentControls(): FakeContentControlCollection {
    return new FakeContentControlCollection(this.context, () => {
      const c = this.live(this.resolve());
      return c.inline ? [] : controlsOf(c);
    });
  }
  insertParagraph(text: string, location: 'Start' | 'End' | 'Before' | 'After'): FakeParagraph {
    return this.paragraphAt(() => this.block(this.resolve()), text, location);
  }
  insertTable(
    rowCount: number,
    columnCount: number,
    location: 'Start' | 'End' | 'Before' | 'After',
    values?: string[][],
  ): FakeTable {
    return this.tableAt(() => this.block(this.resolve()), rowCount, columnCount, location, values);
  }
  /**
   * Replace: the control's content becomes this text. In a block control '\n' starts a new paragraph (as
   * in Word); an inline control lives in one paragraph, so its lines must be separated by '\v'.
   */
  insertText(text: string, location: 'Replace' | 'Start' | 'End'): void {
    this.queue((node) => {
      const c = this.live(node);
      const doc = this.context.doc;
      if (c.inline) {
        if (text.includes('\n'))
          throw new FakeWordError('InvalidArgument', 'fake Word: newline in an inline content control');
        const run: TextNode = { kind: 'text', text, bold: false, parent: c };
        if (location === 'Replace') c.children = text ? [run] : [];
        else if (location === 'End') c.children.push(run);
        else c.children.unshift(run);
        return;
      }
      const lines = text.split('\n');
      if (location === 'Replace') c.children = lines.map((t) => doc.newParagraph(t, c));
      else {
        const paras = paragraphsOf(c);
        const p = location === 'End' ? paras.at(-1) : paras[0];
        const run: TextNode = { kind: 'text', text: lines.join(' '), bold: false, parent: p! };
        if (!p) c.children = lines.map((t) => doc.newParagraph(t, c));
        else if (location === 'End') p.children.push(run);
        else p.children.unshift(run);
      }
    });
  }
  /** Removes the control; with keepContent its content stays in place. */
  delete(keepContent: boolean): void {
    this.queue((node) => {
      const c = this.live(node);
      if (c.inline) {
        const p = c.parent;
        for (const t of c.children) t.parent = p;
        p.children.splice(p.children.indexOf(c), 1, ...(keepContent ? c.children : []));
        return;
      }
      const { list, at } = where(c);
      if (keepContent) {
        for (const child of c.children) child.parent = c.parent;
        list.splice(at, 1, ...c.children);
      } else list.splice(at, 1);
    });
  }
  select(): void {
    this.queue((node) => {
      const c = this.live(node);
      this.context.doc.selected = c;
      this.context.doc.cursor = c.inline ? c.parent : (paragraphsOf(c).at(-1) ?? this.context.doc.cursor);
    });
  }
}

/** A table: rows of cells, each a small body of its own. */
export class FakeTable extends FakeObject<TableNode> {
  get headerRowCount(): number {
    return this.read('headerRowCount') as number;
  }
  set headerRowCount(n: number) {
    this.queue((t) => (t.headerRowCount = n));
  }
  override defaultProps(): string[] {
    return ['headerRowCount', 'rowCount'];
  }
  override snapshot(names: string[]): void {
    const t = this.resolve();
    for (const n of names) {
      if (n === 'headerRowCount') this.loaded.set(n, t.headerRowCount);
      else if (n === 'rowCount') this.loaded.set(n, t.rows.length);
      else throw new FakeWordError('InvalidArgument', `fake Word: Table.${n} is not modelled`);
    }
  }
  getCell(rowIndex: number, cellIndex: number): FakeTableCell {
    return new FakeTableCell(this.context, () => {
      const cell = this.resolve().rows[rowIndex]?.[cellIndex];
      if (!cell) throw new FakeWordError('ItemNotFound', `fake Word: no cell ${rowIndex}, ${cellIndex}`);
      return cell;
    });
  }
  getBorder(_location: 'All'): { type: string } {
    const queue = (v: string) => this.queue((t) => (t.borders = v));
    return {
      get type(): string {
        return notLoaded('type');
      },
      set type(v: string) {
        queue(v);
      },
    };
  }
  insertParagraph(text: string, location: 'Before' | 'After'): FakeParagraph {
    return this.paragraphAt(() => this.resolve(), text, location);
  }
  insertTable(
    rowCount: number,
    columnCount: number,
    location: 'Before' | 'After',
    values?: string[][],
  ): FakeTable {
    return this.tableAt(() => this.resolve(), rowCount, columnCount, location, values);
  }
  /** Wraps the table in a content control (WordApi 1.3). */
  insertContentControl(): FakeContentControl {
    const doc = this.context.doc;
    return this.made(
      new FakeContentControl(this.context, () => {
        const t = this.resolve();
        const { list, at } = where(t);
        const cc = doc.newControl(t.parent);
        list.splice(at, 1, cc);
        t.parent = cc;
        cc.children.push(t);
        return cc;
      }),
    );
  }
}

export class FakeTableCell extends FakeObject<CellNode> {
  get body(): FakeBody {
    return new FakeBody(this.context, () => this.resolve());
  }
}

abstract class FakeCollection<N, P extends FakeObject<unknown>> extends FakeObject<N[]> {
  private itemNames: string[] = [];
  get items(): P[] {
    return this.read('items') as P[];
  }
  protected abstract wrap(resolver: () => N): P;
  override load(props?: unknown): this {
    this.itemNames = parseLoad(props).map((n) => n.replace(/^items\//, ''));
    return super.load(props);
  }
  override snapshot(_names: string[]): void {
    const nodes = this.resolve();
    const items = nodes.map((n) => this.wrap(() => n));
    for (const item of items) item.snapshot(this.itemNames.length ? this.itemNames : item.defaultProps());
    this.loaded.set('items', items);
  }
}

export class FakeParagraphCollection extends FakeCollection<ParagraphNode, FakeParagraph> {
  protected wrap(resolver: () => ParagraphNode): FakeParagraph {
    return new FakeParagraph(this.context, resolver);
  }
  getFirst(): FakeParagraph {
    return new FakeParagraph(this.context, () => {
      const first = this.resolve()[0];
      if (!first) throw new FakeWordError('ItemNotFound', 'The collection is empty.');
      return first;
    });
  }
}

export class FakeContentControlCollection extends FakeCollection<ControlNode, FakeContentControl> {
  protected wrap(resolver: () => ControlNode): FakeContentControl {
    return new FakeContentControl(this.context, resolver);
  }
  getByTag(tag: string): FakeContentControlCollection {
    return new FakeContentControlCollection(this.context, () => this.resolve().filter((c) => c.tag === tag));
  }
  getFirst(): FakeContentControl {
    return new FakeContentControl(this.context, () => {
      const first = this.resolve()[0];
      if (!first) throw new FakeWordError('ItemNotFound', 'The collection is empty.');
      return first;
    });
  }
  getFirstOrNullObject(): FakeContentControl {
    return new FakeContentControl(this.context, () => this.resolve()[0] ?? null);
  }
}

/** The document's body, or a table cell's. */
export class FakeBody extends FakeObject<BodyNode | CellNode> {
  get text(): string {
    return this.read('text') as string;
  }
  override defaultProps(): string[] {
    return ['text'];
  }
  override snapshot(names: string[]): void {
    for (const n of names) {
      if (n === 'text') this.loaded.set(n, textOf(this.resolve()));
      else throw new FakeWordError('InvalidArgument', `fake Word: Body.${n} is not modelled`);
    }
  }
  get paragraphs(): FakeParagraphCollection {
    return new FakeParagraphCollection(this.context, () => paragraphsOf(this.resolve()));
  }
  get contentControls(): FakeContentControlCollection {
    return new FakeContentControlCollection(this.context, () => controlsOf(this.resolve()));
  }
  /** Ranges whose text matches (within one paragraph, case-insensitive as Word's default). */
  search(text: string): FakeRangeCollection {
    if (text.length > 255) throw new FakeWordError('SearchStringInvalidOrTooLong', 'Search string too long.');
    return new FakeRangeCollection(this.context, () =>
      paragraphsOf(this.resolve())
        .filter((p) => p.text.toLowerCase().includes(text.toLowerCase()))
        .map((paragraph) => ({ paragraph })),
    );
  }
  /** Empties the body; Word keeps one empty paragraph. */
  clear(): void {
    this.queue((b) => {
      const p = this.context.doc.newParagraph('', b);
      b.children = [p];
      this.context.doc.cursor = p;
      this.context.doc.selected = null;
    });
  }
  insertParagraph(text: string, location: 'Start' | 'End'): FakeParagraph {
    return this.paragraphAt(() => this.resolve(), text, location);
  }
  insertTable(
    rowCount: number,
    columnCount: number,
    location: 'Start' | 'End',
    values?: string[][],
  ): FakeTable {
    return this.tableAt(() => this.resolve(), rowCount, columnCount, location, values);
  }
}

/** A range: a run of text in a paragraph, or (the selection, a search hit) the paragraph it lies in. */
interface RangeNode {
  paragraph: ParagraphNode;
  run?: TextNode;
}

export class FakeRange extends FakeObject<RangeNode> {
  get text(): string {
    return this.read('text') as string;
  }
  override defaultProps(): string[] {
    return ['text'];
  }
  override snapshot(names: string[]): void {
    for (const n of names) {
      if (n === 'text') this.loaded.set(n, this.resolve().run?.text ?? '');
      else throw new FakeWordError('InvalidArgument', `fake Word: Range.${n} is not modelled`);
    }
  }
  get font(): { bold: boolean } {
    const setBold = (v: boolean) =>
      this.queue((r) => {
        if (r.run) r.run.bold = v;
      });
    return {
      get bold(): boolean {
        return notLoaded('font/bold');
      },
      set bold(v: boolean) {
        setBold(v);
      },
    };
  }
  get paragraphs(): FakeParagraphCollection {
    return new FakeParagraphCollection(this.context, () => [this.resolve().paragraph]);
  }
  insertParagraph(text: string, location: 'Before' | 'After'): FakeParagraph {
    return new FakeParagraph(this.context, () => this.resolve().paragraph).insertParagraph(text, location);
  }
  /** Wraps the range's text in an inline content control (an empty range: an empty control). */
  insertContentControl(): FakeContentControl {
    const doc = this.context.doc;
    return this.made(
      new FakeContentControl(this.context, () => {
        const { paragraph, run } = this.resolve();
        if (!run)
          throw new FakeWordError('InvalidArgument', 'fake Word: only a run of text is wrapped inline');
        const at = paragraph.children.indexOf(run);
        if (at < 0) throw new FakeWordError('ItemNotFound', 'The range was deleted.');
        const cc = doc.newInlineControl(paragraph);
        paragraph.children.splice(at, 1, cc);
        run.parent = cc;
        if (run.text !== '') cc.children.push(run);
        return cc;
      }),
    );
  }
  select(): void {
    this.queue((r) => {
      this.context.doc.selected = r.paragraph;
      this.context.doc.cursor = r.paragraph;
    });
  }
}

/** Search results: each range is modelled as the paragraph it lies in. */
export class FakeRangeCollection extends FakeCollection<RangeNode, FakeRange> {
  protected wrap(resolver: () => RangeNode): FakeRange {
    return new FakeRange(this.context, resolver);
  }
  getFirst(): FakeRange {
    return new FakeRange(this.context, () => {
      const first = this.resolve()[0];
      if (!first) throw new FakeWordError('ItemNotFound', 'The collection is empty.');
      return first;
    });
  }
}

export class FakeRequestContext {
  private pending: (() => void)[] = [];
  readonly document: {
    body: FakeBody;
    contentControls: FakeContentControlCollection;
    getSelection(): FakeRange;
  };
  constructor(readonly doc: FakeWordDocument) {
    const body = new FakeBody(this, () => doc.body);
    this.document = {
      body,
      get contentControls() {
        return body.contentControls;
      },
      getSelection: () => new FakeRange(this, () => ({ paragraph: doc.cursor })),
    };
  }
  enqueue(fn: () => void): void {
    this.pending.push(fn);
  }
  get pendingCount(): number {
    return this.pending.length;
  }
  /** One round trip: run the queued commands in order; the first failure rejects, like Office.js. */
  async sync(): Promise<void> {
    this.doc.syncs++;
    const batch = this.pending;
    this.pending = [];
    await Promise.resolve();
    for (const fn of batch) fn();
  }
}

/** The `Word` global: `run`, plus the enums the add-in names. */
export function createFakeWord(doc: FakeWordDocument) {
  return {
    async run<T>(batch: (context: FakeRequestContext) => Promise<T>): Promise<T> {
      doc.runs++;
      const context = new FakeRequestContext(doc);
      const result = await batch(context);
      // Word.run flushes what is still queued when the batch returns: one more round trip.
      if (context.pendingCount) await context.sync();
      return result;
    },
    InsertLocation: { before: 'Before', after: 'After', start: 'Start', end: 'End', replace: 'Replace' },
    ContentControlAppearance: { boundingBox: 'BoundingBox', tags: 'Tags', hidden: 'Hidden' },
    BuiltInStyleName: { normal: 'Normal', heading1: 'Heading1', heading2: 'Heading2', heading3: 'Heading3' },
  };
}
export type FakeWord = ReturnType<typeof createFakeWord>;
