// Twenty-one sets of wire-style news written for Parley by coders who did not read its code or lexicon, each
// item with the events a careful CAMEO coder gives it (test/eval/heldout-*.jsonl; optional events and
// alternative codes are marked). Scored first, then used to find causes to fix:
//   heldout-1 (80 items): root F1 0.628 when first scored, then used for development;
//   heldout-2 (70 items): 0.575 when first scored, after the fixes heldout-1 led to;
//   heldout-3 (70 items): 0.434 when first scored, after both;
//   heldout-4 (60 items, 2024-2025): 0.541 when first scored, after all three (0.530 with the code
//   of the session before, which had not seen it either);
//   heldout-5 (60 items, 2022-2025, all regions, one item with no event): 0.503 with the code of the
//   session before, 0.524 after that session's fixes found on sets 1-4, before it was read;
//   heldout-6 (60 items, mostly 2019-2021, all regions, two items with no event): 0.517 with the code
//   of the session before, 0.519 after that session's first fixes, made before it was read;
//   heldout-7 (60 items, 2015-2018, half of them long articles of 6-9 sentences with quotes and
//   reactions): 0.479 with the code of the session before, 0.516 after that session's fixes found on
//   sets 1-6, before it was read;
//   heldout-8 (60 items, 2010-2014 and 2022-2025, 15 long articles, three items with no event):
//   0.406 with the code of the session before, 0.411 after that session's first fixes, made before
//   it was read;
//   heldout-9 (60 items, 2000-2009 and 2015-2021, 15 long articles, three items with no event):
//   0.491 with the code of the session before, 0.499 after that session's first fixes, made before
//   it was read;
//   heldout-10 (60 items, 2010-2014 and 2022-2025, every region): 0.583 with the code of the session
//   before, 0.584 after that session's first fixes, made before it was read;
//   heldout-11 (60 items, 1995-2009, 2016-2020 and 2023-2025, every region, dense: six required
//   events an item): 0.520 with the code of the session before, 0.535 after that session's fixes
//   found on sets 7-10, before it was read;
//   heldout-12 (60 items: 20 from 2000-2012, 20 from 2013-2019, 20 from 2020-2025, every region;
//   written by three coders, one period each): 0.532 with the code of the session before, 0.535
//   after that session's first fixes (found on sets 10 and 11), made before it was read;
//   heldout-13 (60 items, written the same way as set 12 by three new coders): 0.502 with the code of
//   the session before. Its coders wrote international bodies with codes of their own ("UNO", "EUR",
//   "AFR", "NAT", "ARB", "ICC", "OAS"); these were mapped, before it was read, to the codes the other
//   sets use (IGOUNO, IGOEUREEC, IGOAFRAU, IGOWSTNAT, IGOMEAARL, IGOJUDICC, IGOOAS): 0.444 unmapped.
//   heldout-14 (60 items, written the same way by three new coders, who were given the IGO codes):
//   0.556 with the code of the session before, 0.560 after that session's first fixes (found on sets
//   1-13), made before it was read. One coder wrote the International Court of Justice as IGOJUDICJ;
//   it was mapped, before it was read, to IGOUNOJUDICJ, the code Parley and Phoenix use.
//   heldout-15 (60 items, written the same way by three new coders): 0.558 with the code of the
//   session before. Its 2012-2019 and 2020-2025 thirds came first and were read; its 2000-2011 third
//   scored 0.512 with that code and 0.521 with the fixes they led to, before it was read. One coder
//   wrote codes with a space ("MLI MIL"); the spaces were taken out before it was read.
//   heldout-16 (60 items, written the same way by three new coders): 0.630 with the code of the
//   session before (its thirds: 2000-2011 0.692, 2012-2019 0.588, 2020-2025 0.601), scored before
//   it was read. Many of its stories are ones earlier sets told in other words (the Hezbollah raid of
//   2006, the Myanmar coup, Venezuela's expulsions of 2024). The 2012-2019 coder read the brief's
//   code table as having no 01x and 02x codes, wrote around such acts, and listed the 11 it would
//   still code apart; they were merged in as optional events before the set was read. That
//   session's work, found mostly on it, took it to 0.685.
//   heldout-17 (60 items, 20 each from 2000-2011, 2012-2019 and 2020-2025, written the same way by
//   three new coders asked for second-tier stories): 0.585 with the code of the session before (its
//   thirds: 0.611, 0.613, 0.533), each third scored before it was read; the thirds were read in turn
//   as they came. The brief had wrongly listed police as POL and Kosovo as XKX; the coders' 40 POL
//   codes were mapped to CAMEO's COP and 7 XKX codes to KSV, before the third that had them was read.
//   That session's work, found on it, took it to 0.664.
//   heldout-18 (60 items, three new coders, the same brief with police as COP and Kosovo as KSV):
//   0.601 with the code of the session before (thirds 0.626, 0.590, 0.590), each third scored before
//   it was read. That session's work, found mostly on it, took it to 0.643.
//   heldout-19 (60 items, three more coders, written while that session worked on set 18): 0.554 with
//   the session's starting code, all three thirds scored before they were read; 0.579 with its final
//   code. 24 of its 60 stories are ones set 18 told in other words (the coders draw on the same
//   memory of events); on the other 36, 0.549 -> 0.580.
//   heldout-20 (60 items, three new coders, told which ~1,200 stories the earlier sets used, and to
//   pick others): 0.581 with the session's starting code (thirds 0.524, 0.628, 0.581), all scored
//   before they were read; 0.616 with its final code (0.579, 0.654, 0.604).
//   heldout-21 (60 items, three new coders given the ~1,270 earlier stories to avoid; two of them
//   wrote the same two stories, Ecuador's Congress ousting Gutierrez in 2005 and Malawi's court
//   annulling the 2019 election): 0.523 with the session's starting code (thirds 0.497, 0.573,
//   0.484), each third scored before it was read; 0.561 with its final code. Its brief too listed the
//   African Union as IGOAFRAU, mapped to IGOAFRAFU before it was added.
//   heldout-22 (60 items, three new coders given the ~1,330 earlier stories to avoid, one coder a
//   decade: 1995-2004, 2005-2014, 2015-2025): 0.570 with the session's starting code (thirds 0.494,
//   0.601, 0.621), each third scored before it was read; 0.620 at the end of that session.
//   heldout-23 (60 items, three new coders given the ~1,390 earlier stories to avoid and asked for
//   second-tier stories, one coder a decade): written and scored in the same session, before it was
//   read: 0.569 with the session's starting code (thirds 0.525, 0.638, 0.537) and 0.575 with the code
//   of then (the fixes set 22 led to and the 1990s office-holders: 0.544, 0.638, 0.534); 0.596 at
//   the end of that session, after fixes found on it too.
//   Its OSCE code (IGOEUROSC) compares with Parley's on its first six letters, as every IGO code does.
//   heldout-24 (60 items, three new coders given the ~1,450 earlier stories to avoid, second-tier
//   stories and regions easy to overlook, one coder a decade): scored before it was read, 0.570 with
//   the session's starting code (thirds 0.587, 0.543, 0.584); 0.603 at the end of that session.
//   heldout-25 (60 items, three new coders given the ~1,510 earlier stories to avoid, second-tier
//   stories and regions easy to overlook, one coder a decade): scored before it was read, 0.571 with
//   the session's starting code (thirds 0.605, 0.642, 0.452); 0.609 at the end of that session.
//   Its OSCE and CARICOM codes (IGOEUROSC, IGOCRBCAR) are the coders' own; IGO codes compare on their first six letters.
//   heldout-26 (60 items, three new coders given the ~1,570 earlier stories to avoid, second-tier
//   stories and regions easy to overlook, one coder a decade): scored before it was read, 0.515 with
//   the session's starting code (thirds 0.468, 0.542, 0.533); 0.580 at the end of that session.
//   Its SADC code (IGOSAFDEVSAD) is the coder's own.
//   heldout-27 (60 items, three new coders given the ~1,630 earlier stories to avoid, second-tier
//   stories and regions easy to overlook, one coder a decade): scored before it was read, 0.508 with
//   the session's starting code (thirds 0.423, 0.497, 0.592); 0.606 at the end of that session.
// The briefs of sets 18 and 19 listed the African Union as IGOAFRAU; the coders' codes were mapped to Parley's (and
// PETRARCH's) IGOAFRAFU before the sets were added. Country-level scores do not change (IGO codes
// compare on their first six letters).
// Sets 13 and 14 wrote Sudan as "SUD" in 13 events, a code no coder can match (CAMEO and ISO use SDN);
// it was corrected to SDN on 29 November 2026, after their first scores, which stand as measured.
// The floors are pinned a little below today's scores: a change that lowers them fails here, one
// that raises them should raise the pins.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { builtinCoder } from '../helpers/coder.js';
import { goldFromRecords, parseJsonl, predictionsFromRecords, scoreEvents, scoreJson } from '../../src/eval/index.js';

