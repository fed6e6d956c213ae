/**
 * The heart of the fake: a request context that queues commands and runs them at `sync()`, and strict proxy
 * objects built from a small spec per class.
 *
 * Like Office.js:
 * - creating an object, setting a property or calling a method only queues a command; they run in order at
 *   `context.sync()` (errors such as ItemNotFound surface there, and commands before the failing one stay applied);
 * - a property can be read only after `load()` + `sync()` (else `PropertyNotLoaded`);
 * - `*OrNullObject` objects report `isNullObject` after a sync; a command on a null object fails;
 * - a request or response over 5 MB is refused (`RequestPayloadSizeLimitExceeded` before anything runs,
 *   `ResponsePayloadSizeLimitExceeded` after), as Excel on the web does.
 * Unlike a permissive mock, any member that is not in a spec throws `NotImplemented`, so code cannot rely on
 * something the fake does not model.
 */
import { FakeWorkbookModel, PAYLOAD_LIMIT_BYTES } from './fakeWorkbookModel';
import { FakeOfficeError, officeError } from './fakeOfficeError';

/** What one sync sent and received, for sync and payload budgets. */
export interface SyncRecord {
  /** Commands in the batch. */
  commands: number;
  /** JSON length of the queued write arguments (values, formats, names …). */
  requestBytes: number;
  /** JSON length of the loaded property values. */
  responseBytes: number;
  /** The error code when the sync was refused. */
  failed?: string;
}

/** Counters shared by every context of one fake workbook. */
export interface FakeStats {
  syncs: SyncRecord[];
  runs: number;
}

interface Command {
  run: () => { bytes: number; commit: () => void } | void;
  requestBytes: number;
}

/** Byte size of a payload as JSON (how Office.js serialises a batch). */
export function jsonBytes(value: unknown): number {
  return value === undefined ? 0 : JSON.stringify(value).length;
}

/** The fake `Excel.RequestContext`. */
export class FakeRequestContext {
  private queue: Command[] = [];
  readonly model: FakeWorkbookModel;
  readonly stats: FakeStats;
  /** The `workbook` proxy, set by the workbook factory. */
  workbook: unknown;

  constructor(model: FakeWorkbookModel, stats: FakeStats) {
    this.model = model;
    this.stats = stats;
  }

  /** Queue a command; `payload` is what the real API would send for it. */
  enqueue(run: Command['run'], payload?: unknown): void {
    this.queue.push({ run, requestBytes: jsonBytes(payload) });
  }

  /** True while a sync runs its commands. */
  running = false;

  /** True when commands wait for a sync. */
  get pending(): boolean {
    return this.queue.length > 0;
  }

  /** Run the queued commands, then make loaded values readable. */
  async sync(): Promise<void> {
    // Like the real API, a sync is asynchronous even when it has nothing to do.
    await Promise.resolve();
    const batch = this.queue;
    this.queue = [];
    const record: SyncRecord = { commands: batch.length, requestBytes: 0, responseBytes: 0 };
    this.stats.syncs.push(record);
    try {
      if (this.model.cellEditMode) {
        throw officeError(
          this.model.cellEditModeCode,
          'Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.',
        );
      }
      record.requestBytes = batch.reduce((sum, c) => sum + c.requestBytes, 0);
      if (record.requestBytes > PAYLOAD_LIMIT_BYTES) {
        throw officeError(
          this.model.payloadErrorCode === 'GeneralException'
            ? 'GeneralException'
            : 'RequestPayloadSizeLimitExceeded',
          `The request payload size (${record.requestBytes}) has exceeded the limit.`,
        );
      }
      const commits: (() => void)[] = [];
      this.running = true;
      try {
        for (const command of batch) {
          const result = command.run();
          if (result) {
            record.responseBytes += result.bytes;
            commits.push(result.commit);
          }
        }
      } finally {
        this.running = false;
      }
      if (record.responseBytes > PAYLOAD_LIMIT_BYTES) {
        throw officeError(
          this.model.payloadErrorCode === 'GeneralException'
            ? 'GeneralException'
            : 'ResponsePayloadSizeLimitExceeded',
          `The response payload size (${record.responseBytes}) has exceeded the limit.`,
        );
      }
      for (const commit of commits) commit();
    } catch (error) {
      record.failed = error instanceof FakeOfficeError ? error.code : 'Error';
      throw error;
    }
  }
}

