/**
 * A small, honest fake of the Word JavaScript object model (the part the add-in uses, WordApi ≤ 1.3).
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

export interface ParagraphNode {
  kind: 'paragraph';
  text: string;
  style: BuiltInStyle;
  bold: boolean;
  parent: ContainerNode;
}
export interface ControlNode {
  kind: 'control';
  id: number;
  tag: string;
  title: string;
  appearance: Appearance;
  cannotDelete: boolean;
  placeholderText: string;
  children: BlockNode[];
  parent: ContainerNode;
}
export interface BodyNode {
  kind: 'body';
  children: BlockNode[];
}
export type BlockNode = ParagraphNode | ControlNode;
export type ContainerNode = BodyNode | ControlNode;

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

function paragraphsOf(container: ContainerNode): ParagraphNode[] {
  return container.children.flatMap((b) => (b.kind === 'paragraph' ? [b] : paragraphsOf(b)));
}
function controlsOf(container: ContainerNode): ControlNode[] {
  return container.children.flatMap((b) => (b.kind === 'control' ? [b, ...controlsOf(b)] : []));
}
function textOf(container: ContainerNode): string {
  // Word joins paragraphs with a carriage return in `text`.
  return paragraphsOf(container)
    .map((p) => p.text)
    .join('\r');
}
/** An empty control with placeholder text shows it — and, pessimistically, `text` returns it. */
function showingPlaceholder(c: ControlNode): boolean {
  return c.placeholderText !== '' && paragraphsOf(c).every((p) => p.text === '');
}
function controlText(c: ControlNode): string {
  return showingPlaceholder(c) ? c.placeholderText : textOf(c);
}
function attached(node: BlockNode, body: BodyNode): boolean {
  let c: ContainerNode = node.parent;
  while (c.kind === 'control') {
    if (!c.parent.children.includes(c)) return false;
    c = c.parent;
  }
  return c === body && node.parent.children.includes(node);
}

/** The document model plus the counters; one per simulated Word window. */
export class FakeWordDocument {
  body: BodyNode = { kind: 'body', children: [] };
  /** The paragraph holding the cursor. */
  cursor: ParagraphNode;
  /** What the last select() selected. */
  selected: BlockNode | null = null;
  syncs = 0;
  runs = 0;
  private nextId = 1;

  constructor(outline: OutlineBlock[] = []) {
    this.cursor = this.newParagraph('', this.body);
    this.body.children.push(this.cursor);
    if (outline.length) this.setOutline(outline);
  }

