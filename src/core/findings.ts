/**
 * Aggregation of failure records into findings keyed by cause: (direction, category, rule, provider), and for the
 * causes whose remedy names something of ours, the sender's domain (SPF, DKIM, DMARC) or our sending IP (PTR,
 * block lists). So a Gmail 535 and a Yandex 535 are two findings, each with its own remedy. Each finding counts
 * its failures, first/last time seen (in input order), senders, recipient domains, codes, one masked example.
 *
 * Queues: a deferral of a queue id that is later delivered is "recovered" (not a failure any more); an expired
 * message is counted with the cause of its last deferral. Records are classified once per reply template: the
 * addresses, IPs, ids and long numbers of a reply are masked (src/core/template.ts), so a log in which every reply
 * names its own recipient costs one classification per kind of reply. The cache is keyed by a hash of the template
 * (a number; the template string is never built), and a decision keeps the group its records count in.
 * Pure: no I/O, no process, no clock. Memory is bounded: capped groups, sets, caches and queue maps.
 */
import { decideSignal, diagnoseWith, quotedClientIp, type DecidedRow } from './classify.js';
import type { Category, Diagnosis, FixSide, SenderContext } from './diagnosis.js';
import { BoundedMap, clip, timeOf, type Direction, type LogRecord } from './logparse/common.js';
import { adviceForDirection } from './remedies.js';
import { templateKey as jsTemplateKey } from './template.js';
import { escapeControls, safeText } from './untrusted.js';

export { replyTemplate, templateKey } from './template.js';

export interface Finding {
  direction: Direction;
  category: Category;
  /** The row of the rule data that decided (src/core/rules.ts). */
  rule: string;
  /** Failures not recovered later. */
  count: number;
  /** Deferrals of messages that were delivered later (not counted as failures). */
  recovered: number;
  /** Messages that expired in the queue after deferrals of this cause (counted in `count`). */
  expired: number;
  permanent: boolean;
  fixSide: FixSide;
  provider: string | null;
  cause: string;
  remedy: string;
  links: string[];
  firstSeen: string | null;
  lastSeen: string | null;
  /** Affected senders, most frequent first (at most 20). */
  senders: string[];
  /** Recipient domains with counts, most frequent first (at most 20). */
  recipientDomains: Array<{ domain: string; count: number }>;
  /** Distinct reply codes seen, e.g. "550 5.7.1" (at most 10). */
  codes: string[];
  /** One input line, credentials masked, control characters escaped. */
  example: string;
  /** The reply or error text of the example, the same way. */
  reply: string;
  sources: string[];
}

export interface Summary {
  lines: number;
  /** Failures in the directions shown, recovered deferrals not included. */
  failures: number;
  findings: number;
  permanent: number;
  temporary: number;
  recovered: number;
  truncatedLines: number;
  inputs: number;
  /** Failures of the directions not shown (inbound rejects, failed logins against our server, or outbound). */
  notShown: Record<Direction, number>;
}

const MAX_SET = 200;
const MAX_GROUPS = 500;

interface Group {
  key: string;
  direction: Direction;
  category: Category;
  rule: string;
  count: number;
  recovered: number;
  expired: number;
  diagnosis: Diagnosis;
  /** The first and the last line (their times are read at the end: one regex per group, not per line). */
  firstLine?: string;
  lastLine?: string;
  senders: Map<string, number>;
  domains: Map<string, number>;
  /** Senders and recipient domains not counted yet, as ids of Interned (pairs; -1 for none): see Interned. */
  seen: Int32Array;
  unseen: number;
  codes: Set<string>;
  sources: Set<string>;
  example: string;
  reply: string;
  permanent: number;
}

/**
 * Senders and recipient domains as small numbers, for the groups' tallies: a record writes two numbers into its
 * group's buffer, and the buffer is counted into the group's maps when full (and before any result is read), in
 * the order the records came: the maps end the same as when counted record by record (the first MAX_SET keys and
 * their counts), and counting a group's buffer at once finds its maps in the cache, where one record at a time,
 * from group to group, missed them (measured: the largest cost per failure on a log with many groups). At most
 * MAX_INTERNED strings: then every buffer is counted and the numbering starts again.
 */
class Interned {
  private readonly ids = new Map<string, number>();
  readonly strings: string[] = [];
  id(s: string | undefined): number {
    if (!s) return -1;
    let id = this.ids.get(s);
    if (id === undefined) {
      id = this.strings.length;
      this.ids.set(s, id);
      this.strings.push(s);
    }
    return id;
  }
  get full(): boolean { return this.strings.length >= MAX_INTERNED; }
  clear(): void { this.ids.clear(); this.strings.length = 0; }
}
const MAX_INTERNED = 50_000;
/** Records a group's buffer holds before they are counted. */
const SEEN = 512;