/** Any fake object, whatever its target type (collections and navigation hold mixed children). */
export interface AnyFake {
  readonly proxy: object;
  readNow(names: string[]): { bytes: number; commit: () => void };
  resolved(): unknown;
}

/** A property of a fake class: how to read it from the target, and how to write it (absent = read-only). */
export interface PropertySpec<T> {
  get: (target: T, obj: FakeObject<T>) => unknown;
  set?: (target: T, value: unknown, obj: FakeObject<T>) => void;
  /** ExcelApi version that introduced it; newer than the fake host's → ApiNotFound. */
  since?: string;
}

/** A fake class: its name, scalar properties, navigation properties (no load needed) and methods. */
export interface ClassSpec<T> {
  name: string;
  properties: Record<string, PropertySpec<T>>;
  /** Child objects reachable without a load (`range.format`, `sheet.charts` …). */
  navigation?: Record<string, (obj: FakeObject<T>) => AnyFake>;
  methods?: Record<string, (obj: FakeObject<T>, ...args: never[]) => unknown>;
  /** ExcelApi version of each method, when newer than 1.1. */
  methodSince?: Record<string, string>;
  /** For collections: how to list the items and make a proxy for one. */
  items?: {
    list: (target: T) => unknown[];
    make: (obj: FakeObject<T>, item: unknown) => AnyFake;
  };
}

const NOT_RESOLVED = Symbol('not resolved');
const registry = new WeakMap<object, AnyFake>();
// Keys that JavaScript machinery probes on any object (await, Jest's printer, JSON); answering `undefined` is what
// the real proxies do too.
const INTROSPECTION = new Set([
  'then',
  'toJSON',
  'asymmetricMatch',
  '$$typeof',
  'nodeType',
  'constructor',
  '@@__IMMUTABLE_ITERABLE__@@',
  '@@__IMMUTABLE_RECORD__@@',
  'inspect',
]);

/**
 * One proxy object. `resolve` finds the target in the model when the creating command runs at a sync (null for
 * a null object); the JS Proxy returned by `wrap` enforces load-before-read and rejects unknown members.
 */
export class FakeObject<T> implements AnyFake {
  readonly spec: ClassSpec<T>;
  readonly context: FakeRequestContext;
  private target: T | null | typeof NOT_RESOLVED = NOT_RESOLVED;
  private readonly loaded = new Map<string, unknown>();
  private loadedItems: AnyFake[] | null = null;
  private readonly children = new Map<string, AnyFake>();
  /** The Proxy that code under test sees. */
  readonly proxy: object;

  constructor(spec: ClassSpec<T>, context: FakeRequestContext, resolve: () => T | null, immediate = false) {
    this.spec = spec;
    this.context = context;
    if (immediate) this.target = resolve();
    else context.enqueue(() => void (this.target = resolve()));
    this.proxy = this.wrap();
    registry.set(this.proxy, this);
  }

  /** The fake object behind a proxy handed back by code under test (e.g. a range passed to `setValues`). */
  static of(proxy: unknown): AnyFake {
    const obj = typeof proxy === 'object' && proxy !== null ? registry.get(proxy) : undefined;
    if (!obj) throw officeError('InvalidArgument', 'expected an object of this request context');
    return obj;
  }

  /** An object whose target is already known (collection items made while a sync runs). */
  static existing<U>(spec: ClassSpec<U>, context: FakeRequestContext, target: U): FakeObject<U> {
    return new FakeObject<U>(spec, context, () => target, true);
  }

