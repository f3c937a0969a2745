// The corpus of real lines (test/fixtures/corpus, README there): the development set the rules were written
// against (dev; test-1 and test-2, the first two test sets, each scored once and then looked at). test-3, the third
// test set (298 lines from 183 sources, gathered and labelled by someone else), was scored once, blind, when the
// fourth pass was done: 165/203 exact (81.3 %) and 4/95 false alarms, the honest held-out figure of that pass (the
// aims of 95 % and at most 1 false alarm in 50 were not met on held-out data); since then it is development data too
// (looked at, its misses fixed by class); so is test-4, the fourth test set (scored once blind after the fifth pass:
// 207/239 exact, 1/177 false alarms), since the sixth pass; and so is test-5, the fifth (scored once blind after the sixth
// pass; on its clean subset, rows whose source and line are in no other file, 154/199 exact, 77.4 %, and 3/92 false
// alarms), since the seventh pass. A new test set is gathered apart and never seen here. Each line goes through the same path
// as a log line does (LogScanner, then the classifier); a non-failure line must give no failure at all.
import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from './helpers.js';
import { judge } from './judge.js';

export { judge } from './judge.js';

/** provider and kind (reply, client, log, doc) are recorded for the lines added in the second pass. */
interface Row { category: string; source: string; line: string; direction?: string; provider?: string; kind?: string }

function load(name: string): Row[] {
  return readFileSync(path.join(repoRoot, 'test', 'fixtures', 'corpus', `${name}.jsonl`), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Row);
}

function score(rows: Row[]) {
  const failures = rows.filter((r) => r.category !== '-');
  const quiet = rows.filter((r) => r.category === '-');
  const exact = failures.filter((r) => judge(r.line).category === r.category).length;
  const falseAlarms = quiet.filter((r) => judge(r.line).direction === 'outbound').length;
  const directed = rows.filter((r) => r.direction);
  const directionRight = directed.filter((r) => judge(r.line).direction === r.direction).length;
  return { lines: rows.length, sources: new Set(rows.map((r) => r.source)).size, failures: failures.length, exact, share: exact / failures.length,
    nonFailures: quiet.length, falseAlarms, directed: directed.length, directionRight };
}