  newParagraph(text: string, parent: ContainerNode, style: BuiltInStyle = 'Normal'): ParagraphNode {
    return { kind: 'paragraph', text, style, bold: false, parent };
  }
  newControl(parent: ContainerNode): ControlNode {
    return {
      kind: 'control',
      id: this.nextId++,
      tag: '',
      title: '',
      appearance: 'BoundingBox',
      cannotDelete: false,
      placeholderText: '',
      children: [],
      parent,
    };
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
  controlText(tag: string): string | undefined {
    const c = this.controls(tag)[0];
    return c && !showingPlaceholder(c) ? textOf(c).replace(/\r/g, '\n') : c ? '' : undefined;
  }
  paragraphs(): ParagraphNode[] {
    return paragraphsOf(this.body);
  }
  text(): string {
    return textOf(this.body).replace(/\r/g, '\n');
  }
  /** The user types into a control (its content is replaced, the control stays). */
  userEdit(tag: string, text: string): void {
    const c = this.controls(tag)[0];
    if (!c) throw new Error(`no control ${tag}`);
    c.children = text.split('\n').map((t) => this.newParagraph(t, c));
  }
  /** The user deletes a control with its content. */
  userDelete(tag: string): void {
    for (const c of this.controls(tag)) c.parent.children.splice(c.parent.children.indexOf(c), 1);
  }
  /** The user removes the control but keeps its text (e.g. "Remove content control"). */
  userUnwrap(tag: string): void {
    for (const c of this.controls(tag)) {
      const at = c.parent.children.indexOf(c);
      for (const child of c.children) child.parent = c.parent;
      c.parent.children.splice(at, 1, ...c.children);
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

  isAttached(node: BlockNode): boolean {
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
  load(props?: unknown): this {
    const names = parseLoad(props);
    this.context.enqueue(() => this.snapshot(names.length ? names : this.defaultProps()));
    return this;
  }
  abstract defaultProps(): string[];
  /** Runs inside sync only: copy the named properties' current values. */
  abstract snapshot(names: string[]): void;
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
  get font(): { bold: boolean } {
    const setBold = (v: boolean) => this.queue((p) => (p.bold = v));
    return {
      get bold(): boolean {
        return notLoaded('font/bold');
      },
      set bold(v: boolean) {
        setBold(v);
      },
    };
  }
  defaultProps(): string[] {
    return ['text', 'styleBuiltIn', 'outlineLevel'];
  }
  snapshot(names: string[]): void {
    const p = this.resolve();
    for (const n of names) {
      if (n === 'text') this.loaded.set(n, p.text);
      else if (n === 'styleBuiltIn') this.loaded.set(n, p.style);
      else if (n === 'outlineLevel') this.loaded.set(n, HEADING_LEVEL[p.style] ?? 10);
      else if (n === 'isNullObject') this.loaded.set(n, false);
      else throw new FakeWordError('InvalidArgument', `fake Word: Paragraph.${n} is not modelled`);
    }
  }
  insertParagraph(text: string, location: 'Before' | 'After'): FakeParagraph {
    const doc = this.context.doc;
    const proxy = new FakeParagraph(this.context, () => {
      const p = this.resolve();
      const { list, at } = where(p);
      const np = doc.newParagraph(text, p.parent);
      list.splice(location === 'Before' ? at : at + 1, 0, np);
      return np;
    });
    this.context.enqueue(() => proxy.resolve());
    return proxy;
  }
  /** Wraps this paragraph in a rich-text content control (WordApi 1.1). */
  insertContentControl(): FakeContentControl {
    const doc = this.context.doc;
    const proxy = new FakeContentControl(this.context, () => {
      const p = this.resolve();
      const { list, at } = where(p);
      const cc = doc.newControl(p.parent);
      list.splice(at, 1, cc);
      p.parent = cc;
      cc.children.push(p);
      return cc;
    });
    this.context.enqueue(() => proxy.resolve());
    return proxy;
  }
  insertText(text: string, location: 'Replace' | 'End' | 'Start'): void {
    this.queue((p) => {
      if (text.includes('\n'))
        throw new FakeWordError('InvalidArgument', 'fake Word: newline in a paragraph');
      p.text = location === 'Replace' ? text : location === 'End' ? p.text + text : text + p.text;
    });
  }
  select(): void {
    this.queue((p) => {
      where(p);
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
  defaultProps(): string[] {
    return ['id', 'tag', 'title', 'appearance', 'cannotDelete', 'placeholderText', 'text'];
  }
  snapshot(names: string[]): void {
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
    return new FakeParagraphCollection(this.context, () => paragraphsOf(this.live(this.resolve())));
  }
  get contentControls(): FakeContentControlCollection {
    return new FakeContentControlCollection(this.context, () => controlsOf(this.live(this.resolve())));
  }
  insertParagraph(text: string, location: 'Start' | 'End' | 'Before' | 'After'): FakeParagraph {
    const doc = this.context.doc;
    const proxy = new FakeParagraph(this.context, () => {
      const c = this.live(this.resolve());
      if (location === 'Start' || location === 'End') {
        const np = doc.newParagraph(text, c);
        if (location === 'Start') c.children.unshift(np);
        else c.children.push(np);
        return np;
      }
      const { list, at } = where(c);
      const np = doc.newParagraph(text, c.parent);
      list.splice(location === 'Before' ? at : at + 1, 0, np);
      return np;
    });
    this.context.enqueue(() => proxy.resolve());
    return proxy;
  }
  /** Replace: the control's content becomes this text; '\n' starts a new paragraph (as in Word). */
  insertText(text: string, location: 'Replace' | 'Start' | 'End'): void {
    this.queue((node) => {
      const c = this.live(node);
      const doc = this.context.doc;
      const lines = text.split('\n');
      if (location === 'Replace') {
        c.children = lines.map((t) => doc.newParagraph(t, c));
      } else {
        const paras = paragraphsOf(c);
        const p = location === 'End' ? paras.at(-1) : paras[0];
        if (!p) c.children = lines.map((t) => doc.newParagraph(t, c));
        else if (location === 'End') p.text += lines.join(' ');
        else p.text = lines.join(' ') + p.text;
      }
    });
  }
  /** Removes the control; with keepContent its paragraphs stay in place. */
  delete(keepContent: boolean): void {
    this.queue((node) => {
      const c = this.live(node);
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
      this.context.doc.cursor = paragraphsOf(c).at(-1) ?? this.context.doc.cursor;
    });
  }
}

abstract class FakeCollection<N, P extends FakeObject<unknown>> extends FakeObject<N[]> {
  private itemNames: string[] = [];
  get items(): P[] {
    return this.read('items') as P[];
  }
  protected abstract wrap(resolver: () => N): P;
  defaultProps(): string[] {
    return [];
  }
  override load(props?: unknown): this {
    this.itemNames = parseLoad(props).map((n) => n.replace(/^items\//, ''));
    return super.load(props);
  }
  snapshot(_names: string[]): void {
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

export class FakeBody extends FakeObject<BodyNode> {
  get text(): string {
    return this.read('text') as string;
  }
  defaultProps(): string[] {
    return ['text'];
  }
  snapshot(names: string[]): void {
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
      paragraphsOf(this.resolve()).filter((p) => p.text.toLowerCase().includes(text.toLowerCase())),
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
    const doc = this.context.doc;
    const proxy = new FakeParagraph(this.context, () => {
      const b = this.resolve();
      const np = doc.newParagraph(text, b);
      if (location === 'Start') b.children.unshift(np);
      else b.children.push(np);
      return np;
    });
    this.context.enqueue(() => proxy.resolve());
    return proxy;
  }
}

/** The selection: a collapsed range in the cursor's paragraph. */
export class FakeRange extends FakeObject<ParagraphNode> {
  get text(): string {
    return this.read('text') as string;
  }
  defaultProps(): string[] {
    return ['text'];
  }
  snapshot(names: string[]): void {
    for (const n of names) {
      if (n === 'text') this.loaded.set(n, '');
      else throw new FakeWordError('InvalidArgument', `fake Word: Range.${n} is not modelled`);
    }
  }
  get paragraphs(): FakeParagraphCollection {
    return new FakeParagraphCollection(this.context, () => [this.resolve()]);
  }
  insertParagraph(text: string, location: 'Before' | 'After'): FakeParagraph {
    return new FakeParagraph(this.context, () => this.resolve()).insertParagraph(text, location);
  }
  select(): void {
    this.queue((p) => {
      where(p);
      this.context.doc.selected = p;
      this.context.doc.cursor = p;
    });
  }
}

/** Search results: each range is modelled as the paragraph it lies in. */
export class FakeRangeCollection extends FakeCollection<ParagraphNode, FakeRange> {
  protected wrap(resolver: () => ParagraphNode): FakeRange {
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
      getSelection: () => new FakeRange(this, () => doc.cursor),
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