  /** The target, for a command running inside a sync. Fails on a null object. */
  resolved(): T {
    if (this.target === NOT_RESOLVED)
      throw new Error(`fake: ${this.spec.name} used before its creating command ran`);
    if (this.target === null)
      throw officeError('ItemNotFound', `The requested ${this.spec.name} does not exist (null object).`);
    return this.target;
  }

  /** The target or null (for navigation from a possibly-null object). */
  resolvedOrNull(): T | null {
    if (this.target === NOT_RESOLVED)
      throw new Error(`fake: ${this.spec.name} used before its creating command ran`);
    return this.target;
  }

  /** A child proxy whose target is derived from this one's at the time the child's command runs. */
  child<U>(spec: ClassSpec<U>, derive: (target: T) => U | null): FakeObject<U> {
    const resolve = (): U | null => {
      const t = this.resolvedOrNull();
      if (t === null && this.context.model.nullNavigationFails) {
        throw officeError('ItemNotFound', `Navigation from a null ${this.spec.name} (nullNavigationFails).`);
      }
      return t === null ? null : derive(t);
    };
    // Made while a sync runs (nested loads of collection items): resolve at once, in command order.
    return new FakeObject<U>(spec, this.context, resolve, this.context.running);
  }

  /** A navigation child, one per parent (so `range.format.fill` is always the same object). */
  navigation<U>(key: string, spec: ClassSpec<U>, derive: (target: T) => U | null): FakeObject<U> {
    let c = this.children.get(key) as FakeObject<U> | undefined;
    if (!c) {
      c = this.child(spec, derive);
      this.children.set(key, c);
    }
    return c;
  }

  /** Queue a command on this object's target; `payload` counts towards the request size. */
  command(run: (target: T) => void, payload?: unknown): void {
    this.context.enqueue(() => run(this.resolved()), payload);
  }

  private checkSince(since: string | undefined, member: string): void {
    if (since && !this.context.model.supports(since)) {
      throw officeError(
        'ApiNotFound',
        `${this.spec.name}.${member} needs ExcelApi ${since}; the host reports ${this.context.model.apiVersion}.`,
      );
    }
  }

  private load(what: unknown): object {
    if (typeof what !== 'string' && !Array.isArray(what)) {
      throw officeError(
        'NotImplemented',
        `fake ${this.spec.name}.load supports a string or string[] of property names, not ${JSON.stringify(what)}`,
      );
    }
    const names = (typeof what === 'string' ? what.split(',') : (what as string[]))
      .map((s) => s.trim())
      .filter(Boolean);
    if (names.length === 0)
      throw officeError(
        'NotImplemented',
        `fake ${this.spec.name}.load() without property names is not modelled`,
      );
    this.validate(names);
    this.context.enqueue(() => {
      // Loading a null object is allowed: the caller checks isNullObject.
      if (this.resolvedOrNull() === null) return undefined;
      return this.readNow(names);
    });
    return this.proxy;
  }

  /** Check load paths now, as the real API rejects an unknown property; `a/b` loads b of navigation a. */
  private validate(names: string[]): void {
    for (const full of names) {
      const path = this.spec.items ? full.replace(/^items\/?/, '') : full;
      if (path === '') continue;
      const [head] = path.split('/');
      const spec = this.spec.items ? undefined : this.spec.properties[head];
      if (spec && !path.includes('/')) {
        this.checkSince(spec.since, head);
        continue;
      }
      if (this.spec.items) continue; // item paths are checked against the item class when read
      if (!this.spec.navigation?.[head] || !path.includes('/')) {
        throw officeError('InvalidArgument', `fake ${this.spec.name} has no loadable property '${full}'`);
      }
    }
  }