function bump(map: Map<string, number>, key: string | undefined, by = 1): void {
  if (!key) return;
  const n = map.get(key);
  if (n !== undefined) map.set(key, n + by);
  else if (map.size < MAX_SET) map.set(key, by);
}

/** Code-unit order, stable across machines (localeCompare would also load ICU collation data: ~6 ms of a run). */
const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const top = (map: Map<string, number>, n: number): Array<[string, number]> => [...map.entries()].sort((a, b) => b[1] - a[1] || byText(a[0], b[0])).slice(0, n);

/** Categories whose remedy names the sender's domain, and those that name our sending IP. */
const BY_DOMAIN = new Set<Category>(['spf_failed', 'dkim_failed', 'dmarc_failed']);
const BY_IP = new Set<Category>(['ptr_missing', 'blacklisted']);

/** Our sending IP in a reply, for the finding's key: the first IPv4 after Postfix's "said:", else as the classifier reads it. */
function ourIpOf(text: string): string {
  const said = text.indexOf(' said: ');
  if (said >= 0) return /(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])/.exec(text.slice(said + 7))?.[0] ?? '';
  return quotedClientIp(text) ?? '';
}

interface Decision {
  /** The row that decided: each group of this decision gets its remedy from it (diagnoseWith). */
  row: DecidedRow;
  rule: string;
  category: Category;
  provider?: string;
  code?: string;
  /** Per direction, the group of a decision whose group key has no subject (not BY_DOMAIN, BY_IP). */
  groups?: Partial<Record<Direction, Group>>;
  /** Per direction, the groups of a decision whose group key has a subject, by subject. */
  subjects?: Partial<Record<Direction, Map<string, Group>>>;
}
/** A decision by the parts of a signal its byte template leaves out. */
interface ByteEntry {
  code: number | undefined; enhanced: string | undefined; stage: string | undefined; errorCode: string | undefined;
  timeout: string | undefined; contextKey: string; d: Decision;
}
interface Pending { group?: Group; direction: Direction; n: number }
/** The deferrals of one queue id and recipient, by the group each was counted in (a retry may get another cause). */
type PendingList = Pending[];
/** Distinct groups kept per queue id and recipient; more retries with yet another cause join the last entry. */
const MAX_PENDING_GROUPS = 8;

export interface CollectorOptions {
  /** The directions reported; the others are only counted (default: outbound). */
  directions?: ReadonlySet<Direction>;
  /**
   * The cache key of a reply: templateKey of src/core/template.ts (the default), or a faster equal one (the
   * WebAssembly module's, src/diagnose/read.ts). Records share a decision when their keys are equal.
   */
  templateKey?: (text: string, extra: string) => number;
}

export class FindingsCollector {
  private readonly groups = new Map<string, Group>();
  private readonly cache = new Map<number, Decision>();
  private readonly interned = new Interned();
  /** Decisions by record.textKey (the template of the reply's bytes), then by the rest of the signal; byteEntries in all. */
  private readonly byteCache = new Map<number, ByteEntry[]>();
  private byteEntries = 0;
  /** queue id + recipient → the group of its deferrals and how many; queue id → the group of its last one. */
  private readonly pending = new BoundedMap<PendingList>(50_000);
  private readonly lastDeferral = new BoundedMap<Group>(50_000);
  private failures = 0;
  private recovered = 0;
  private readonly notShown: Record<Direction, number> = { outbound: 0, inbound: 0, login: 0 };
  private readonly directions: ReadonlySet<Direction>;
  private readonly templateKey: (text: string, extra: string) => number;

  constructor(private readonly contextFor?: (email: string) => SenderContext | undefined, options: CollectorOptions = {}) {
    this.directions = options.directions ?? new Set(['outbound']);
    this.templateKey = options.templateKey ?? jsTemplateKey;
  }