describe('corpus of real lines', () => {
  // The development set: dev.jsonl; test-1.jsonl, the first test set, looked at in the third pass (it scored 108/124
  // exact and 4/46 false alarms before, when it was still a test set); and test-2.jsonl, the second test set, scored
  // once when the third pass on the rules was done (77/107 exact, 72.0 %, and 0/51 false alarms: the honest held-out
  // figure of that pass) and looked at in the fourth pass, whose misses were fixed by class; and test-3.jsonl, the
  // third test set, scored once blind after the fourth pass (165/203 exact, 81.3 %, and 4/95 false alarms: the honest
  // held-out figure of that pass) and looked at in the fifth, whose misses were fixed by class; and test-4.jsonl, the
  // fourth test set, scored once blind after the fifth pass (207/239 exact, 86.6 %, and 1/177 false alarms: the honest
  // held-out figure of that pass) and looked at in the sixth, whose misses were fixed by class; and dev-2.jsonl, lines
  // gathered in the sixth pass from sources in no other file for the classes (119/194 before its rules, 1/69);
  // and test-5.jsonl, the fifth test set, scored once blind after the sixth pass (clean subset, 291 lines from 188
  // sources in no other file: 154/199 exact, 77.4 %, 3/92 false alarms, directions 5/9; whole set 191/238, 3/107)
  // and looked at since the seventh pass, whose misses were fixed by class; the file keeps the 309 of its 345 lines
  // that are not already, identically, in another file; and dev-3.jsonl, lines gathered in the eighth pass from 68 sources
  // in no other file for the classes it worked on (client errors and help pages in Japanese, Korean, Italian, Polish,
  // Turkish, Czech, Ukrainian, German, Spanish, French, Russian and Chinese; our server's own verdicts), each batch
  // scored before its rules changed: 63/174 exact and 7/147 false alarms before, directions 1/3.
  test('development set (dev, dev-2, dev-3, test-1, test-2, test-3, test-4, test-5; all looked at): at least 95 % exact category, at most 1 false alarm in 50 non-failures, directions right', () => {
    for (const name of ['dev', 'dev-2', 'dev-3', 'test-1', 'test-2', 'test-3', 'test-4', 'test-5']) {
      const s = score(load(name));
      process.stdout.write(`corpus ${name}: ${s.exact}/${s.failures} exact (${(100 * s.share).toFixed(1)} %), ${s.falseAlarms}/${s.nonFailures} false alarms, ${s.lines} lines from ${s.sources} sources\n`);
      expect(s.share).toBeGreaterThanOrEqual(0.95);
      expect(s.falseAlarms / s.nonFailures).toBeLessThanOrEqual(1 / 50);
      expect(s.directionRight).toBe(s.directed);
    }
  });

  // test-6.jsonl: the sixth test set, 211 lines from 134 sources in no other file (help centres in eight languages,
  // hosting panels, ticketing, monitoring and CMS tools), gathered blind after the seventh pass and scored once:
  // 108/158 exact (68.4 %), 4/53 false alarms, the held-out figure of the seventh pass. Its misses were then read and
  // two classes fixed (OAuth2 sign-in errors in an application's log are detected; ini-style "key = value" settings
  // and rows of a report's count table stay silent): 113/158, 1/53. The eighth pass read its misses and fixed them by
  // class (client dialogs in Japanese, Korean, Italian and Polish, German providers' prose, XMail's status fields,
  // Exim as a server, program-less SASL warnings, …): 155/158, 0/53. This keeps later work from making it worse.
  test('test-6 (scored once blind after the seventh pass; its miss classes fixed since): no worse than its recorded score', () => {
    const s = score(load('test-6'));
    process.stdout.write(`corpus test-6: ${s.exact}/${s.failures} exact (${(100 * s.share).toFixed(1)} %), ${s.falseAlarms}/${s.nonFailures} false alarms, ${s.lines} lines from ${s.sources} sources\n`);
    expect(s.exact).toBeGreaterThanOrEqual(156);
    expect(s.falseAlarms).toBeLessThanOrEqual(0);
  });

  // test-7.jsonl: the seventh test set, 231 lines from 147 sources in no other file, gathered blind after the eighth pass
  // and scored once: 96/156 exact (61.5 %), 8/75 false alarms, directions 5/14 on the failures labelled inbound or login
  // (the held-out figure of the eighth pass). The ninth pass read its misses and fixed them by class (README there):
  // 153/156 (one row relabelled by the guide: README), 0/75, 13/14. It is development data now, held to the development aims; its directions are counted on its
  // failures (its non-failure rows that carry `inbound` are chatter the product rightly reports as nothing), and one
  // failure's direction cannot be told from the line alone (a bare "535 authentication failed" that a .NET SMTP server
  // sent a client reads as our own refused login).
  //
  // test-8.jsonl: the eighth test set, 226 lines from 140 sources in no other file, gathered blind after the eighth pass's
  // merge and scored once after the ninth: 91/147 exact (61.9 %), 10/79 false alarms, directions 4/10 on failures (the
  // held-out figure of the ninth pass). The tenth pass read its misses and fixed them by class (README there): 141/147,
  // 1/79, 8/10. Directions are counted on its failures; two bare replies quoted without a log ("530 SMTP authentication is
  // required.", hMailServer's "550 Delivery is not allowed to this address.") cannot tell whose server sent them.
  //
  // test-9.jsonl: the ninth test set, 203 lines from 132 sources in no other file, gathered blind after the ninth pass
  // with emphasis on real replies and log lines, and scored once after the tenth: 95/142 exact (66.9 %), 11/61 false
  // alarms, directions 6/13 on failures (the held-out figure of the tenth pass). The eleventh pass read its misses and
  // fixed them by class (README there): 133/142 (93.7 %), 4/61, 8/13; below the aims, so held to that figure.
  //
  // Each set is held to the figure its pass reached: exact at least, false alarms at most, directions right on its
  // failures at least (its non-failure rows that carry a direction are chatter the product rightly reports as nothing);
  // `aims` also holds it to the development aims (95 %, at most 1 false alarm in 50).
  const looked = [
    { name: 'test-7', pass: 'scored once blind after the eighth pass; development data since the ninth', exact: 153, falseAlarms: 0, directionsMissed: 1, aims: true },
    { name: 'test-8', pass: 'scored once blind after the ninth pass; development data since the tenth', exact: 142, falseAlarms: 1, directionsMissed: 2, aims: true },
    { name: 'test-9', pass: 'scored once blind after the tenth pass; development data since the eleventh', exact: 137, falseAlarms: 4, directionsMissed: 5, aims: false },
    // test-10.jsonl: the tenth test set, 120 lines from 74 sources in no other file (mostly real log lines, replies and
    // client errors), gathered blind after the eleventh pass and scored once: 60/81 exact (74.1 %), 2/39 false alarms,
    // directions 1/7 on failures, the held-out figure of the eleventh pass. The twelfth pass read its misses and fixed
    // them by class (README there; two "no route to host" rows relabelled connection_timeout by the guide): 78/81
    // (96.3 %), 2/39, 4/7. Its false alarms are 2 in 39, above the 1-in-50 aim, so it is held to that figure.
    { name: 'test-10', pass: 'scored once blind after the eleventh pass; development data since the twelfth', exact: 78, falseAlarms: 2, directionsMissed: 3, aims: false },
    // dev-4.jsonl: a development set gathered blind in the thirteenth pass (249 lines from 160 new sources: help pages,
    // pastebin log and bounce pastes, small projects' issues), scored once on main before any rule for it: 117/148
    // exact (79.1 %), 9/101 false alarms, directions 18/25 on failures. The thirteenth pass relabelled two rows by the
    // rules' and test-2's reading of Gmail's 534 5.7.14 (README) and fixed its misses by class: 136/148 (91.9 %), 0/101,
    // directions 20/25 (137/148 since the fifteenth pass read Gmail's decoded XOAUTH2 challenge); below the 95 % aim
    // (README: what is left and why), so held to that figure.
    // The nineteenth pass's wider families (relay, PTR, quota wordings) raised it to 138/148; gen2's layer 1d (cause words before a
    // generic code), ported, to 141/148.
    { name: 'dev-4', pass: 'gathered blind in the thirteenth pass; development data', exact: 141, falseAlarms: 0, directionsMissed: 5, aims: false },
    // dev-5.jsonl: a development set gathered blind in the fourteenth pass (250 lines from 156 new sources: European and Asian
    // receivers, servers other than Postfix, our own server's inbound rejects and failed logins), scored once on main before
    // any rule for it: 124/159 exact (78.0 %), 3/91 false alarms, directions 23/37 on failures. The fourteenth pass relabelled
    // three rows by the guide and earlier passes' calls (README) and fixed its misses by class: 145/159 (91.2 %), 0/91,
    // directions 29/36; below the 95 % aim (README: what is left and why), so held to that figure.
    // 146/159 since the nineteenth pass (a bulk-spam refusal).
    // 148/159 since the twenty-third pass and the expiry call (2026-12-03).
    // 149/159 since the forty-third pass (a French notice's "l'email n'a pu etre envoye").
    { name: 'dev-5', pass: 'gathered blind in the fourteenth pass; development data', exact: 149, falseAlarms: 0, directionsMissed: 7, aims: false },
    // dev-6.jsonl: a development set gathered blind in the fifteenth pass (248 lines from 159 new sources: mostly pastebin and
    // gist logs, our own server's inbound rejects and failed logins, client errors, a few help pages), scored once on main
    // before any rule for it: 127/158 exact (80.4 %), 2/90 false alarms, directions 16/25 on failures. The fifteenth pass
    // relabelled three rows by the guide and earlier passes' calls (README) and fixed its misses by class: 145/156 (92.9 %, with
    // main's Postfix program-tag test), 0/92, directions 20/25; below the 95 % aim (README: what is left and why), so held to that figure.
    // Since the nineteenth pass 151/156 (96.8 %), 0/92, directions 21/25: at the development aims, so held to them too.
    { name: 'dev-6', pass: 'gathered blind in the fifteenth pass; development data', exact: 151, falseAlarms: 0, directionsMissed: 4, aims: true },
    // test-11.jsonl and test-12.jsonl: the eleventh and twelfth test sets (241 lines from 162 sources and 250 from 161, in
    // no other file), gathered blind in the session of the twelfth to fifteenth passes by helpers who never ran the
    // classifier nor read its rules, and scored once after the fifteenth pass: test-11 112/155 exact (72.3 %), 6/86 false
    // alarms, directions 14/24; test-12 133/169 (78.7 %), 1/81, directions 6/16 (the held-out figures of that pass). Not
    // looked at: held to those figures until a pass reads them.
    // The seventeenth pass read test-11's misses and fixed them by class (README there; one row's direction relabelled
    // outbound by the guide's private-client call): 125/155 (80.6 %), 3/86, directions 15/24; far below the aims (most of what
    // is left is documentation prose in six languages), so held to that figure.
    // The nineteenth pass's wider families reached eight more of its rows and two false alarms (a hedged listing, an option on how
    // to treat a reply): 134/155, 1/86, 17/24.
    { name: 'test-11', pass: 'scored once blind after the fifteenth pass; development data since the seventeenth', exact: 134, falseAlarms: 1, directionsMissed: 7, aims: false },
    // test-12 was looked at in the sixteenth pass: three rows relabelled by the guide (README), its misses fixed by class:
    // 133/169 -> 151/169 exact (89.3 %), 1/81 -> 0/81 false alarms, directions 6/16 -> 12/16; below the 95 % aim (README:
    // what is left and why), so held to that figure.
    // 160/169 since the nineteenth pass (its wider families, the help page's one named error, a bounce's Subject, SMTP's 421
    // "Service unavailable" no HTTP line). 162/169 since gen2's layer 1d was ported (a disabled mailbox under a bare 550).
    { name: 'test-12', pass: 'scored once blind after the fifteenth pass; development data since the sixteenth', exact: 163, falseAlarms: 0, directionsMissed: 4, aims: false },
    // test-13.jsonl and test-14.jsonl: the thirteenth and fourteenth test sets (139 lines from 91 sources: forums, Q&A and
    // application issues; 208 from 142: pastebin and gist pastes of real logs and bounces), in no other file, gathered blind
    // by helpers who never ran the classifier nor read its rules, scored once after the seventeenth pass: test-13 78/92
    // (84.8 %), 4/47 false alarms, directions 1/3; test-14 116/135 (85.9 %), 1/73, directions 18/20 (the held-out figures
    // of that pass). The eighteenth pass read both sets' misses and fixed them by class (README there): test-13 87/92 (94.6 %),
    // 0/47, directions 2/3, just below the 95 % aim (what is left is prose that explains or narrates, and a bare reply whose
    // server the line cannot name), so held to that figure; test-14 135/135, 0/73, directions 19/20, held to the aims too.
    // 88/92 (95.7 %) since the nineteenth pass read a help page's one named error as the failure: at the aims, held to them too.
    // The fifty-second pass: Moodle's "Your site couldn't communicate with your mail server." (net.could-not-connect) 88 → 89.
    { name: 'test-13', pass: 'scored once blind after the seventeenth pass; looked at in the eighteenth', exact: 89, falseAlarms: 0, directionsMissed: 1, aims: true },
    { name: 'test-14', pass: 'scored once blind after the seventeenth pass; looked at in the eighteenth', exact: 135, falseAlarms: 0, directionsMissed: 1, aims: true },
    // test-16.jsonl: the sixteenth test set (238 lines from 151 sources: pastebin pastes of real logs, hosters' and providers'
    // help pages in six languages, Sisimai's bounce examples), in no other file, gathered blind by a helper who never ran the
    // classifier nor read its rules, scored once after the eighteenth pass: 126/152 (82.9 %), 5/86 false alarms, directions
    // 10/13 (the held-out figures of that pass; the same 126/152 and 4/86 on main before the pass). The nineteenth pass read its
    // misses and fixed them by class (README there; one row, Exim's "routing defer (-51): retry time not reached", relabelled
    // server_temporary by the guide and test-14's call): 151/153 (98.7 %), 0/85, directions 12/13; held to that and to the aims.
    { name: 'test-16', pass: 'scored once blind after the eighteenth pass; looked at in the nineteenth', exact: 151, falseAlarms: 0, directionsMissed: 1, aims: true },
    // test-15.jsonl: the fifteenth test set (271 lines from 162 sources: issue threads of self-hosted applications and their
    // client libraries, forums, blogs with real logs), gathered blind at the same time as test-16 from a disjoint share of
    // sources, scored once after the eighteenth pass: 123/164 (75.0 %), 2/107 false alarms, directions 2/9 (121/164 on main
    // before the pass). Held to those figures.
    // The twentieth pass read test-15's misses and fixed them by class (README there; no row relabelled): 161/164 (98.2 %), 0/107,
    // directions 6/9; what is left is two narratives, a label that contradicts a rule's deliberate reading (msmtp's refused
    // envelope sender) and three rows whose direction the line cannot tell. Held to that figure and to the development aims.
    { name: 'test-15', pass: 'scored once blind after the eighteenth pass; looked at in the twentieth', exact: 161, falseAlarms: 0, directionsMissed: 3, aims: true },
    // test-17.jsonl and test-18.jsonl: the seventeenth and eighteenth test sets (209 lines from 142 sources: GitHub issue threads
    // of small applications and mail libraries; 176 lines from 98 sources: bounce-parser and log-parser test fixtures, fail2ban's
    // and CrowdSec's test logs, help pages), in no other file, gathered blind by two helpers who never ran the classifier nor
    // read its rules, scored once after the twentieth pass: test-17 102/129 (79.1 %), 0/80 false alarms, directions 5/9; test-18
    // 97/117 (82.9 %), 1/59, directions 29/42 (the held-out figures of that pass). Held to those figures.
    // test-17 was looked at in the twenty-first pass (README): its misses fixed by class, 126/129, 0/80, directions 8/9; now held
    // to the development aims too. Its three misses left are labels the pass thinks doubtful by the guide.
    { name: 'test-17', pass: 'scored once blind after the twentieth pass; looked at in the twenty-first', exact: 126, falseAlarms: 0, directionsMissed: 1, aims: true },
    // The twenty-second pass read test-18's misses and fixed them by class (README there; no row relabelled): 114/117 (97.4 %), 0/59,
    // directions 42/42; what is left is a wrapped bounce fragment, a reply whose stage is on the line before it and a wording whose
    // family the corpus labels two ways. Held to that figure and to the development aims.
    { name: 'test-18', pass: 'scored once blind after the twentieth pass; looked at in the twenty-second', exact: 114, falseAlarms: 0, directionsMissed: 0, aims: true },
    // test-19.jsonl and test-20.jsonl: the nineteenth and twentieth test sets (223 lines from 131 sources: bounce-parser test data,
    // mostly Mailman 2's tests/bounces, Mail::DeliveryStatus::BounceParser's corpus, Sisimai's set-of-emails and Exim's testsuite
    // output; 238 lines from 154 sources: log parsers' and SIEM decoders' test logs, exporters' tests, issue threads with pasted
    // MTA logs, 69 of its failures our own server's), in no other file, gathered blind by two helpers who never ran the
    // classifier nor read its rules, scored once after the twenty-second pass (main at a6c4ee1): test-19 82/145 (56.6 %), 0/78
    // false alarms, directions 0/8; test-20 132/154 (85.7 %), 3/84, directions 57/69. Held to those figures.
    // The twenty-third pass read test-19's misses and fixed them by class (README there; no row relabelled): 135/145 (93.1 %), 0/78,
    // directions 1/8; what is left is the expiry call the guide leaves unsettled (five rows), two families labelled two ways, two
    // fragments and Exim's bare testsuite replies whose direction the line cannot tell. Held to that figure; below the aims then.
    // After the twenty-third pass the lead settled expiry as server_temporary (README): 139/145 (95.9 %), 0/78; held to the aims too.
    { name: 'test-19', pass: 'scored once blind after the twenty-second pass; looked at in the twenty-third', exact: 139, falseAlarms: 0, directionsMissed: 7, aims: true },
    // test-20 was looked at in the twenty-fourth pass (README): its misses fixed by class (our own servers' records read by their
    // formats, plaintext logins refused before TLS, Exim's server-side verdicts, OpenSMTPD's TempFail, AsyncOS's CEF event; three
    // notes that refuse nothing quiet), 148/154, 0/84, directions 69/69; what is left is the unsettled expiry call (three rows), two
    // families the corpus labels two ways and a 4xx whose words only guess. Held to that figure and to the development aims.
    // With expiry settled as server_temporary (Postfix's expired and force-expired, Exim's "retry timeout exceeded"): 151/154.
    { name: 'test-20', pass: 'scored once blind after the twenty-second pass; looked at in the twenty-fourth', exact: 151, falseAlarms: 0, directionsMissed: 0, aims: true },
    // test-21.jsonl and test-22.jsonl: the twenty-first and twenty-second test sets (203 lines from 124 sources: replies of more than
    // 50 providers and gateways as clients, MTAs and bounces quote them; 180 lines from 128 sources: application and client-library
    // logs of failed sends), in no other file, gathered blind while the twenty-third and twenty-fourth passes ran, scored once after
    // the twenty-third pass and the expiry call (main at 587df94): test-21 106/129 (82.2 %), 2/74 false alarms, directions 8/14;
    // test-22 104/110 (94.5 %), 1/70. Held to those figures.
    // The twenty-fifth pass read test-21's misses and fixed them by class (README there; no row relabelled): 125/129 (96.9 %), 0/74,
    // directions 10/14; what is left is two labels that differ from the guide's or the corpus's reading, a nonstandard reply code,
    // a wish in prose and bare transcript lines whose direction the line cannot tell. Held to that figure and to the development aims.
    // 126/129 since the forty-first pass: a sending limit said to be reached is a failure (Polaris Mail's "462 Daily send limit reached").
    { name: 'test-21', pass: 'scored once blind after the twenty-third pass; looked at in the twenty-fifth', exact: 126, falseAlarms: 0, directionsMissed: 4, aims: true },
    // The twenty-sixth pass read test-22's six misses and its false alarm and fixed them by class, then widened each class and the
    // set's client libraries and applications by their own error strings and issue threads (README there; no row relabelled):
    // 110/110 (100 %), 0/70. Held to that figure and to the development aims.
    { name: 'test-22', pass: 'scored once blind after the twenty-third pass; looked at in the twenty-sixth', exact: 110, falseAlarms: 0, directionsMissed: 0, aims: true },
    // test-23.jsonl and test-24.jsonl: the twenty-third and twenty-fourth test sets (184 lines from 92 sources: Q&A sites, forums
    // and issue threads in Chinese, Japanese, Russian, German and French with pasted logs and replies, help pages; 197 lines from 138
    // sources: issue threads of self-hosted mail servers and applications), in no other file, gathered blind while the twenty-fifth
    // and twenty-sixth passes ran, scored once after all four passes of the session (main at c0f3b13): test-23 80/108 (74.1 %), 5/76
    // false alarms, directions 3/11; test-24 100/121 (82.6 %), 6/76, directions 7/16 (79/108 and 99/121, the same false alarms, at
    // the session's start, a6c4ee1). Held to those figures.
    // The thirtieth pass fixed test-23's misses by class (README there; no row relabelled): 80/108 -> 101/108 (93.5 %), 1/76 -> 0/76,
    // directions 3/11 -> 5/11; what is left is labels that differ from the rules' or the corpus's reading (Microsoft's 5.7.515, Gmail's
    // NotAuthorizedError, a bare 5.7.1 "Command rejected", "Unwelcome connection"), a timeout whose stage only the lines before it
    // show, a German guide's hedged narrative, and bare replies or prose whose direction the line cannot tell. Below the 95 % aim.
    { name: 'test-23', pass: 'scored once blind after the twenty-sixth pass; looked at in the twenty-seventh and thirtieth', exact: 101, falseAlarms: 0, directionsMissed: 6, aims: false },
    // The twenty-ninth pass fixed test-24's misses by class (README there; no row relabelled): 119/121 (98.3 %), 1/76, directions 11/16;
    // what is left is two labels the guide or the corpus reads otherwise, a false alarm the corpus labels two ways and bare replies
    // whose server the line cannot name. Held to that figure and to the development aims.
    { name: 'test-24', pass: 'scored once blind after the twenty-sixth pass; looked at in the twenty-eighth and twenty-ninth', exact: 119, falseAlarms: 1, directionsMissed: 5, aims: true },
    // test-25.jsonl and test-26.jsonl: the twenty-fifth and twenty-sixth test sets (176 lines from 129 sources: server replies quoted in
    // issue threads of applications that send mail; 189 lines from 128 sources: MTA log lines pasted by admins, log parsers' and
    // fail2ban filters' samples), in no other file, gathered blind at the start of session 21 and scored once on the session's first
    // commit (b64c5d9): test-25 90/109 (82.6 %), 2/67 false alarms, directions 0/1; test-26 109/128 (85.2 %), 1/61, directions 28/56;
    // with the envelope change (d5eb854) 91/109 and 109/128, the same false alarms and directions. Held to those figures.
    // The thirty-first pass read test-25's misses and false alarms and fixed them by class (README there; no row relabelled): 106/109
    // (97.2 %), 0/67, directions 0/1; what is left is a sending-count wording the corpus labels two ways, a socket error on a line
    // that quotes an HTTP access line, and a one-product noun (Sandstorm's grain). Held to that figure and to the development aims.
    { name: 'test-25', pass: 'scored once blind at the start of session 21; looked at in the thirty-first pass', exact: 106, falseAlarms: 0, directionsMissed: 1, aims: true },
    // The thirty-second pass read test-26's misses and fixed them by class (README there; no row relabelled): our own servers' records
    // read by their programs (Dovecot's auth process and 1.x login wordings, older and newer Courier logins, ASSP's verdicts, Plesk's
    // handlers and DMARC filter, a milter-reject with its client elided, Apache James, FortiMail, a Dovecot TLS accept failure), then
    // widened (spamdyke, OpenSMTPD's failed login, Haraka's plugin verdicts, hMailServer's refused logins); categories by wording;
    // Haraka's connection summary quiet: 122/128 (95.3 %), 0/61, directions 40/56. What is left is labels that differ from the guide's
    // or the corpus's reading (private clients labelled inbound or login, Exim's refused AUTH as a login where dev-2 says inbound,
    // Postfix local delivery and "lost connection after" chatter, "Unrouteable address") and bare replies whose side the line cannot tell.
    // 124/128 since gen2's layer 1d was ported (Exchange's 5.7.0 proxy failure naming DNS.NonExistentDomain).
    { name: 'test-26', pass: 'scored once blind at the start of session 21; looked at in the thirty-second pass', exact: 124, falseAlarms: 0, directionsMissed: 16, aims: false },
    // test-27.jsonl and test-28.jsonl: the twenty-seventh and twenty-eighth test sets (171 lines from 128 sources: bug trackers' and
    // forums' threads, hosters' help pages, mailing-list archives, Exim's testsuite diffs; 213 lines from 132 sources: real bounces kept
    // as bounce parsers' and list managers' fixtures), in no other file, gathered blind in session 21 while the twenty-ninth to
    // thirty-second passes ran, scored once after them (main at 1c2205b): test-27 87/115 (75.7 %), 4/56 false alarms, directions 4/6;
    // test-28 105/133 (78.9 %), 0/80 (the same figures on the session's first commit, b64c5d9). Held to those figures.
    // The thirty-third pass read test-27's misses and false alarms and fixed them by class (README there; no row relabelled): 110/115
    // (95.7 %), 0/56, directions 6/6; what is left is an alert's prose, a spun page's garbled text, and three labels the rules or the
    // guide read otherwise (Microsoft's 4.7.500 throttle, "421 4.7.0 Not allowed", 553 "mailbox name not allowed"). Held to that
    // figure and to the development aims. 111/115 since gen2's recipient.address-form was ported (RFC 5321's "mailbox syntax incorrect").
    { name: 'test-27', pass: 'scored once blind after the thirty-second pass; looked at in the thirty-third', exact: 111, falseAlarms: 0, directionsMissed: 0, aims: true },
    // The thirty-fourth pass read test-28's misses and fixed them by class (README there; no row relabelled): 129/133 (97.0 %), 0/80.
    // What is left is four labels the guide or other sets read otherwise (Gmail's "domain couldn't be found", qmail's "does not like
    // recipient", Gmail's delay notice, Postfix's amavis pipe failure).
    { name: 'test-28', pass: 'scored once blind after the thirty-second pass; looked at in the thirty-fourth', exact: 129, falseAlarms: 0, directionsMissed: 0, aims: false },
    // test-29.jsonl and test-30.jsonl: the twenty-ninth and thirtieth test sets (167 lines from 115 sources: providers' replies in
    // applications', CRMs', helpdesks' and shop modules' threads; 171 lines from 118 sources: client libraries' errors as applications
    // log them, envelopes kept as pasted), in no other file, gathered blind in session 21 while the thirty-third and thirty-fourth passes
    // ran, scored once after all six passes of the session (main at 392f065): test-29 75/99 (75.8 %), 2/68 false alarms, directions 3/7;
    // test-30 82/107 (76.6 %), 0/64, directions 0/1 (the same figures on the session's first commit, b64c5d9). Held to those figures.
    // The thirty-fifth pass read test-29's misses and false alarms and fixed them by class (README there; no row relabelled): 94/99 (94.9 %),
    // 0/68, directions 5/7. What is left is four labels the guide, the rules or other sets read otherwise (Microsoft's 4.7.650/4.7.651 "rate
    // limited due to IP reputation", 5.7.139 "the user credentials were incorrect", Yahoo's "Message not allowed - [299]", a milter's bare
    // 5.7.1 "Command rejected") and two bare replies whose side the line cannot tell. Held to that figure (below the 95 % aim by one row).
    // Session 22's 5.7.139 call ("the user credentials were incorrect" is auth_failed, ms.credentials-incorrect): 95/99 (96.0 %).
    { name: 'test-29', pass: 'scored once blind after the thirty-fourth pass; looked at in the thirty-fifth', exact: 95, falseAlarms: 0, directionsMissed: 2, aims: true },
    // The thirty-sixth pass read test-30's misses and fixed them by class (README there; no row relabelled): 101/107 (94.4 %), 0/64,
    // directions 1/1. What is left is six labels the guide, an earlier pass's call or another set reads otherwise, or one line
    // without words (ioBroker's "Error undefined").
    // The thirty-eighth pass's SES call (a maximum sending rate is our quota) took one more of its rows: 102/107 (95.3 %).
    { name: 'test-30', pass: 'scored once blind after the thirty-fourth pass; looked at in the thirty-sixth', exact: 102, falseAlarms: 0, directionsMissed: 0, aims: true },
    // test-31.jsonl and test-32.jsonl: the thirty-first and thirty-second test sets (148 lines from 118 sources: non-English and
    // regional communities, Chinese, Japanese, Russian, German, French, Spanish and Portuguese pages and issues; 166 lines from 111
    // sources: self-hosted infrastructure and monitoring tools' threads, Alertmanager, Keycloak, Zabbix-like monitors, Nextcloud,
    // Mastodon, Sentry…), in no other file, gathered blind at the start of session 22 and scored once on the session's first commit
    // (67f009f): test-31 68/81 (84.0 %), 0/67 false alarms, directions 3/4; test-32 74/96 (77.1 %), 0/70, directions 0/2. Held to those.
    // The thirty-seventh pass read test-31's misses and fixed them by class (README there; no row relabelled): 80/81 (98.8 %), 0/67,
    // directions 3/4. What is left is one label another set reads otherwise (Tencent's "550 Sender frequency limited", rate_limited in
    // test-13's smtp.codes row and dev-2's) and one bare reply whose side the line cannot tell. At the development aims, so held to them too.
    { name: 'test-31', pass: 'scored once blind at the start of session 22; looked at in the thirty-seventh pass', exact: 80, falseAlarms: 0, directionsMissed: 1, aims: true },
    // The thirty-eighth pass read test-32's misses and fixed them by class (README there; dev's one SES row relabelled by the guide): 93/96
    // (96.9 %), 0/70, directions 1/2. What is left is three labels the guide or the words on the line read otherwise (5.7.139 "the user
    // credentials were incorrect", mailpit's 5.1.3 for either address, SES's "Invalid domain name" for either address); session 22's
    // 5.7.139 call (ms.credentials-incorrect) took the first: 94/96 (97.9 %).
    { name: 'test-32', pass: 'scored once blind at the start of session 22; looked at in the thirty-eighth pass', exact: 94, falseAlarms: 0, directionsMissed: 1, aims: true },
    // test-33.jsonl and test-34.jsonl: the thirty-third and thirty-fourth test sets (69 lines from 35 sources: mail-server projects'
    // threads and admins' blogs with pasted MTA logs; 168 lines from 91 sources: mail libraries of less common languages — Elixir,
    // Dart, Deno, R, Kotlin, Perl, PowerShell — and sending services' SDKs), in no other file, gathered blind in session 22 while its
    // passes ran and scored once after all of the session's changes (main at 772e7c3): test-33 24/30 (80.0 %), 0/39 false alarms,
    // directions 4/6; test-34 44/72 (61.1 %), 1/96 (24/30 and 42/72, the same false alarms, on the session's first commit, 67f009f).
    // Held to those figures.
    // The thirty-ninth pass read test-33's misses too and fixed them by class (README there): 28/30 (93.3 %), 0/39, directions 5/6. What
    // is left is two sentences of prose that report a failure in their own words (below the aims, so held to that figure). The
    // cause words' detection (gen3: a loose cause inside an error's frame) decides one of them ("… rejected due to invalid MAIL FROM"): 29.
    { name: 'test-33', pass: 'scored once blind at the end of session 22; looked at in the thirty-ninth pass', exact: 29, falseAlarms: 0, directionsMissed: 1, aims: false },
    // The thirty-ninth pass read test-34's misses and fixed them by class (README there; no row relabelled): 70/72 (97.2 %), 1/96. What
    // is left is three labels earlier calls or rules read otherwise (Net::SMTPFatalError named alone, unknown in test-30; JavaMail's 5xx
    // greeting refused, connection_refused; Microsoft's 4.7.500 "Access denied, please try again later", ms.throttle's rate_limited). At
    // the development aims, so held to them too.
    { name: 'test-34', pass: 'scored once blind at the end of session 22; looked at in the thirty-ninth pass', exact: 70, falseAlarms: 1, directionsMissed: 0, aims: true },
    // test-35.jsonl, test-36.jsonl and test-37.jsonl: the thirty-fifth to thirty-seventh test sets (209 lines from 115 sources: desktop
    // and mobile mail clients and sendmail-compatible mailers; 218 lines from 112 sources: web applications that send mail — CMS,
    // e-commerce, ERP, helpdesks, newsletters; 169 lines from 118 sources: appliances, NAS, home automation, monitoring and DevOps
    // tools' notifications), in no other file, gathered blind at the start of session 23 and scored once on its first commit
    // (fa6656e): test-35 79/128 (61.7 %), 0/81 false alarms; test-36 99/124 (79.8 %), 2/94; test-37 69/99 (69.7 %), 1/70, directions
    // 1/2. Held to those figures.
    // The fortieth pass read test-35's misses and fixed them by class (README there; no row relabelled): 110/128 (85.9 %), 0/81. What
    // is left is prose that tells a failure in its own words (eleven rows), labels earlier rules read otherwise (msmtp's envelope from
    // "not accepted", dma's "AUTH cram-md5 not available: 535 …", "500 5.5.1 Command unrecognized", a bare "450 4.1.2", an exit status
    // 68 that sysexits.nohost reads as a host unknown) and one guide quoting "Authentication Required" beside 0x800CCC78. Merged with
    // session 23's gen3 mechanisms, 111/128. Below the aims, so held to that figure.
    { name: 'test-35', pass: 'scored once blind at the start of session 23; looked at in the fortieth pass', exact: 113, falseAlarms: 0, directionsMissed: 0, aims: false },
    { name: 'test-36', pass: 'scored once blind at the start of session 23; looked at in the forty-first pass', exact: 120, falseAlarms: 0, directionsMissed: 0, aims: true },
    // The forty-second pass read test-37's misses and fixed them by class (README there; no row relabelled): 91/99 (91.9 %), 0/70,
    // directions 1/2. What is left is prose that tells a failure in its own words, a report's failure with no mail word, a dma title
    // whose "missing domain" names no side, and the bare 454 "Temporary authentication failure" (server_temporary by the clients test;
    // a call to settle). Below the aims, so held to that figure. Session 23's call on the 454 (auth.temporary-failure, auth_failed with
    // the RFC's cause): 92/99.
    { name: 'test-37', pass: 'scored once blind at the start of session 23; looked at in the forty-second pass', exact: 93, falseAlarms: 0, directionsMissed: 1, aims: false },
    // test-38.jsonl and test-39.jsonl: the thirty-eighth and thirty-ninth test sets (200 lines from 117 sources: web-hosting control
    // panels' and hosters' mail — HestiaCP, CyberPanel, Froxlor, Virtualmin, iRedMail, Plesk, cPanel, hMailServer, MDaemon, IceWarp,
    // hosters' knowledge bases; 184 lines from 92 sources: authentication platforms and backend-as-a-service products sending through
    // custom SMTP — Supabase, Keycloak, Ory Kratos, ZITADEL, Authelia, Authentik, Logto, Auth0, Firebase, Appwrite, PocketBase,
    // NextAuth), in no other file, gathered blind while session 23's passes ran and scored once after all of its changes (main at
    // 85e412a): test-38 86/116 (74.1 %), 3/84 false alarms, directions 1/12; test-39 65/96 (67.7 %), 2/88. The session's first commit
    // (fa6656e) gives the same figures. Held to those.
    // The forty-third pass read test-38's misses and fixed them by class (README there; no row relabelled): 107/116 (92.2 %), 0/84,
    // directions 6/12 (the six left are bare replies whose server the line does not name). Below the aims, so held to that figure.
    { name: 'test-38', pass: 'scored once blind at the end of session 23; looked at in the forty-third pass', exact: 108, falseAlarms: 0, directionsMissed: 6, aims: false },
    // The forty-fourth pass read test-39's misses and fixed them by class (README there; no row relabelled): 90/96 (93.8 %), 0/88. What
    // is left is SendGrid's 401 text labelled oauth_grant_invalid (api.key-refused's auth_failed by the established call), failures
    // with no mail word (Appwrite's "[Job] (…) failed to run.", GoTrue's bare 500 "Unable to process request", "Prime Messaging
    // Exception") and a hedged sentence about gomail's HELO. Below the aims, so held to that figure.
    { name: 'test-39', pass: 'scored once blind at the end of session 23; looked at in the forty-fourth pass', exact: 90, falseAlarms: 0, directionsMissed: 0, aims: false },
    // test-40.jsonl and test-41.jsonl: the fortieth and forty-first test sets (207 lines from 112 sources: fediverse and self-hosted
    // community and media applications — Mastodon, Lemmy, Synapse, Nextcloud, Immich, Paperless-ngx, Jellyfin, BookStack, Firefly
    // III, Vaultwarden; 214 lines from 113 sources: enterprise and cloud platforms' mail — Oracle UTL_SMTP, SQL Server Database Mail,
    // Domino, SAP, Salesforce, Atlassian, Microsoft Graph and Exchange Online, Azure Communication Services, SES, ZeptoMail, Power
    // Automate), in no other file, gathered blind late in session 23 and scored once after its fortieth to forty-fourth passes (main at
    // 09ea397): test-40 107/119 (89.9 %), 0/88 false alarms, directions 1/2; test-41 76/128 (59.4 %), 1/86, directions 2/5 (107/119
    // and 75/128 on the session's first commit). Held to those figures.
    // The forty-fifth pass read test-40's misses and fixed them by class (README there; no row relabelled): 118/119 (99.2 %), 0/88,
    // directions 1/2. Left: "502 5.3.3 Command not implemented" labelled unknown where test-2's gomail row of the same reply is
    // policy_rejected, and Postfix's SSL_accept error from a client on localhost labelled inbound (a private client is not inbound by
    // the guide's call). At the development aims, so held to them too.
    { name: 'test-40', pass: 'scored once blind late in session 23; looked at in the forty-fifth pass', exact: 118, falseAlarms: 0, directionsMissed: 1, aims: true },
    // The forty-sixth pass read test-41's misses and fixed them by class, from the platforms' documented error lists (README there; no
    // row relabelled): 117/128 (91.4 %), 0/86, directions 2/5. What is left is prose without a platform's error text, a 4.7.500 labelled
    // against ms.throttle's call, Postfix's "lost connection after STARTTLS" (silent chatter by the established call) and a JSON message
    // of a size limit. Below the aims, so held to that figure.
    { name: 'test-41', pass: 'scored once blind late in session 23; looked at in the forty-sixth pass', exact: 117, falseAlarms: 0, directionsMissed: 3, aims: false },
    // test-42.jsonl and test-43.jsonl: the forty-second and forty-third test sets (191 lines from 90 sources: research, university and
    // public-sector software — OJS, DSpace, Dataverse, CKAN, Indico, Galaxy, JupyterHub, Chamilo, Open edX, Mailman 3, Sympa, Decidim;
    // 263 lines from 142 sources: security and network appliances and mail security gateways — FortiMail, Sophos, Barracuda, Cisco
    // ESA, Trend Micro, Symantec, rspamd, Amavis, ClamAV, MailScanner, OSSEC/Wazuh alert mail), in no other file, gathered blind at
    // the end of session 23 and scored once after all of its changes (main at c7fa2d6): test-42 68/84 (81.0 %), 1/107 false alarms;
    // test-43 90/147 (61.2 %), 5/116, directions 10/49 (67/84 and 88/147, the same false alarms, on fa6656e). Held to those figures.
    // The forty-seventh pass read only their six false alarms and made each reading stricter for its class (README there): test-42
    // 1/107 → 0/107, test-43 5/116 → 0/116; exact and directions unchanged, no other set moved. The fifty-first pass read test-42's
    // misses and fixed them by class (README there): 68/84 → 82/84.
    { name: 'test-42', pass: 'scored once blind at the end of session 23; false alarms looked at in the forty-seventh pass, misses in the fifty-first', exact: 82, falseAlarms: 0, directionsMissed: 0, aims: false },
    // The fiftieth pass read test-43's misses and fixed them by class, from the gateways' documented log formats and verdict words, and
    // the direction of a gateway's verdict on mail that comes in (README there; no row relabelled): 124/147 (84.4 %), 0/116, directions
    // 31/49. What is left is mostly help-page prose (hedged, conditional or a report's description), a few fragments of multi-line
    // replies, a 5.7.1 "Message rejected" labelled unknown against the code's reading, and bare replies labelled inbound.
    { name: 'test-43', pass: 'scored once blind at the end of session 23; false alarms looked at in the forty-seventh pass, misses in the fiftieth', exact: 124, falseAlarms: 0, directionsMissed: 18, aims: false },
    // test-44.jsonl to test-47.jsonl: the forty-fourth to forty-seventh test sets, in no other file, gathered blind at the start of
    // session 24 and scored once on its first commit (bb7d649): test-44 (212 lines from 101 sources: ISPs' and mailbox providers'
    // help pages and forum threads quoting their replies) 69/113 (61.1 %), 4/99 false alarms; test-45 (163 / 111: client libraries'
    // and mail clients' errors in a dozen languages' trackers) 60/95 (63.2 %), 1/68; test-46 (43 / 19: MTA logs and bounces pasted by
    // admins, a vein nearly mined out) 7/19, 0/24, directions 0/2; test-47 (23 / 11: non-English trackers and forums) 4/13, 0/10.
    // Held to those figures.
    // The forty-ninth pass looked at test-44 (README there): 69/113 → 89/113, false alarms 4/99 → 0/99; no other set moved.
    { name: 'test-44', pass: 'scored once blind at the start of session 24; looked at in the forty-ninth pass', exact: 89, falseAlarms: 0, directionsMissed: 0, aims: false },
    // The forty-eighth pass (test-45's misses by class: libraries' own words for timeouts, certificates, TLS, names, failed and closed
    // connections, unexpected replies): test-45 60/95 → 86/95, false alarms 1/68 unchanged; test-43 90/147 → 91/147 (curl's "Couldn't
    // resolve host name").
    { name: 'test-45', pass: 'scored once blind at the start of session 24; looked at in the forty-eighth pass', exact: 86, falseAlarms: 1, directionsMissed: 0, aims: false },
    // The fifty-first pass read test-46's and test-47's misses and fixed them by class (README there): test-46 7/19 → 16/19, test-47
    // 4/13 → 10/13; false alarms and directions unchanged.
    { name: 'test-46', pass: 'scored once blind at the start of session 24; looked at in the fifty-first pass', exact: 16, falseAlarms: 0, directionsMissed: 2, aims: false },
    { name: 'test-47', pass: 'scored once blind at the start of session 24; looked at in the fifty-first pass', exact: 10, falseAlarms: 0, directionsMissed: 0, aims: false },
    // test-48.jsonl: the forty-eighth test set (163 lines from 110 sources: self-hosted applications' issue threads — forums, backup,
    // helpdesks, CRMs, newsletters, password managers, monitoring, IoT, kanban, shops — and mail-server projects), in no other file,
    // gathered blind in session 24 and scored once after its four passes were merged (main at 5f20eda): 54/97 (55.7 %), 2/66 false
    // alarms, directions 1/2 (53/97, the same false alarms, on the session's first commit bb7d649). Held to those figures.
    // The fifty-second pass read its misses and fixed them by class (README there): 54/97 → 70/97, false alarms 2/66 → 0/66.
    { name: 'test-48', pass: 'scored once blind in session 24 after its four passes; looked at in the fifty-second pass', exact: 70, falseAlarms: 0, directionsMissed: 1, aims: false },
    // test-49.jsonl: the forty-ninth test set (214 lines from 111 sources: log files committed to public repositories — Postfix,
    // Exim and sendmail logs, PHPMailer, Swiftmailer, smtplib and sending services' error logs — and threads of data tools, ERP, CI,
    // serverless and small languages' mail packages), in no other file, gathered blind late in session 24 and scored after its four
    // passes and fixes (main at 876d784): 82/122 (67.2 %), 0/92 false alarms, directions 2/2 — the same on the session's first
    // commit (bb7d649); the fifty-second pass, merged after that score and blind to this set, made one of its non-failures a false
    // alarm (82/122, 1/92), fixed by class after the merge (a line that hands over to the error printed after it, ERROR_FOLLOWS).
    // The fifty-third pass looked at test-49 (README there): 82/122 → 101/122, false alarms 0/92 and directions 2/2 unchanged; no other
    // set moved.
    { name: 'test-49', pass: 'scored blind late in session 24; looked at in the fifty-third pass', exact: 101, falseAlarms: 0, directionsMissed: 0, aims: false },
    // test-50.jsonl: the fiftieth test set (139 lines from 70 sources: MTA logs, PHPMailer debug transcripts and applications' mail
    // error logs committed to public repositories, log parsers' and SIEM rules' test logs), in no other file, gathered blind at the end
    // of session 24 and scored once after all of its changes (main at cd47a95): 73/80 (91.3 %), 0/59 false alarms, directions 25/26
    // (69/80, directions 24/26, on the session's first commit bb7d649). Held out: not looked at; held to those figures.
    { name: 'test-50', pass: 'scored once blind at the end of session 24', exact: 73, falseAlarms: 0, directionsMissed: 1, aims: false },
    // test-51.jsonl: the fifty-first test set (90 lines from 48 sources: PHPMailer and smtplib debug transcripts, applications' mail
    // logs and troubleshooting notes committed to public repositories), in no other file, gathered blind at the end of session 24 and
    // scored once after all of its changes (main at fe1049a): 45/49 (91.8 %), 0/41 false alarms (44/49 on bb7d649). Held out.
    { name: 'test-51', pass: 'scored once blind at the end of session 24', exact: 45, falseAlarms: 0, directionsMissed: 0, aims: false },
    // test-52.jsonl: the fifty-second test set (131 lines from 64 sources: bounce and DSN fixtures committed to public repositories —
    // bounce-handler libraries, listmonk, Discourse, MediaWiki's BounceHandler; Exim, Postfix, qmail, Sendmail, Exchange, Domino,
    // CommuniGate, Gmail, Yahoo, Office 365 bounces), in no other file, gathered blind at the end of session 24 and scored once after
    // all of its changes (main at d82c45e): 53/66 (80.3 %), 0/65 false alarms (the same on bb7d649). Held out.
    { name: 'test-52', pass: 'scored once blind at the end of session 24', exact: 53, falseAlarms: 0, directionsMissed: 0, aims: false },
  ];
  test.each(looked)('$name ($pass): no worse than its figure after that pass', ({ name, exact, falseAlarms, directionsMissed, aims }) => {
    const rows = load(name);
    const s = score(rows);
    const directed = rows.filter((r) => r.direction && r.category !== '-');
    const directionRight = directed.filter((r) => judge(r.line).direction === r.direction).length;
    process.stdout.write(`corpus ${name}: ${s.exact}/${s.failures} exact (${(100 * s.share).toFixed(1)} %), ${s.falseAlarms}/${s.nonFailures} false alarms, directions ${directionRight}/${directed.length} on failures, ${s.lines} lines from ${s.sources} sources\n`);
    if (aims) {
      expect(s.share).toBeGreaterThanOrEqual(0.95);
      expect(s.falseAlarms / s.nonFailures).toBeLessThanOrEqual(1 / 50);
    }
    expect(s.exact).toBeGreaterThanOrEqual(exact);
    expect(s.falseAlarms).toBeLessThanOrEqual(falseAlarms);
    expect(directionRight).toBeGreaterThanOrEqual(directed.length - directionsMissed);
  });
});