  /** Read properties (and nested paths) from the model now, inside a sync. */
  readNow(names: string[]): { bytes: number; commit: () => void } {
    const t = this.resolved();
    let bytes = 0;
    const commits: (() => void)[] = [];
    if (this.spec.items) {
      const itemPaths = names.map((n) => n.replace(/^items\/?/, '')).filter(Boolean);
      const made = this.spec.items.list(t).map((item) => this.spec.items!.make(this, item));
      for (const child of made) {
        if (itemPaths.length === 0) continue;
        const r = child.readNow(itemPaths);
        bytes += r.bytes;
        commits.push(r.commit);
      }
      commits.push(() => void (this.loadedItems = made));
    } else {
      const values = new Map<string, unknown>();
      const nested = new Map<string, string[]>();
      for (const n of names) {
        const slash = n.indexOf('/');
        if (slash >= 0) {
          const head = n.slice(0, slash);
          nested.set(head, [...(nested.get(head) ?? []), n.slice(slash + 1)]);
          continue;
        }
        const spec = this.spec.properties[n];
        if (!spec)
          throw officeError('InvalidArgument', `fake ${this.spec.name} has no loadable property '${n}'`);
        this.checkSince(spec.since, n);
        const v = spec.get(t, this);
        values.set(n, v);
        bytes += jsonBytes(v) + n.length + 3;
      }
      for (const [head, rest] of nested) {
        const nav = this.spec.navigation?.[head];
        if (!nav)
          throw officeError('InvalidArgument', `fake ${this.spec.name} has no navigation property '${head}'`);
        const r = nav(this).readNow(rest);
        bytes += r.bytes;
        commits.push(r.commit);
      }
      commits.push(() => values.forEach((v, k) => this.loaded.set(k, v)));
    }
    return { bytes, commit: () => commits.forEach((c) => c()) };
  }

  private wrap(): object {
    const methods = this.spec.methods ?? {};
    const nav = this.spec.navigation ?? {};
    const handler: ProxyHandler<object> = {
      get: (_t, key) => {
        if (typeof key === 'symbol') return undefined;
        if (key === 'context') return this.context;
        if (key === 'load') return (what: unknown) => this.load(what);
        if (key === 'isNullObject') {
          if (this.target === NOT_RESOLVED) {
            throw officeError(
              'PropertyNotLoaded',
              `The property 'isNullObject' of ${this.spec.name} is not available before context.sync().`,
            );
          }
          return this.target === null;
        }
        if (key === 'items' && this.spec.items) {
          if (!this.loadedItems) {
            throw officeError(
              'PropertyNotLoaded',
              `The property 'items' of ${this.spec.name} is not available. Call load and context.sync() first.`,
            );
          }
          return this.loadedItems.map((i) => i.proxy);
        }
        if (key in this.spec.properties) {
          if (!this.loaded.has(key)) {
            throw officeError(
              'PropertyNotLoaded',
              `The property '${key}' of ${this.spec.name} is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
            );
          }
          return this.loaded.get(key);
        }
        if (key in nav) return nav[key](this).proxy;
        if (key in methods) {
          this.checkSince(this.spec.methodSince?.[key], key);
          return (...args: never[]) => methods[key](this, ...args);
        }
        if (INTROSPECTION.has(key)) return undefined;
        throw officeError(
          'NotImplemented',
          `fake ${this.spec.name}.${key} is not implemented (not used by the add-in, or not part of Office.js)`,
        );
      },
      set: (_t, key, value) => {
        if (typeof key === 'symbol') throw officeError('NotImplemented', 'symbol keys');
        const spec = this.spec.properties[key];
        if (!spec)
          throw officeError(
            'NotImplemented',
            `fake ${this.spec.name}.${key} cannot be set (unknown property)`,
          );
        if (!spec.set) throw officeError('InvalidArgument', `${this.spec.name}.${key} is read-only`);
        this.checkSince(spec.since, key);
        const setter = spec.set;
        this.loaded.delete(key);
        this.context.enqueue(() => setter(this.resolved(), value, this), value);
        return true;
      },
      has: (_t, key) => {
        return typeof key === 'string' && (key in this.spec.properties || key in methods || key in nav);
      },
    };
    return new Proxy({}, handler);
  }
}