  private decide(s: LogRecord['signal'], context: SenderContext | undefined, contextKey: string, textKey: number | undefined): Decision {
    if (textKey !== undefined) {
      // The reader's key of the template's bytes (record.textKey): a cache of its own, then what the template
      // leaves out, compared field by field (a template has one or a few).
      let list = this.byteCache.get(textKey);
      if (list) {
        for (const e of list) {
          if (e.code === s.code && e.enhanced === s.enhanced && e.stage === s.stage && e.errorCode === s.errorCode && e.timeout === s.timeout && e.contextKey === contextKey) return e.d;
        }
      }
      const d = this.decision(s, context);
      if (this.byteEntries >= 20_000) { this.byteCache.clear(); this.byteEntries = 0; list = undefined; }
      if (!list) this.byteCache.set(textKey, list = []);
      list.push({ code: s.code, enhanced: s.enhanced, stage: s.stage, errorCode: s.errorCode, timeout: s.timeout, contextKey, d });
      this.byteEntries += 1;
      return d;
    }
    // The key of `template \0 code \0 enhanced \0 stage \0 errorCode \0 timeout \0 sender (with a context)`.
    const key = this.templateKey(s.text, `${s.code ?? ''}\u0000${s.enhanced ?? ''}\u0000${s.stage ?? ''}\u0000${s.errorCode ?? ''}\u0000${s.timeout ?? ''}\u0000${contextKey}`);
    let d = this.cache.get(key);
    if (!d) {
      d = this.decision(s, context);
      if (this.cache.size >= 20_000) this.cache.clear();
      this.cache.set(key, d);
    }
    return d;
  }

  private decision(s: LogRecord['signal'], context: SenderContext | undefined): Decision {
    const r = decideSignal(s, context);
    return { row: r.row, rule: r.rule, category: r.category, provider: r.provider, code: [r.facts.code, r.facts.enhanced].filter(Boolean).join(' ') || undefined };
  }

  add(record: LogRecord): void {
    if (record.status === 'delivered') { this.deliver(record); return; }
    const direction = record.direction ?? 'outbound';
    if (!this.directions.has(direction)) {
      this.notShown[direction] += 1;
      if (record.status === 'deferred' && record.queueId) this.remember(record, undefined, direction);
      return;
    }
    const context = record.sender && this.contextFor ? this.contextFor(record.sender) : undefined;
    const s = record.signal;
    // An expired message belongs to the cause of its deferrals.
    const expiredOf = record.status === 'expired' && record.queueId ? this.lastDeferral.get(record.queueId) : undefined;
    const d = expiredOf ? undefined : this.decide(s, context, context ? record.sender! : '', record.textKey);
    let g = expiredOf ?? d!.groups?.[direction];
    if (!g) {
      const bySubject = BY_DOMAIN.has(d!.category) || BY_IP.has(d!.category);
      const subject = !bySubject ? '' : BY_DOMAIN.has(d!.category) ? record.sender?.slice(record.sender.lastIndexOf('@') + 1) ?? ''
        : ourIpOf(s.text);
      // A decision's groups by subject, once found (a group is never removed, and once MAX_GROUPS are there no
      // group of a new subject is made: a subject that went to the group without one stays there).
      const bySubjectCache = bySubject ? ((d!.subjects ??= {})[direction] ??= new Map()) : undefined;
      g = bySubjectCache?.get(subject);
      if (g) return this.count(record, g, d, expiredOf, direction);
      let key = `${direction}\u0000${d!.category}\u0000${d!.rule}\u0000${d!.provider ?? ''}\u0000${subject}`;
      g = this.groups.get(key);
      if (!g && subject && this.groups.size >= MAX_GROUPS) {
        key = `${direction}\u0000${d!.category}\u0000${d!.rule}\u0000${d!.provider ?? ''}\u0000`;
        g = this.groups.get(key);
      }
      if (!g) {
        // The decision's row, the remedy written with this record's sender (its domain in SPF/DKIM/DMARC advice).
        const classified = diagnoseWith({ ...s, sender: s.sender ?? record.sender }, context ?? {}, d!.row);
        const diagnosis = direction === 'outbound' ? classified : adviceForDirection(direction, classified);
        g = {
          key, direction, category: d!.category, rule: d!.rule, count: 0, recovered: 0, expired: 0, diagnosis,
          senders: new Map(), domains: new Map(), seen: new Int32Array(2 * SEEN), unseen: 0, codes: new Set(), sources: new Set(),
          example: safeText(clip(record.line, 500)), reply: safeText(clip(s.text, 500)), permanent: 0,
        };
        this.groups.set(key, g);
      }
      // Its key is the same for every record of this decision and direction: kept on the decision.
      if (!bySubject) (d!.groups ??= {})[direction] = g;
      else if (bySubjectCache!.size < MAX_GROUPS) bySubjectCache!.set(subject, g);
    }
    this.count(record, g, d, expiredOf, direction);
  }

  /** One failure counted in its group. */
  private count(record: LogRecord, g: Group, d: Decision | undefined, expiredOf: Group | undefined, direction: Direction): void {
    this.failures += 1;
    g.count += 1;
    if (expiredOf) g.expired += 1;
    // An expired message was returned to its sender: a permanent failure, whatever its deferrals were.
    if (g.diagnosis.permanent || expiredOf) g.permanent += 1;
    g.firstLine ??= record.line;
    g.lastLine = record.line;
    if (this.interned.full) this.tally();
    const n = g.unseen;
    g.seen[2 * n] = this.interned.id(record.sender);
    g.seen[2 * n + 1] = this.interned.id(record.recipient?.slice(record.recipient.lastIndexOf('@') + 1));
    g.unseen = n + 1;
    if (n + 1 === SEEN) this.tallyGroup(g);
    if (d?.code && g.codes.size < 10) g.codes.add(d.code);
    g.sources.add(record.source);
    if (record.status === 'deferred' && record.queueId) this.remember(record, g, direction);
  }

