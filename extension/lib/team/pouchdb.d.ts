/**
 * The part of PouchDB (pouchdb-browser 9) the team feature uses, typed here: DefinitelyTyped's
 * @types/pouchdb-core declares a global `Buffer` that breaks Node's types in this project.
 */
declare module 'pouchdb-browser' {
  export type Body = Record<string, unknown>;

  export interface Emitter {
    on(event: string, listener: (...args: never[]) => void): this;
    cancel(): void;
  }

  export interface SyncHandle extends Emitter {
    push: Emitter;
    pull: Emitter;
  }

  export interface Database {
    get(
      id: string,
      options?: { conflicts?: boolean; revs?: boolean },
    ): Promise<Body & { _id: string; _rev: string; _conflicts?: string[] }>;
    get(id: string, options: { open_revs: 'all' | string[] }): Promise<{ ok?: Body; missing?: string }[]>;
    allDocs(options: { keys?: string[]; include_docs?: boolean; conflicts?: boolean }): Promise<{
      rows: {
        key: string;
        id?: string;
        error?: string;
        value?: { rev: string; deleted?: boolean };
        doc?: Body | null;
      }[];
    }>;
    bulkDocs(
      docs: Body[],
    ): Promise<{ id?: string; rev?: string; ok?: boolean; error?: string; reason?: string }[]>;
    sync(remote: Database, options: Record<string, unknown>): SyncHandle;
    changes(options: Record<string, unknown>): Emitter;
    info(): Promise<{ update_seq: number | string; doc_count: number }>;
    destroy(): Promise<unknown>;
  }

  const PouchDB: {
    new (name: string, options?: Record<string, unknown>): Database;
    plugin(plugin: unknown): unknown;
  };
  export default PouchDB;
}