const PINNED: Record<string, number> = {
  'heldout-1.jsonl': 0.90, 'heldout-2.jsonl': 0.78, 'heldout-3.jsonl': 0.74, 'heldout-4.jsonl': 0.72, 'heldout-5.jsonl': 0.72, 'heldout-6.jsonl': 0.65,
  'heldout-7.jsonl': 0.64, 'heldout-8.jsonl': 0.56, 'heldout-9.jsonl': 0.56, 'heldout-10.jsonl': 0.67, 'heldout-11.jsonl': 0.62,
  'heldout-12.jsonl': 0.65, 'heldout-13.jsonl': 0.63, 'heldout-14.jsonl': 0.63, 'heldout-15.jsonl': 0.63, 'heldout-16.jsonl': 0.67,
  'heldout-17.jsonl': 0.64, 'heldout-18.jsonl': 0.63, 'heldout-19.jsonl': 0.56, 'heldout-20.jsonl': 0.60, 'heldout-21.jsonl': 0.53,
  'heldout-22.jsonl': 0.57,
  'heldout-23.jsonl': 0.56,
  'heldout-24.jsonl': 0.56,
  'heldout-25.jsonl': 0.56,
  'heldout-26.jsonl': 0.54,
  'heldout-27.jsonl': 0.58,
};

for (const [file, floor] of Object.entries(PINNED)) {
  test(`${file}: root-level F1 >= ${floor}`, async () => {
    const gold = parseJsonl(readFileSync(new URL(file, import.meta.url), 'utf8'), file);
    const coder = await builtinCoder();
    const pred = gold.flatMap((r) => {
      const doc = r as { id: string; date: string; text: string };
      return coder.code({ id: doc.id, date: doc.date, text: doc.text }).events;
    });
    const scores = scoreJson(scoreEvents(goldFromRecords(gold), predictionsFromRecords(pred))) as unknown as Record<string, { f1: number }>;
    assert.ok(scores['root']!.f1 >= floor, `root F1 ${scores['root']!.f1}`);
  });
}