  /** Counts a group's buffered senders and domains into its maps, in order. */
  private tallyGroup(g: Group): void {
    const strings = this.interned.strings;
    for (let k = 0; k < 2 * g.unseen; k += 2) {
      const sender = g.seen[k]!;
      const domain = g.seen[k + 1]!;
      if (sender >= 0) bump(g.senders, strings[sender]);
      if (domain >= 0) bump(g.domains, strings[domain]);
    }
    g.unseen = 0;
  }

  /** Counts every group's buffer, and starts the numbering again. */
  private tally(): void {
    for (const g of this.groups.values()) if (g.unseen) this.tallyGroup(g);
    this.interned.clear();
  }

  /** A deferral: the group it was counted in, until a delivery of the same queue id and recipient recovers it. */
  private remember(record: LogRecord, g: Group | undefined, direction: Direction): void {
    const key = `${record.queueId}\u0000${record.recipient ?? ''}`;
    const list = this.pending.get(key);
    const p = list?.find((x) => x.group === g && x.direction === direction);
    if (p) p.n += 1;
    else if (!list) this.pending.set(key, [{ group: g, direction, n: 1 }]);
    else if (list.length < MAX_PENDING_GROUPS) list.push({ group: g, direction, n: 1 });
    else this.pending.set(key, [...list.slice(1), { group: g, direction, n: 1 }]);
    if (g) this.lastDeferral.set(record.queueId!, g);
  }

  /** A delivery: the deferrals of the same queue id and recipient are recovered, not failures. */
  private deliver(record: LogRecord): void {
    if (!record.queueId) return;
    const key = `${record.queueId}\u0000${record.recipient ?? ''}`;
    const list = this.pending.get(key);
    if (!list) return;
    this.pending.delete(key);
    // Every deferral of this message is recovered, whichever cause each retry was given.
    for (const p of list) {
      const g = p.group;
      if (!g) { this.notShown[p.direction] -= p.n; continue; }
      g.count -= p.n;
      g.recovered += p.n;
      if (g.diagnosis.permanent) g.permanent -= p.n;
      this.failures -= p.n;
      this.recovered += p.n;
    }
  }

  findings(): Finding[] {
    this.tally();
    // The same senders, domains and links recur from group to group: each made safe once.
    const safe = new Map<string, string>();
    const safeOnce = (t: string): string => {
      let v = safe.get(t);
      if (v === undefined) safe.set(t, v = safeText(t));
      return v;
    };
    return [...this.groups.values()]
      .filter((g) => g.count > 0 || g.recovered > 0)
      .sort((a, b) => b.count - a.count || b.recovered - a.recovered || byText(a.key, b.key))
      .map((g) => ({
        direction: g.direction,
        category: g.category,
        rule: g.rule,
        count: g.count,
        recovered: g.recovered,
        expired: g.expired,
        permanent: g.diagnosis.permanent,
        fixSide: g.diagnosis.fixSide,
        provider: g.diagnosis.provider ?? null,
        // Cause and remedy quote addresses and names read from the input: control characters shown escaped.
        cause: escapeControls(g.diagnosis.cause),
        remedy: escapeControls(g.diagnosis.remedy),
        links: g.diagnosis.links.map(safeOnce),
        firstSeen: g.firstLine !== undefined ? timeOf(g.firstLine) ?? null : null,
        lastSeen: g.lastLine !== undefined ? timeOf(g.lastLine) ?? null : null,
        senders: top(g.senders, 20).map(([s]) => safeOnce(s)),
        recipientDomains: top(g.domains, 20).map(([domain, count]) => ({ domain: safeOnce(domain), count })),
        codes: [...g.codes],
        example: g.example,
        reply: g.reply,
        sources: [...g.sources].sort(),
      }));
  }

  summary(extra: { lines: number; truncatedLines: number; inputs: number }): Summary {
    let permanent = 0;
    let findings = 0;
    for (const g of this.groups.values()) {
      permanent += g.permanent;
      if (g.count > 0 || g.recovered > 0) findings += 1;
    }
    return { ...extra, failures: this.failures, findings, permanent, temporary: this.failures - permanent, recovered: this.recovered, notShown: { ...this.notShown } };
  }
}
