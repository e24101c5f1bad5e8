"""Training sets: labelled cases the engine's rules were tuned on.

The sets in ``train/`` were each written before their authors read the engine, then its failures were
fixed with rules, so they are *training* data now (they used to be called "blind"; once tuned on, a
set no longer measures unseen text). Their floors guard against regressions only:

- ``train1`` (h001-h120): varied authors and styles;
- ``train2`` (b001-b100): unlike the dev cases (one-liners, long letters, implied contact, hedges);
- ``train3`` (c001-c100): in the dev cases' registers;
- ``train4`` (e001-e066), ``train5`` (f001-f037), ``train6`` (g001-g025): the department by the person
  affected and the appeal body by the kind of decision;
- ``train7`` (k001-k036): all verdicts and departments, a few in English, some misspelt;
- ``train8`` (ha, hb, hc; 170 cases): was ``heldout/heldout_2026_12.jsonl``, written by three writers who
  never saw the engine and scored once (verdict 0.818 at stop 10, docs/triage.md "Held-out estimate");
  since then used for tuning, so a training set like the others. Its failures are fixed by *kind*
  (general vocabulary, clause structure, areas), never one sentence at a time.
- ``train9`` (hb1, hb2; 180 cases: 90 situations each told twice, ids ``…a`` and ``…b``): was
  ``heldout/heldout_2026_12b.jsonl``, written on 2026-12-03 by two writers who had read only the contract,
  the domain notes and the seed, and scored once after the triage v2 round (verdict 0.906, docs/triage.md
  "Held-out estimate"); tuned on since. Its two tellings of a situation must get the same verdict
  (``test_both_tellings_get_the_same_verdict``).
- ``train10`` (hc1, hc2; 180 cases: 90 situations told twice): was ``heldout/heldout_2026_12c.jsonl``, written
  on 2026-12-03 by two writers who had read only the contract, the domain notes and the seed, reviewed by a
  third (``train/train10.review.md``), and scored once after the triage v3 round (verdict 0.883,
  docs/triage.md "History: held-out estimate heldout_2026_12c"); tuned on since, in the triage v4 round.

- ``train11`` (he1, he2; 180 cases: 90 situations told twice): was ``heldout/heldout_2026_12e.jsonl``, scored once on
  2026-12-03 (verdict 0.889), tuned on since, in the triage v5 round (``train/train11.review.md``).
- ``train12`` (t12a-t12c; 180 cases: 90 situations told twice): written on 2026-12-04 as training data by three
  writers who had read only the contract, the domain notes and the seed (grids: care, social work and jobs;
  children, culture and the town hall; the city and what is not the municipality's), reviewed blind by a fourth
  (``train/train12.review.md``: 90 of 90 situations agreed). Scored once before it was used (verdict 0.883), then
  tuned on in the triage v8 round and learned from by the retrained model.
- ``train14`` (hg1-hg3; 180 cases): was ``heldout/heldout_2026_12g.jsonl``, the held-out estimate of the v6 round
  (verdict 0.872). Retraining the learned component with train13 in the v8 round flipped the verdict of one telling
  in two of its situations (pairs 0.833 → 0.811, below its floor; verdict unchanged), found by scoring the round's
  commits, figures only. A floor is not lowered, so the set was taken into training (its failures unread until then)
  and the model retrained with it; ``heldout_2026_12h`` and ``heldout_2026_12i`` are the held-out estimate now.
- ``train13`` (t13a-t13c; 180 cases: 90 situations told twice): written the same way on 2026-12-04 (grids: the edges of
  the verdict rules; decisions and where they go; messy real letters), reviewed blind (``train/train13.review.md``:
  89 of 90 agreed, no change). Scored once before it was used (verdict 0.844 on the v8 engine of that hour, 0.850 on
  main), then tuned on in the v8 round and learned from.
- ``train15``, ``train16`` (t15a-t15c, t16a-t16c), ``train17`` (t17a-t17c; 180 cases each: 90 situations told
  twice): written on 2026-12-04 and 2026-12-05 as training data the same way (briefs in ``briefs/``), reviewed blind
  (``train/train1[5-7].review.md``). Each scored once before it was used (verdict 0.894, 0.894 and 0.839), then
  tuned on in the triage v9 and v10 rounds and learned from by the model retrained in the v10 round.
- ``train18`` (hh1-hh3) and ``train19`` (hk1-hk3): were ``heldout/heldout_2026_12h.jsonl`` and
  ``heldout_2026_12k.jsonl`` (first scored: verdict 0.856 and 0.817). The v10 round's rules split one situation of 12k
  (pairs 0.811 → 0.800, its verdict up one case), and retraining the model with train15-17 moved 12h's grounds and
  refer_to one case under their floors (scored per commit, figures only). Floors are not lowered, so both were taken
  into training (their failures unread until then) and the model retrained with them; ``heldout_2026_12l`` (written
  on 2026-12-05) is the fresh estimate (docs/triage.md).
- ``train20`` (t20a-t20c, 180 cases) and ``train21`` (t21a-t21b, 120 cases): written on 2026-12-05 as training data
  the same way, reviewed blind, each scored once before it was used (verdict 0.933 and 0.917), then tuned on in the
  triage v11 and v12 rounds and learned from by the model retrained in the v12 round.
- ``train22`` (hl1-hl3): was ``heldout/heldout_2026_12l.jsonl`` (first scored: verdict 0.917). The v12 round's words
  for private parking companies made one more telling right and split its situation (pairs 0.900 → 0.889, figures
  only); a floor is not lowered, so it was taken into training (its failures unread until then) and the model
  retrained with it. It was the highest-scoring current set, so its retirement lowers the current estimate.
- ``train29`` (hr1-hr3): was ``heldout/heldout_2026_12r.jsonl`` (first scored: verdict 0.906). A first
  form of the triage v16 round's private-school words ("free school" beside "friskole") split one of its situations
  (pairs 0.889 → 0.867, figures only); a floor is not lowered, so it was retired, and waits in ``incoming/`` for a
  round that trains on it (``incoming/README.md`` says what was read of it).
- ``train30`` ... ``train38``: were ``heldout/heldout_2026_12d``, ``12i``, ``12m``, ``12n``, ``12p``, ``12q``,
  ``12s``, ``12t`` and ``12u``, the nine oldest held-out sets, retired together at the start of the triage v18 round
  (2026-12-06, stop 31) so that their failures could be read for rules by kind: the rule rounds v14-v17, tuned on
  training sets only, had moved the training figures and not the fresh ones. ``train23`` ... ``train29``, which waited
  in ``incoming/``, came with them; the model was retrained on train1-train38 in that round. Their floors are the
  figures after it.
- ``train39`` ... ``train42`` (in ``incoming/``): were ``heldout/heldout_2026_12v``, ``12w``, ``12x`` and ``12y``, the
  four oldest held-out sets, retired together at the start of the triage v19 round (2026-12-06, stop 32), before any
  of their failures was read, so that their failures could be read for rules by kind. The learned component does not
  learn from them while they are in ``incoming/`` (retrained with them, it moved held-out figures under their floors,
  figures only, three times during the round); their floors are their figures at the round's end.
- ``train43`` ... ``train46`` (in ``incoming/``): were ``heldout/heldout_2026_12z``, ``12aa``, ``12ab`` and ``12ac``,
  the four oldest held-out sets, retired together at the start of the triage v20 round (2026-12-06, stop 33), before
  any of their failures was read, so that their failures could be read for rules by kind; their floors are their
  figures when last held out.
- ``train47`` ... ``train50`` (in ``incoming/``): were ``heldout/heldout_2026_12ad``, ``12ae``, ``12af`` and
  ``12ag``, the four oldest held-out sets, retired together at the start of the triage v21 round (2026-12-06, stop 34),
  before any of their failures was read, so that their failures could be read for rules by kind; their floors are
  their figures when last held out.
- ``train51`` ... ``train54`` (in ``incoming/``): were ``heldout/heldout_2026_12ah``, ``12ai``, ``12aj`` and
  ``12ak``, the four oldest held-out sets, retired together at the start of the triage v22 round (2026-12-06, stop 35),
  before any of their failures was read, so that their failures could be read for rules by kind; their floors are
  their figures when last held out.
- ``train55`` ... ``train58`` (in ``incoming/``): were ``heldout/heldout_2026_12al``, ``12am``, ``12an`` and
  ``12ao``, the four oldest held-out sets, retired together at the start of the triage v23 round (2026-12-07, stop 36),
  before any of their failures was read, so that their failures could be read for rules by kind; their floors are
  their figures when last held out.
- ``train59`` ... ``train62`` (in ``incoming/``): were ``heldout/heldout_2026_12ap``, ``12aq``, ``12ar`` and
  ``12as``, the four oldest held-out sets, retired together at the start of the triage v24 round (2026-12-07, stop 37),
  before any of their failures was read, so that their failures could be read for rules by kind; their floors are
  their figures when last held out.
- ``train63`` ... ``train66`` (in ``incoming/``): were ``heldout/heldout_2026_12at``, ``12au``, ``12av`` and
  ``12aw``, the four oldest held-out sets, retired together at the start of the triage v25 round (2026-12-07, stop 38),
  before any of their failures was read, so that their failures could be read for rules by kind; their floors are
  their figures when last held out.
- ``train67`` ... ``train70`` (in ``incoming/``): were ``heldout/heldout_2026_12ax``, ``12ay``, ``12az`` and
  ``12ba``, the four oldest held-out sets, retired together at the start of the triage v26 round (2026-12-07, stop 39),
  before any of their failures was read, so that their failures could be read for rules by kind; their floors are
  their figures when last held out.
- ``train71`` ... ``train74`` (in ``incoming/``): were ``heldout/heldout_2026_12bb``, ``12bc``, ``12bd`` and
  ``12be``, the four oldest held-out sets, retired together at the start of the triage v27 round (2026-12-07, stop 40),
  before any of their failures was read, so that their failures could be read for rules by kind; their floors are
  their figures when last held out.
- ``train75`` ... ``train78`` (in ``incoming/``): were ``heldout/heldout_2026_12bf``, ``12bg``, ``12bh`` and
  ``12bi``, the four oldest held-out sets, retired together at the start of the triage v28 round (2026-12-07, stop 40),
  before any of their failures was read, so that their failures could be read for rules by kind; their floors are
  their figures when last held out.
- ``train79`` and ``train80`` (in ``incoming/``): were ``heldout/heldout_2026_12bj`` and ``12bk``, the two oldest
  held-out sets, retired together at the start of the triage v29 round (2026-12-07, stop 41), before any of their
  failures was read, so that their failures could be read for rules by kind; their floors are their figures when last
  held out.
- ``train81`` and ``train82`` (in ``incoming/``): were ``heldout/heldout_2026_12bl`` and ``12bm``, the two oldest
  held-out sets, retired together at the start of the triage v30 round (2026-12-07, stop 42), before any of their
  failures was read, so that their failures could be read for rules by kind; their floors are their figures when last
  held out.
- ``train83`` and ``train84`` (in ``incoming/``): were ``heldout/heldout_2026_12bn`` and ``12bo``, the two oldest
  held-out sets, retired together at the start of the triage v31 round (2026-12-07, stop 43), before any of their
  failures was read, so that their failures could be read for rules by kind; their floors are their figures when last
  held out.
- ``train85`` (in ``incoming/``): was ``heldout/heldout_2026_12bq``. The triage v31 round's first rules, with the
  whole triage suite run mid-round, moved its grounds and exclusions under their floors (figures only); a floor is not
  lowered, so it was taken into training, its failures unread until then, and read for the round's later rules.
- ``train86`` (in ``incoming/``): was ``heldout/heldout_2026_12bp``, the oldest held-out set, retired at the start of
  the triage v32 round (2026-12-07, stop 43), before any of its failures was read; its floors are its figures when
  last held out.
- ``train87`` and ``train88`` (in ``incoming/``): were ``heldout/heldout_2026_12br`` and ``12bs``, the two oldest
  held-out sets, retired at the start of the triage v33 round (2026-12-07, stop 44), before any of their failures was
  read; their floors are their figures when last held out.
- ``train89`` and ``train90`` (in ``incoming/``; t89a-t89c, t90a-t90c): written on 2026-12-07 (stop 44) as training
  data by six writers who had read only the contract, the domain notes and the seed (briefs in ``briefs/``), not
  reviewed; each scored once before it was used (verdict 0.928 and 0.950), then read by kind in the triage v34 round.

Held-out sets are the files in ``heldout/``: now ``heldout_2026_12bt`` (written at the start of stop 43, before the
triage v31 round began, first scored at its end on its final engine and on the engine before it), the sets written
for the triage v32 round (``12bu``, ``12bv``) and those written for the triage v33 round:
the current ones (docs/triage.md "Held-out estimate"), none tuned on; their writers read only the
contract, the domain notes and the seed, and a fourth person reviewed each set blind (``heldout/*.review.md``). Every
file there is checked for completeness and scored; a set with no floors yet is scored and skipped, its figures printed:
that first score is the held-out measurement, and it becomes the set's floors (a guard against regressions). A held-out
set is never tuned on; once it has been, it moves to ``train/`` (or ``incoming/``) and a new one is written.

Run with ``-s`` to see each set's table and every failing case.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from borgerraad.triage.engine import triage
from borgerraad.triage.selectors import triage_config_get
from tests.triage.cases import load, mismatches

HERE = Path(__file__).resolve().parent
TRAIN8 = "train/train8.jsonl"
TRAIN9 = "train/train9.jsonl"
TRAIN10 = "train/train10.jsonl"
# train23-train29 waited in incoming/ until the triage v18 round.
TRAIN23 = "train/train23.jsonl"
TRAIN24 = "train/train24.jsonl"
TRAIN25 = "train/train25.jsonl"
TRAIN26 = "train/train26.jsonl"
TRAIN27 = "train/train27.jsonl"
TRAIN28 = "train/train28.jsonl"
TRAIN29 = "train/train29.jsonl"
TRAIN30 = "train/train30.jsonl"  # was heldout/heldout_2026_12d.jsonl
TRAIN11 = "train/train11.jsonl"
TRAIN12 = "train/train12.jsonl"
TRAIN13 = "train/train13.jsonl"
TRAIN31 = "train/train31.jsonl"  # was heldout/heldout_2026_12i.jsonl
TRAIN22 = "train/train22.jsonl"  # was heldout/heldout_2026_12l.jsonl
TRAIN32 = "train/train32.jsonl"  # was heldout/heldout_2026_12m.jsonl
TRAIN33 = "train/train33.jsonl"  # was heldout/heldout_2026_12n.jsonl
TRAIN34 = "train/train34.jsonl"  # was heldout/heldout_2026_12p.jsonl
TRAIN35 = "train/train35.jsonl"  # was heldout/heldout_2026_12q.jsonl
TRAIN36 = "train/train36.jsonl"  # was heldout/heldout_2026_12s.jsonl
TRAIN37 = "train/train37.jsonl"  # was heldout/heldout_2026_12t.jsonl
TRAIN38 = "train/train38.jsonl"  # was heldout/heldout_2026_12u.jsonl
TRAIN39 = "incoming/train39.jsonl"  # was heldout/heldout_2026_12v.jsonl
TRAIN40 = "incoming/train40.jsonl"  # was heldout/heldout_2026_12w.jsonl
TRAIN41 = "incoming/train41.jsonl"  # was heldout/heldout_2026_12x.jsonl
TRAIN42 = "incoming/train42.jsonl"  # was heldout/heldout_2026_12y.jsonl
TRAIN43 = "incoming/train43.jsonl"  # was heldout/heldout_2026_12z.jsonl
TRAIN44 = "incoming/train44.jsonl"  # was heldout/heldout_2026_12aa.jsonl
TRAIN45 = "incoming/train45.jsonl"  # was heldout/heldout_2026_12ab.jsonl
TRAIN46 = "incoming/train46.jsonl"  # was heldout/heldout_2026_12ac.jsonl
TRAIN47 = "incoming/train47.jsonl"  # was heldout/heldout_2026_12ad.jsonl
TRAIN48 = "incoming/train48.jsonl"  # was heldout/heldout_2026_12ae.jsonl
TRAIN49 = "incoming/train49.jsonl"  # was heldout/heldout_2026_12af.jsonl
TRAIN50 = "incoming/train50.jsonl"  # was heldout/heldout_2026_12ag.jsonl
TRAIN51 = "incoming/train51.jsonl"  # was heldout/heldout_2026_12ah.jsonl
TRAIN52 = "incoming/train52.jsonl"  # was heldout/heldout_2026_12ai.jsonl
TRAIN53 = "incoming/train53.jsonl"  # was heldout/heldout_2026_12aj.jsonl
TRAIN54 = "incoming/train54.jsonl"  # was heldout/heldout_2026_12ak.jsonl
TRAIN55 = "incoming/train55.jsonl"  # was heldout/heldout_2026_12al.jsonl
TRAIN56 = "incoming/train56.jsonl"  # was heldout/heldout_2026_12am.jsonl
TRAIN57 = "incoming/train57.jsonl"  # was heldout/heldout_2026_12an.jsonl
TRAIN58 = "incoming/train58.jsonl"  # was heldout/heldout_2026_12ao.jsonl
TRAIN59 = "incoming/train59.jsonl"  # was heldout/heldout_2026_12ap.jsonl
TRAIN60 = "incoming/train60.jsonl"  # was heldout/heldout_2026_12aq.jsonl
TRAIN61 = "incoming/train61.jsonl"  # was heldout/heldout_2026_12ar.jsonl
TRAIN62 = "incoming/train62.jsonl"  # was heldout/heldout_2026_12as.jsonl
TRAIN63 = "incoming/train63.jsonl"  # was heldout/heldout_2026_12at.jsonl
TRAIN64 = "incoming/train64.jsonl"  # was heldout/heldout_2026_12au.jsonl
TRAIN65 = "incoming/train65.jsonl"  # was heldout/heldout_2026_12av.jsonl
TRAIN66 = "incoming/train66.jsonl"  # was heldout/heldout_2026_12aw.jsonl
TRAIN67 = "incoming/train67.jsonl"  # was heldout/heldout_2026_12ax.jsonl
TRAIN68 = "incoming/train68.jsonl"  # was heldout/heldout_2026_12ay.jsonl
TRAIN69 = "incoming/train69.jsonl"  # was heldout/heldout_2026_12az.jsonl
TRAIN70 = "incoming/train70.jsonl"  # was heldout/heldout_2026_12ba.jsonl
TRAIN71 = "incoming/train71.jsonl"  # was heldout/heldout_2026_12bb.jsonl
TRAIN72 = "incoming/train72.jsonl"  # was heldout/heldout_2026_12bc.jsonl
TRAIN73 = "incoming/train73.jsonl"  # was heldout/heldout_2026_12bd.jsonl
TRAIN74 = "incoming/train74.jsonl"  # was heldout/heldout_2026_12be.jsonl
TRAIN75 = "incoming/train75.jsonl"  # was heldout/heldout_2026_12bf.jsonl
TRAIN76 = "incoming/train76.jsonl"  # was heldout/heldout_2026_12bg.jsonl
TRAIN77 = "incoming/train77.jsonl"  # was heldout/heldout_2026_12bh.jsonl
TRAIN78 = "incoming/train78.jsonl"  # was heldout/heldout_2026_12bi.jsonl
TRAIN79 = "incoming/train79.jsonl"  # was heldout/heldout_2026_12bj.jsonl
TRAIN80 = "incoming/train80.jsonl"  # was heldout/heldout_2026_12bk.jsonl
TRAIN81 = "incoming/train81.jsonl"  # was heldout/heldout_2026_12bl.jsonl
TRAIN82 = "incoming/train82.jsonl"  # was heldout/heldout_2026_12bm.jsonl
TRAIN83 = "incoming/train83.jsonl"  # was heldout/heldout_2026_12bn.jsonl
TRAIN84 = "incoming/train84.jsonl"  # was heldout/heldout_2026_12bo.jsonl
TRAIN86 = "incoming/train86.jsonl"  # was heldout/heldout_2026_12bp.jsonl
TRAIN85 = "incoming/train85.jsonl"  # was heldout/heldout_2026_12bq.jsonl
TRAIN87 = "incoming/train87.jsonl"  # was heldout/heldout_2026_12br.jsonl
TRAIN88 = "incoming/train88.jsonl"  # was heldout/heldout_2026_12bs.jsonl
TRAIN89 = "incoming/train89.jsonl"  # written as training data for the triage v34 round
TRAIN90 = "incoming/train90.jsonl"  # written as training data for the triage v34 round
HELDOUT12BW = "heldout/heldout_2026_12bw.jsonl"
HELDOUT12BX = "heldout/heldout_2026_12bx.jsonl"
HELDOUT12BT = "heldout/heldout_2026_12bt.jsonl"
HELDOUT12BU = "heldout/heldout_2026_12bu.jsonl"
HELDOUT12BV = "heldout/heldout_2026_12bv.jsonl"
TRAIN14 = "train/train14.jsonl"  # was heldout/heldout_2026_12g.jsonl
TRAIN15 = "train/train15.jsonl"
TRAIN16 = "train/train16.jsonl"
TRAIN17 = "train/train17.jsonl"
TRAIN18 = "train/train18.jsonl"  # was heldout/heldout_2026_12h.jsonl
TRAIN19 = "train/train19.jsonl"  # was heldout/heldout_2026_12k.jsonl
TRAIN20 = "train/train20.jsonl"
TRAIN21 = "train/train21.jsonl"
TRAIN_SETS = {"train/train1.jsonl": 120, "train/train2.jsonl": 100, "train/train3.jsonl": 100,
              "train/train4.jsonl": 66, "train/train5.jsonl": 37, "train/train6.jsonl": 25,
              "train/train7.jsonl": 36, TRAIN8: 170, TRAIN9: 180, TRAIN10: 180,
              TRAIN11: 180, TRAIN12: 180, TRAIN13: 180, TRAIN14: 180, TRAIN15: 180, TRAIN16: 180, TRAIN17: 180,
              TRAIN18: 180, TRAIN19: 180, TRAIN20: 180, TRAIN21: 120, TRAIN22: 180,
              # Taken into train/ in the triage v18 round: train23-29 from incoming/, train30-38 the retired
              # held-out sets.
              TRAIN23: 120, TRAIN24: 120, TRAIN25: 120, TRAIN26: 180, TRAIN27: 180, TRAIN28: 180,
              TRAIN29: 180,
              TRAIN30: 180, TRAIN31: 180, TRAIN32: 180, TRAIN33: 180, TRAIN34: 180, TRAIN35: 180, TRAIN36: 180,
              TRAIN37: 180, TRAIN38: 180,
              # Retired to incoming/ at the start of the triage v19 round (stop 32): the four oldest held-out sets.
              TRAIN39: 180, TRAIN40: 180, TRAIN41: 180, TRAIN42: 180,
              # Retired to incoming/ at the start of the triage v20 round (stop 33): the four oldest held-out sets.
              TRAIN43: 180, TRAIN44: 180, TRAIN45: 180, TRAIN46: 180,
              # Retired to incoming/ at the start of the triage v21 round (stop 34): the four oldest held-out sets.
              TRAIN47: 180, TRAIN48: 180, TRAIN49: 180, TRAIN50: 180,
              # Retired to incoming/ at the start of the triage v22 round (stop 35): the four oldest held-out sets.
              TRAIN51: 180, TRAIN52: 180, TRAIN53: 180, TRAIN54: 180,
              # Retired to incoming/ at the start of the triage v23 round (stop 36): the four oldest held-out sets.
              TRAIN55: 180, TRAIN56: 180, TRAIN57: 180, TRAIN58: 180,
              # Retired to incoming/ at the start of the triage v24 round (stop 37): the four oldest held-out sets.
              TRAIN59: 180, TRAIN60: 180, TRAIN61: 180, TRAIN62: 180,
              # Retired to incoming/ at the start of the triage v25 round (stop 38): the four oldest held-out sets.
              TRAIN63: 180, TRAIN64: 180, TRAIN65: 180, TRAIN66: 180,
              # Retired to incoming/ at the start of the triage v26 round (stop 39): the four oldest held-out sets.
              TRAIN67: 180, TRAIN68: 180, TRAIN69: 180, TRAIN70: 180,
              # Retired to incoming/ at the start of the triage v27 round (stop 40): the four oldest held-out sets.
              TRAIN71: 180, TRAIN72: 180, TRAIN73: 180, TRAIN74: 180,
              # Retired to incoming/ at the start of the triage v28 round (stop 40): the four oldest held-out sets.
              TRAIN75: 180, TRAIN76: 180, TRAIN77: 180, TRAIN78: 180,
              # Retired to incoming/ at the start of the triage v29 round (stop 41): the two oldest held-out sets.
              TRAIN79: 180, TRAIN80: 180,
              # Retired to incoming/ at the start of the triage v30 round (stop 42): the two oldest held-out sets.
              TRAIN81: 180, TRAIN82: 180,
              # Retired to incoming/ at the start of the triage v31 round (stop 43): the two oldest held-out sets.
              TRAIN83: 180, TRAIN84: 180,
              # Retired to incoming/ in the triage v31 round (stop 43): its first rules moved it under two floors.
              TRAIN85: 180,
              # Retired to incoming/ at the start of the triage v32 round (stop 43): the oldest held-out set.
              TRAIN86: 180,
              # Retired to incoming/ at the start of the triage v33 round (stop 44): the two oldest held-out sets.
              TRAIN87: 180, TRAIN88: 180,
              # Written as training data for the triage v34 round (stop 44).
              TRAIN89: 180, TRAIN90: 180}
# Whatever held-out sets are there (their size is whatever their writers wrote; none between two rounds).
HELDOUT_SETS = [f"heldout/{path.name}" for path in sorted((HERE / "heldout").glob("*.jsonl"))]
SETS = [*TRAIN_SETS, *HELDOUT_SETS]
# Sets whose situations are each told twice (ids ending in a and b), with the share of situations whose two
# tellings must get the same verdict.
# train9: 0.878 when held out (stop 11), 0.967 after the triage v3 round (tuned on it).
# train10: 0.833 when held out as heldout_2026_12c (scored once on 2026-12-03), 0.900 after the triage v4 round.
# heldout_2026_12d: 0.789, scored after the triage v4 round (held out: never tuned on).
# train11: 0.822 when held out as heldout_2026_12e (scored once on 2026-12-03), 0.922 after the triage v5 round.
# heldout_2026_12d: 0.822 after the triage v5 round. heldout_2026_12f: 0.756 before the v5 round, 0.789 after it.
# With the learned component on by default (2026-12-04): heldout_2026_12d 0.856, heldout_2026_12f 0.822,
# heldout_2026_12g 0.822 before the v6 round and the learned component, 0.833 after them.
# train12: 0.856 before it was used (2026-12-04), 0.967 after the triage v8 round.
# train13: 0.756 before it was used (2026-12-04, v8 engine of that hour), 0.844 after the v8 round.
# After the triage v9 round (the beside head): heldout_2026_12h 0.822, 12j 0.889, 12k 0.811 (before and after).
# heldout_2026_12l: 0.900 when first scored (2026-12-05, the engine of b773a67).
# After the triage v11 round (2026-12-05): 12d 0.889, 12f 0.867, 12i 0.900, 12m 0.856 (0.822 when first scored).
# heldout_2026_12n: 0.822 when first scored (2026-12-05, the engine of de15778, the end of the v11 round).
# Raised at the end of the triage v25 round (stop 38) where its rules lifted a set: train13, train18, train21, train44,
# train57, train63-train66.
PAIRED = {TRAIN9: 0.96, TRAIN10: 0.9, TRAIN11: 0.92, TRAIN12: 0.96, TRAIN13: 0.95, TRAIN30: 0.92,
          TRAIN14: 0.83, TRAIN18: 0.92, TRAIN31: 0.95, TRAIN19: 0.81, TRAIN22: 0.93,
          TRAIN20: 0.92, TRAIN21: 0.96, TRAIN15: 0.84, TRAIN16: 0.88, TRAIN17: 0.83, TRAIN32: 0.91, TRAIN33: 0.9,
          TRAIN34: 0.96, TRAIN35: 0.9,
          TRAIN36: 0.96, TRAIN37: 0.84, TRAIN38: 0.96, TRAIN39: 0.94, TRAIN40: 0.93,
          TRAIN41: 0.95, TRAIN42: 0.92, TRAIN43: 0.95, TRAIN44: 0.94, TRAIN45: 0.9,
          TRAIN46: 0.94, TRAIN47: 0.96, TRAIN48: 0.95, TRAIN49: 0.93,
          TRAIN50: 0.88, TRAIN51: 0.95, TRAIN52: 0.98, TRAIN53: 0.94, TRAIN54: 0.94,
          TRAIN55: 0.95, TRAIN56: 0.96, TRAIN57: 0.95, TRAIN58: 0.98, TRAIN59: 0.92,
          TRAIN60: 0.92, TRAIN61: 0.95, TRAIN62: 0.91, TRAIN63: 0.97,
          TRAIN64: 0.96, TRAIN65: 0.98, TRAIN66: 0.96, TRAIN67: 0.9, TRAIN68: 0.88,
          TRAIN69: 0.86, TRAIN70: 0.94, TRAIN71: 1.0, TRAIN72: 0.97, TRAIN73: 0.96,
          TRAIN74: 1.0, TRAIN75: 0.96, TRAIN76: 0.94, TRAIN77: 0.92, TRAIN78: 0.95,
          TRAIN79: 0.91, TRAIN80: 0.95, TRAIN81: 0.92, TRAIN82: 0.97,
          TRAIN83: 0.94, TRAIN84: 0.95, TRAIN86: 0.96, TRAIN85: 0.97, TRAIN87: 0.98, TRAIN88: 0.98,
          TRAIN89: 0.94, TRAIN90: 0.93,
          HELDOUT12BT: 0.9, HELDOUT12BU: 0.93, HELDOUT12BV: 0.84, HELDOUT12BW: 0.9, HELDOUT12BX: 0.96,
          TRAIN23: 0.93, TRAIN24: 0.96, TRAIN25: 0.9, TRAIN26: 0.94, TRAIN27: 0.93, TRAIN28: 0.95, TRAIN29: 0.88}
# Floors per set and field: the figures measured after tuning, rounded down (never lowered, but once: train1).
# train8 as the held-out set at stop 10, scored once: verdict 0.818, grounds 0.806, exclusions 0.835,
# refer_to 0.865, forvaltning 0.918, cpr_found 1.000; its floors are raised as it is tuned on.
FLOORS = {
    # Raised to the figures measured after the synonym classes (2026-12-02), rounded down. The one floor ever
    # lowered (2026-12-03): verdict 1.0 → 0.99 and forvaltning 0.98 → 0.97, when the rule
    # department.weak_beside_outside_body was removed because it decided one labelled situation only (h106,
    # test_rule_examples.py; issue 12: no rule for a single example). h106 is now wrong; nothing else moved.
    "train/train1.jsonl": {"verdict": 0.99, "grounds": 0.99, "exclusions": 1.0, "refer_to": 1.0, "forvaltning": 0.97},
    # Raised after the triage v2 round (2026-12-03): b059's outside body no longer taken from a passing mention.
    "train/train2.jsonl": {"verdict": 1.0, "grounds": 0.99, "exclusions": 0.99, "refer_to": 0.99, "forvaltning": 1.0},
    "train/train3.jsonl": {"verdict": 1.0, "grounds": 1.0, "exclusions": 1.0, "refer_to": 1.0, "forvaltning": 1.0},
    "train/train4.jsonl": {"verdict": 1.0, "grounds": 1.0, "exclusions": 1.0, "refer_to": 1.0, "forvaltning": 1.0},
    "train/train5.jsonl": {"verdict": 1.0, "grounds": 1.0, "exclusions": 1.0, "refer_to": 1.0, "forvaltning": 1.0},
    "train/train6.jsonl": {"verdict": 1.0, "grounds": 0.96, "exclusions": 1.0, "refer_to": 1.0, "forvaltning": 1.0},
    "train/train7.jsonl": {"verdict": 0.97, "grounds": 0.97, "exclusions": 0.94, "refer_to": 0.94, "forvaltning": 0.94},
    # After the triage v2 round (tuned on it, 2026-12-03): verdict 0.941, grounds 0.929, exclusions 0.941,
    # refer_to 0.918, forvaltning 0.947, cpr_found 1.000 (was 0.818 / 0.806 / 0.835 / 0.865 / 0.918 / 1.000).
    # After the triage v3 round (2026-12-03): grounds 0.935, exclusions 0.947, refer_to 0.924 (verdict and
    # forvaltning unchanged).
    # After the triage v4 round (2026-12-03): forvaltning 0.965 (culture and leisure, roads: ha014, ha026, hb015).
    TRAIN8: {"verdict": 0.94, "grounds": 0.93, "exclusions": 0.95, "refer_to": 0.93, "forvaltning": 0.96,
             "cpr_found": 1.0},
    # Held out as heldout_2026_12b, scored once on 2026-12-03 after the triage v2 round: verdict 0.906,
    # grounds 0.911, exclusions 0.894, refer_to 0.911, forvaltning 0.944, cpr_found 1.000 (fully right 0.739);
    # the same verdict for both tellings in 0.878 of the 90 situations. A training set since.
    # After the triage v3 round (tuned on it, 2026-12-03): verdict 0.972, grounds 0.939, exclusions 0.972,
    # refer_to 0.956, forvaltning 0.956, cpr_found 1.000 (fully right 0.856).
    # After the triage v4 round (2026-12-03): grounds 0.944, refer_to 0.961, forvaltning 0.972.
    TRAIN9: {"verdict": 0.97, "grounds": 0.94, "exclusions": 0.97, "refer_to": 0.96, "forvaltning": 0.97,
             "cpr_found": 1.0},
    # Held out as heldout_2026_12c, scored once on 2026-12-03 after the triage v3 round: verdict 0.883,
    # grounds 0.900, exclusions 0.883, refer_to 0.922, forvaltning 0.872, cpr_found 1.000 (fully right
    # 0.694); the same verdict for both tellings in 0.833 of the 90 situations. A training set since.
    # After the triage v4 round (tuned on it, 2026-12-03): verdict 0.939, grounds 0.933, exclusions 0.928,
    # refer_to 0.967, forvaltning 0.967, cpr_found 1.000 (fully right 0.844); pair stability 0.900.
    TRAIN10: {"verdict": 0.93, "grounds": 0.93, "exclusions": 0.92, "refer_to": 0.96, "forvaltning": 0.96,
              "cpr_found": 1.0},
    # Held out: scored on 2026-12-03 after the triage v4 round and the deposit-loan fix (commit 14c697f): verdict
    # 0.850, grounds 0.911, exclusions 0.856, refer_to 0.889, forvaltning 0.922, cpr_found 1.000 (fully right
    # 0.733). Its first score, on the engine before the v4 round (32fbe7c), was verdict 0.844, grounds 0.906,
    # exclusions 0.856, refer_to 0.889, forvaltning 0.911. The floors are the measured figures rounded down.
    # Raised after a15bb1f (the rules with one labelled example or none removed; hd1-032 had been looked at):
    # verdict 0.861, grounds 0.922, forvaltning 0.933. Raised after the triage v5 round (tuned on train11, not on
    # this set; its failure list was printed once by a test run and not acted on): verdict 0.878, exclusions 0.872,
    # refer_to 0.906.
    # With the v6 round and the learned component on by default (2026-12-04): verdict 0.894, grounds 0.956,
    # exclusions 0.883, refer_to 0.911, forvaltning 0.933 (the learned component was chosen by cross-validation on
    # the training sets; this set's figures were seen while deciding the default).
    # After the triage v10 and v11 rounds (2026-12-05): verdict 0.911, grounds 0.972, exclusions 0.889, refer_to 0.911,
    # forvaltning 0.933, pairs 0.889. After the v12 round: verdict 0.917, pairs 0.900.
    # Retired in the triage v18 round (stop 31) and tuned on: raised to the figures after it.
    TRAIN30: {"verdict": 0.96, "grounds": 0.98, "exclusions": 0.93, "refer_to": 0.91, "forvaltning": 0.95,
             "cpr_found": 1.0},
    # Held out as heldout_2026_12e: first scored on 2026-12-03 on the engine of a15bb1f: verdict 0.889, grounds
    # 0.894, exclusions 0.856, refer_to 0.889, forvaltning 0.911, cpr_found 1.000 (fully right 0.717). Tuned on in
    # the triage v5 round (2026-12-04): verdict 0.961, grounds 0.894, exclusions 0.928, refer_to 0.944,
    # forvaltning 0.939 (fully right 0.811), rounded down.
    TRAIN11: {"verdict": 0.96, "grounds": 0.89, "exclusions": 0.92, "refer_to": 0.94, "forvaltning": 0.93,
              "cpr_found": 1.0},
    # Written as training data on 2026-12-04; scored once before it was used, on the engine of a28b3e6 (as the
    # writers wrote it, before the review's one text fix): verdict 0.883, grounds 0.900, exclusions 0.867, refer_to
    # 0.889, forvaltning 0.883, cpr_found 1.000, fully right 0.667, pairs 0.856. After the triage v8 round and the
    # model retrained with it: verdict 0.950, grounds 0.911, exclusions 0.911, refer_to 0.933, forvaltning 0.911,
    # fully right 0.750, pairs 0.967, rounded down. At the end of the round (with train13): verdict 0.961, grounds
    # 0.928, fully right 0.767.
    TRAIN12: {"verdict": 0.96, "grounds": 0.92, "exclusions": 0.91, "refer_to": 0.93, "forvaltning": 0.91,
              "cpr_found": 1.0},
    # Written as training data on 2026-12-04; scored once before it was used, on the v8 engine of 596f42c^ (as
    # written): verdict 0.844, grounds 0.878, exclusions 0.894, refer_to 0.911, forvaltning 0.950, fully right 0.700,
    # pairs 0.756 (main of a28b3e6: verdict 0.850, the rest the same). After the rest of the v8 round and the model
    # retrained with it: verdict 0.900, grounds 0.944, exclusions 0.911, refer_to 0.922, forvaltning 0.961, fully
    # right 0.789, pairs 0.844, rounded down.
    # Raised at the end of the triage v25 round (stop 38), where the round's rules lifted it, to its figures then.
    TRAIN13: {"verdict": 0.97, "grounds": 0.94, "exclusions": 0.96, "refer_to": 0.95, "forvaltning": 0.96,
              "cpr_found": 1.0},
    # Held out: committed (ab0647f) before the v6 round, the learned component's defaults and the fourth speed
    # round were merged; nobody who changed the engine saw it; scored on each side, figures only. Before (engine
    # of ab0647f): verdict 0.856, grounds 0.811, exclusions 0.822, refer_to 0.867, forvaltning 0.850, fully right
    # 0.567, pairs 0.822. After (the estimate): verdict 0.872, grounds 0.872, exclusions 0.833, refer_to 0.878,
    # forvaltning 0.878, cpr_found 1.000, fully right 0.639, pairs 0.833. Floors: the figures after, rounded down.
    TRAIN14: {"verdict": 0.87, "grounds": 0.87, "exclusions": 0.83, "refer_to": 0.87, "forvaltning": 0.87,
                 "cpr_found": 1.0},
    # Was held out: committed (363430b) before the triage v8 round was merged; nobody who changed the engine saw a case
    # of it; scored on main before the round (a28b3e6's answers), figures only: verdict 0.856, grounds 0.889, exclusions
    # 0.856, refer_to 0.894, forvaltning 0.944, cpr_found 1.000, fully right 0.711, pairs 0.800. After the round and
    # the model retrained with train12-14 (the estimate): verdict 0.861, grounds 0.894, exclusions 0.850, refer_to
    # 0.894, forvaltning 0.939, cpr_found 1.000, fully right 0.722, pairs 0.811. Floors: the figures after, rounded
    # down. After the triage v9 round (the beside head, the model still trained on train1-14): verdict 0.878, grounds
    # 0.911, exclusions 0.850, refer_to 0.894, forvaltning 0.939, fully right 0.722, pairs 0.822.
    # As train18 (2026-12-05), tuned on in the v10 round and learned from: verdict 0.894, grounds 0.928, exclusions
    # 0.856, refer_to 0.894, forvaltning 0.950, pairs 0.856.
    # Raised at the end of the triage v25 round (stop 38), where the round's rules lifted it, to its figures then.
    TRAIN18: {"verdict": 0.96, "grounds": 0.92, "exclusions": 0.93, "refer_to": 0.94, "forvaltning": 0.95,
              "cpr_found": 1.0},
    # Held out: committed (a326ef4) before the v8 round was merged; scored the same way. Before: verdict 0.922,
    # grounds 0.922, exclusions 0.833, refer_to 0.833, forvaltning 0.917, fully right 0.689, pairs 0.867. After (the
    # estimate): verdict 0.933, grounds 0.922, exclusions 0.833, refer_to 0.833, forvaltning 0.922, fully right 0.706,
    # pairs 0.889.
    # After the triage v11 round (2026-12-05): verdict 0.939, exclusions 0.844, refer_to 0.844, pairs 0.900.
    # After the triage v12 round (2026-12-05): verdict 0.956, grounds 0.939, exclusions 0.867, refer_to 0.872,
    # forvaltning 0.939, pairs 0.933.
    # After the triage v15 round (a98afe4; these sets' figures were not read during it, but for 12d's and 12i's
    # floors when a change failed them), the floors of 12i, 12p, 12q, 12r and 12t are raised to its figures, rounded
    # down (docs/triage.md, "The triage v15 round").
    # After the triage v16 round (2e35ec8; 12i's figures were read per change during it, docs/triage.md "The triage v16
    # round"): verdict 0.967, grounds 0.950, exclusions 0.878, refer_to 0.900, forvaltning 0.950, pairs 0.933; the
    # floors raised to them, rounded down.
    # Retired in the triage v18 round (stop 31) and tuned on: raised to the figures after it.
    TRAIN31: {"verdict": 0.97, "grounds": 0.95, "exclusions": 0.88, "refer_to": 0.9, "forvaltning": 0.95,
             "cpr_found": 1.0},
    # Was held out: written on 2026-12-04 (hk1-hk3), committed (12f6a76) before the triage v9 round, scored on each side
    # of it, figures only. Before (9a9cc4c) and after, the same: verdict 0.817, grounds 0.928, exclusions 0.817,
    # refer_to 0.911, forvaltning 0.944, cpr_found 1.000, fully right 0.694, pairs 0.811.
    # As train19 (2026-12-05), tuned on in the v10 round and learned from: verdict 0.850, grounds 0.950, exclusions
    # 0.828, refer_to 0.911, forvaltning 0.950, pairs 0.811.
    TRAIN19: {"verdict": 0.85, "grounds": 0.95, "exclusions": 0.82, "refer_to": 0.91, "forvaltning": 0.95,
              "cpr_found": 1.0},
    # Training sets written for training (first scores before use: verdict 0.894, 0.894, 0.839); after the v10 round
    # and the model retrained with them: train15 verdict 0.911, grounds 0.961, exclusions 0.900, refer_to 0.917,
    # forvaltning 0.961, pairs 0.844; train16 0.911, 0.944, 0.856, 0.939, 0.944, pairs 0.889; train17 0.883, 0.939,
    # 0.861, 0.939, 0.928, pairs 0.833.
    TRAIN15: {"verdict": 0.91, "grounds": 0.96, "exclusions": 0.9, "refer_to": 0.91, "forvaltning": 0.96,
              "cpr_found": 1.0},
    TRAIN16: {"verdict": 0.91, "grounds": 0.94, "exclusions": 0.85, "refer_to": 0.93, "forvaltning": 0.94,
              "cpr_found": 1.0},
    # Written as training data on 2026-12-05 (first scores: train20 verdict 0.933 on f6bb3b8, train21 0.917 on
    # de15778 and on 9d9de10); after the triage v12 round and the model retrained with them: train20 verdict 0.950,
    # grounds 0.972, exclusions 0.944, refer_to 0.967, forvaltning 0.933, pairs 0.922; train21 0.975, 0.950, 0.892,
    # 0.975, 0.967, pairs 0.950.
    TRAIN20: {"verdict": 0.95, "grounds": 0.97, "exclusions": 0.94, "refer_to": 0.96, "forvaltning": 0.93,
              "cpr_found": 1.0},
    # Raised at the end of the triage v25 round (stop 38), where the round's rules lifted it, to its figures then.
    TRAIN21: {"verdict": 0.98, "grounds": 0.95, "exclusions": 0.9, "refer_to": 0.97, "forvaltning": 0.97,
              "cpr_found": 1.0},
    TRAIN17: {"verdict": 0.88, "grounds": 0.93, "exclusions": 0.86, "refer_to": 0.93, "forvaltning": 0.92,
              "cpr_found": 1.0},
    # Was held out: written on 2026-12-05 (hl1-hl3), committed before the triage v10 round, scored once on the engine of
    # b773a67 (the end of the v9 round), figures only: verdict 0.917, grounds 0.944, exclusions 0.917, refer_to 0.950,
    # forvaltning 0.950, cpr_found 1.000, fully right 0.844, pairs 0.900 (its floors then). In the triage v12 round
    # (2026-12-05) the private parking companies' words made one more telling right and split its situation (verdict
    # 0.922, pairs 0.900 → 0.889, figures only); a floor is not lowered, so it became train22 (its failures unread
    # until then). Floors: the figures after the round and the model retrained with it (verdict 0.939, grounds 0.961,
    # exclusions 0.933, refer_to 0.961, forvaltning 0.961, pairs 0.878), rounded down; at the end of the round (tuned
    # on): verdict 0.967, grounds 0.978, exclusions 0.956, refer_to 0.961, forvaltning 0.961, pairs 0.933.
    TRAIN22: {"verdict": 0.96, "grounds": 0.97, "exclusions": 0.95, "refer_to": 0.96, "forvaltning": 0.96,
              "cpr_found": 1.0},
    # Held out: written on 2026-12-05 (hm1-hm3) during the triage v11 round, scored once on the engine of f6bb3b8 (the
    # end of the v10 round), figures only: verdict 0.850, grounds 0.878, exclusions 0.833, refer_to 0.889, forvaltning
    # 0.889, cpr_found 1.000, fully right 0.672, pairs 0.822. Floors: those figures, rounded down.
    # After the triage v11 round (the estimate): verdict 0.872, grounds 0.878, exclusions 0.839, refer_to 0.894,
    # forvaltning 0.889, fully right 0.683, pairs 0.856. Floors: the figures after, rounded down.
    # After the triage v12 round (2026-12-05): verdict 0.894, grounds 0.894, exclusions 0.844, refer_to 0.894,
    # forvaltning 0.911, fully right 0.706, pairs 0.900.
    # Retired in the triage v18 round (stop 31) and tuned on: raised to the figures after it.
    TRAIN32: {"verdict": 0.92, "grounds": 0.91, "exclusions": 0.87, "refer_to": 0.9, "forvaltning": 0.91,
             "cpr_found": 1.0},
    # Held out: written on 2026-12-05 (hn1-hn3) while the triage v12 round's first rules were made, by writers who
    # saw neither; scored once on the engine of de15778 (the end of the v11 round), figures only: verdict 0.878,
    # grounds 0.917, exclusions 0.861, refer_to 0.894, forvaltning 0.956, cpr_found 1.000, fully right 0.722, pairs
    # 0.822 (the same on the engine of 9d9de10, with the v12 round's first two steps). After the v12 round and the
    # model retrained with train20-22: verdict 0.894, grounds 0.922, exclusions 0.883, refer_to 0.900, forvaltning
    # 0.972, fully right 0.739, pairs 0.833; at the end of the round (d8fcf74): verdict 0.900, grounds 0.928,
    # forvaltning 0.978, pairs 0.844. Floors: the figures after, rounded down.
    # Held out: written on 2026-12-05 (hp1-hp3; grids: an ordinary week's post; work, money and social support; the
    # city, culture and the counter) at the end of the triage v12 round, reviewed blind (89 of 90 agreed; one
    # grounds_any changed), committed and first scored on the engine of 709a767 (the end of the round), figures only:
    # verdict 0.956, grounds 0.961, exclusions 0.883, refer_to 0.933, forvaltning 0.906, cpr_found 1.000, fully right
    # 0.761, pairs 0.933. On the engine before the round (de15778): verdict 0.950, exclusions 0.872, fully right 0.756,
    # pairs 0.922. Floors: the first score, rounded down.
    # Retired in the triage v18 round (stop 31) and tuned on: raised to the figures after it.
    TRAIN34: {"verdict": 0.98, "grounds": 0.98, "exclusions": 0.92, "refer_to": 0.95, "forvaltning": 0.93,
             "cpr_found": 1.0},
    # Retired in the triage v18 round (stop 31) and tuned on: raised to the figures after it.
    TRAIN33: {"verdict": 0.93, "grounds": 0.95, "exclusions": 0.92, "refer_to": 0.91, "forvaltning": 0.98,
             "cpr_found": 1.0},
    # Held out: written on 2026-12-06 (hq1-hq3; grids: letters with more than one matter; people who write little,
    # badly or through others; old age, illness and disability) by writers who saw neither the engine nor the round,
    # reviewed blind (90 of 90 agreed, no change), committed (97527b9) and first scored on the engine before the triage
    # v13 round (df6a113), figures only: verdict 0.928, grounds 0.928, exclusions 0.878, refer_to 0.939, forvaltning
    # 0.917, cpr_found 1.000, fully right 0.772, pairs 0.878. Floors: those, rounded down. After the round: exclusions
    # 0.883, refer_to 0.944, forvaltning 0.922, fully right 0.778, the rest the same.
    # Retired in the triage v18 round (stop 31) and tuned on: raised to the figures after it.
    TRAIN35: {"verdict": 0.95, "grounds": 0.93, "exclusions": 0.88, "refer_to": 0.95, "forvaltning": 0.93,
             "cpr_found": 1.0},
    # Held out: written on 2026-12-06 (hr1-hr3; grids: children, schools and families; businesses, landlords and
    # neighbours; decisions and what people want from them), reviewed blind (89 of 90 agreed; three received dates and
    # one text made explicit), committed (b285322) and first scored on the engine before the triage v13 round (df6a113),
    # figures only: verdict 0.906, grounds 0.917, exclusions 0.894, refer_to 0.928, forvaltning 0.917, cpr_found 1.000,
    # fully right 0.744, pairs 0.878. On the round's engine of its arrival (2b3b939): verdict 0.894, exclusions 0.872,
    # pairs 0.856; three changes were taken out on that (docs/triage.md), and after the round it scores as first.
    # Floors: the first score, rounded down.
    # heldout_2026_12r (floors verdict 0.91, grounds 0.91, exclusions 0.89, refer_to 0.92, forvaltning 0.91, pairs
    # 0.88) was retired to incoming/train29.jsonl in the triage v16 round: a first form of the round's private-school
    # words split one of its situations (pairs 0.889 -> 0.867).
    # Held out: written on 2026-12-06 (hs1-hs3; grids: an ordinary month at the office; the city's services for
    # everyone; social and health support for adults) at the end of the triage v13 round, reviewed blind (88 of 90
    # agreed; four received dates added), committed (57f3d99) and first scored on the round's final engine (f19b27b),
    # figures only: verdict 0.933, grounds 0.967, exclusions 0.922, refer_to 0.950, forvaltning 0.933, cpr_found 1.000,
    # fully right 0.839, pairs 0.933 (before the round, df6a113: exclusions 0.928, the rest the same). Floors: the first
    # score, rounded down.
    # Retired in the triage v18 round (stop 31) and tuned on: raised to the figures after it.
    TRAIN36: {"verdict": 0.97, "grounds": 0.98, "exclusions": 0.95, "refer_to": 0.96, "forvaltning": 0.97,
             "cpr_found": 1.0},
    # Held out: written on 2026-12-06 (ht1-ht3; grids: newcomers and international residents; where the line runs;
    # how people write) by writers who saw neither the engine nor a round, reviewed blind (90 of 90 agreed, no change),
    # committed (b64198b) and first scored on the engine before the triage v14 round (f9f8d5c and b2519b2 answer it
    # alike), figures only: verdict 0.867, grounds 0.928, exclusions 0.878, refer_to 0.939, forvaltning 0.900,
    # cpr_found 1.000, fully right 0.744, pairs 0.800. Its figures were read per change during the round. After the
    # round (363c8dc ... b8ee659): exclusions 0.889, refer_to 0.944, fully right 0.756, the rest the same. Floors: the
    # figures after, rounded down.
    # Retired in the triage v18 round (stop 31) and tuned on: raised to the figures after it.
    TRAIN37: {"verdict": 0.9, "grounds": 0.94, "exclusions": 0.92, "refer_to": 0.95, "forvaltning": 0.91,
             "cpr_found": 1.0},
    # Held out: written on 2026-12-06 (hu1-hu3; grids: care and health where the municipality and others meet; money,
    # work and business; the city around us) during the triage v14 round, reviewed blind (87 of 90 agreed; one
    # grounds_any widened), committed (c8e4146) and first scored at the end of the round, figures only, on its final
    # engine (b8ee659): verdict 0.972, grounds 0.972, exclusions 0.950, refer_to 0.944, forvaltning 0.944, cpr_found
    # 1.000, fully right 0.850, pairs 0.944; and on the engine before the round (f9f8d5c): verdict 0.978, grounds 0.961,
    # exclusions 0.939, refer_to 0.944, forvaltning 0.944, fully right 0.833, pairs 0.956. Floors: the final engine's
    # figures, rounded down.
    # Retired in the triage v18 round (stop 31) and tuned on: raised to the figures after it.
    TRAIN38: {"verdict": 0.98, "grounds": 0.98, "exclusions": 0.96, "refer_to": 0.94, "forvaltning": 0.96,
             "cpr_found": 1.0},
    # Floors raised to the figures at the end of the triage v19 round (train39-train42 alike).
    # Was heldout_2026_12v, retired to training at the start of the triage v19 round (stop 32). Held out: written on
    # 2026-12-06 (hv1-hv3; grids: relatives and helpers writing for someone; decisions and what people want from them;
    # the counter, the phone and the web) after the triage v14 round, reviewed blind (87 of 90 agreed; two texts made
    # explicit), committed alone (857e138) and first scored, figures only, on the round's final engine (0c8f6ac):
    # verdict 0.911, grounds 0.917, exclusions 0.883, refer_to 0.922, forvaltning 0.972, cpr_found 1.000, fully right
    # 0.756, pairs 0.833; and on the engine before the round (f9f8d5c): verdict 0.911, grounds 0.922, exclusions 0.856,
    # refer_to 0.900, forvaltning 0.972, fully right 0.733, pairs 0.833. Floors: the final engine's figures, rounded
    # down.
    TRAIN39: {"verdict": 0.97, "grounds": 0.93, "exclusions": 0.91, "refer_to": 0.93, "forvaltning": 0.97,
              "cpr_found": 1.0},
    # Was heldout_2026_12w, retired to training at the start of the triage v19 round (stop 32). Held out: written on
    # 2026-12-06 (hw1-hw3; grids: what staff said and did, and who the staff were; time: waiting, deadlines and the
    # past; people who have already tried somewhere else) while the triage v15 round began, reviewed blind (90 of 90
    # agreed; one text made explicit, one grounds_any widened), committed alone (8f454f2) and first scored at the end of
    # the round, figures only: on the engine before the round (3fb20d8) verdict 0.906, grounds 0.956, exclusions 0.906,
    # refer_to 0.961, forvaltning 0.939, cpr_found 1.000, fully right 0.811, pairs 0.889; on the round's final engine
    # (a98afe4) verdict 0.900, fully right 0.806, pairs 0.878, the rest the same. Floors: the final engine's figures,
    # rounded down.
    TRAIN40: {"verdict": 0.94, "grounds": 0.96, "exclusions": 0.92, "refer_to": 0.97, "forvaltning": 0.93,
              "cpr_found": 1.0},
    # Was heldout_2026_12x, retired to training at the start of the triage v19 round (stop 32). Held out: written on
    # 2026-12-06 (hx1-hx3; grids: the municipality's letters and digital self-service; associations, volunteers and
    # small businesses; people in a hurry or a crisis) after the triage v15 round, reviewed blind (88 of 90 agreed; one
    # grounds_any widened), committed alone (594ba8b) and first scored, figures only, on the round's final engine:
    # verdict 0.922, grounds 0.928, exclusions 0.894, refer_to 0.961, forvaltning 0.928, cpr_found 1.000, fully right
    # 0.794, pairs 0.911; on the engine before the round (3fb20d8): exclusions 0.889, fully right 0.789, the rest the
    # same. Floors: the final engine's figures, rounded down.
    TRAIN41: {"verdict": 0.97, "grounds": 0.95, "exclusions": 0.93, "refer_to": 0.96, "forvaltning": 0.94,
              "cpr_found": 1.0},
    # Was heldout_2026_12y, retired to training at the start of the triage v19 round (stop 32). Held out: written on
    # 2026-12-06 (hy1-hy3; grids: work, money and debt; the city around people's homes; families, care and health) as
    # the triage v16 round began, reviewed blind (88 of 90 agreed; a received date added to one situation), committed
    # alone (b833329) and first scored at the end of the round, figures only, the same on the engine before the round
    # (a75d209) and on its final engine (2e35ec8): verdict 0.894, grounds 0.928, exclusions 0.861, refer_to 0.911,
    # forvaltning 0.922, cpr_found 1.000, fully right 0.783, pairs 0.900. Floors: those figures, rounded down.
    TRAIN42: {"verdict": 0.92, "grounds": 0.93, "exclusions": 0.88, "refer_to": 0.92, "forvaltning": 0.94,
              "cpr_found": 1.0},
    # Was heldout_2026_12z, retired to training at the start of the triage v20 round (stop 33).
    # Held out: written on 2026-12-06 (hz1-hz3; grids: first contact told every way; an ordinary week's post;
    # decisions, rules and politics) after the triage v16 round's rules (2e35ec8), reviewed blind (89 of 90 agreed; one
    # situation's text made explicit), committed alone (feead4e) and first scored, figures only, on the round's final
    # engine: verdict 0.956, grounds 0.978, exclusions 0.972, refer_to 0.994, forvaltning 0.978, cpr_found 1.000, fully
    # right 0.900, pairs 0.933; on the engine before the round (a75d209): exclusions 0.967, fully right 0.894, the rest
    # the same. Floors: the final engine's figures, rounded down.
    # Raised at the end of the triage v20 round (stop 33), whose rules were read off its misses, to its figures then.
    TRAIN43: {"verdict": 0.96, "grounds": 0.97, "exclusions": 0.98, "refer_to": 1.0, "forvaltning": 0.97,
              "cpr_found": 1.0},
    # Was heldout_2026_12aa, retired to training at the start of the triage v20 round (stop 33).
    # Held out: written on 2026-12-06 (a later session; haa1-haa3; grids: matters where the municipality and someone
    # else both have a hand; growing old, disability and illness at home; children and young people) before any change
    # to the engine that session, reviewed blind (90 of 90 agreed; two received dates pinned, one b telling names its
    # department), committed alone (5b6b753) and first scored, figures only, on the engine of stop 29 (88df178):
    # verdict 0.950, grounds 0.967, exclusions 0.867, refer_to 0.894, forvaltning 0.933, cpr_found 1.000, fully right
    # 0.817, pairs 0.900. Floors: those figures, rounded down.
    # Raised at the end of the triage v20 round (stop 33), whose rules were read off its misses, to its figures then.
    # Raised at the end of the triage v25 round (stop 38), where the round's rules lifted it, to its figures then.
    TRAIN44: {"verdict": 0.97, "grounds": 0.96, "exclusions": 0.87, "refer_to": 0.9, "forvaltning": 0.96,
              "cpr_found": 1.0},
    # Was heldout_2026_12ab, retired to training at the start of the triage v20 round (stop 33).
    # Held out: written the same way (hab1-hab3; grids: businesses, associations and landlords; money and paperwork;
    # the street, the neighbourhood and the town hall), reviewed blind (88 of 90 agreed, no change), committed alone
    # (9771a74) and first scored on the same engine: verdict 0.939, grounds 0.956, exclusions 0.922, refer_to 0.933,
    # forvaltning 0.939, cpr_found 1.000, fully right 0.794, pairs 0.878. Floors: those figures, rounded down.
    # Raised at the end of the triage v19 round (stop 32) to its figures then, rounded down.
    # Raised at the end of the triage v20 round (stop 33), whose rules were read off its misses, to its figures then.
    TRAIN45: {"verdict": 0.95, "grounds": 0.97, "exclusions": 0.93, "refer_to": 0.94, "forvaltning": 0.94,
              "cpr_found": 1.0},
    # Was heldout_2026_12ac, retired to training at the start of the triage v20 round (stop 33).
    # Held out: written on 2026-12-06 (hac1-hac3; grids: what the municipality decided, told in everyday words; people
    # writing for someone else or about several things; short, messy and angry messages) as the triage v17 round began,
    # reviewed blind (88 of 90 agreed; one b telling made to raise its complaint), committed alone (4aa289f) and first
    # scored at the end of the round, figures only: on the engine before the round (88df178) verdict 0.944, grounds
    # 0.939, exclusions 0.900, refer_to 0.939, forvaltning 0.983, cpr_found 1.000, fully right 0.822, pairs 0.933; on
    # the round's final engine exclusions 0.894, fully right 0.817, the rest the same. Floors: the final engine's
    # figures, rounded down.
    # Raised at the end of the triage v20 round (stop 33), whose rules were read off its misses, to its figures then.
    TRAIN46: {"verdict": 0.97, "grounds": 0.93, "exclusions": 0.9, "refer_to": 0.94, "forvaltning": 0.98,
              "cpr_found": 1.0},
    # Was heldout_2026_12ad, retired to training at the start of the triage v21 round (stop 34).
    # Held out: written on 2026-12-06 (had1-had3; grids: health, care and the region's border; work, benefits and
    # integration; time and history) after the triage v17 round's rules, reviewed blind (90 of 90 agreed; one b telling
    # made to name the municipal language school), committed alone (d7d0871) and first scored, figures only, on the
    # round's final engine: verdict 0.933, grounds 0.950, exclusions 0.928, refer_to 0.950, forvaltning 0.933,
    # cpr_found 1.000, fully right 0.794, pairs 0.911; the same on the engine before the round (88df178). Floors: those
    # figures, rounded down.
    # Raised at the end of the triage v19 round (stop 32) to its figures then, rounded down.
    # Raised at the end of the triage v21 round (stop 34), whose rules were read off its misses, to its figures then.
    TRAIN47: {"verdict": 0.98, "grounds": 0.96, "exclusions": 0.93, "refer_to": 0.97, "forvaltning": 0.93,
              "cpr_found": 1.0},
    # Was heldout_2026_12ae, retired to training at the start of the triage v21 round (stop 34).
    # Held out: written on 2026-12-06 (stop 31; hae1-hae3; grids: the technical and environmental side of the city;
    # social services for adults; the ordinary citizen's encounters with the town hall) before any change to the engine
    # that session, reviewed blind (88 of 90 agreed; the grounds of two situations already with another body widened),
    # committed alone (c00424c) and first scored, figures only, on the engine before the triage v18 round: verdict
    # 0.956, grounds 0.917, exclusions 0.911, refer_to 0.944, forvaltning 0.928, cpr_found 1.000, fully right 0.783,
    # pairs 0.933; the round's rules alone changed nothing in it; with the model retrained on train1-train38: verdict
    # 0.961, grounds 0.933, pairs 0.944, the rest the same; with the learned ground for a matter already with another
    # body, grounds 0.944. Floors: the final figures, rounded down.
    # Raised at the end of the triage v21 round (stop 34), whose rules were read off its misses, to its figures then.
    TRAIN48: {"verdict": 0.97, "grounds": 0.94, "exclusions": 0.92, "refer_to": 0.95, "forvaltning": 0.92,
              "cpr_found": 1.0},
    # Was heldout_2026_12af, retired to training at the start of the triage v21 round (stop 34).
    # Held out: written the same way at the same time (haf1-haf3; grids: schools, daycare and the young; complaints
    # where several bodies could answer; how people actually write), reviewed blind (86 of 90 agreed, no change),
    # committed alone (c00424c) and first scored on the engine before the round: verdict 0.889, grounds 0.956,
    # exclusions 0.839, refer_to 0.900, forvaltning 0.950, cpr_found 1.000, fully right 0.761, pairs 0.878; the rules
    # alone changed nothing; with the retrained model: verdict 0.894, grounds 0.961, pairs 0.889; with the learned
    # ground for a matter already with another body, grounds 0.967. Floors: the final figures, rounded down.
    # Raised at the end of the triage v21 round (stop 34), whose rules were read off its misses, to its figures then.
    TRAIN49: {"verdict": 0.95, "grounds": 0.96, "exclusions": 0.87, "refer_to": 0.91, "forvaltning": 0.96,
              "cpr_found": 1.0},
    # Was heldout_2026_12ag, retired to training at the start of the triage v21 round (stop 34).
    # Held out: written on 2026-12-06 (stop 31; hag1-hag3; grids: first contact and the unit's own answer; money the
    # municipality wants or owes; the council, the politicians and the line to the administration) after the triage v18
    # round's rules but its last, reviewed blind (88 of 90 agreed; one refer_to set), committed alone (0d12124) and
    # first scored, figures only, on the round's final engine: verdict 0.900, grounds 0.950, exclusions 0.839, refer_to
    # 0.956, forvaltning 0.972, cpr_found 1.000, fully right 0.767, pairs 0.856; on the engine before the round
    # (7e08e13): verdict 0.906, grounds 0.956, exclusions 0.833, pairs 0.867. Floors: the final figures, rounded down.
    # Raised at the end of the triage v21 round (stop 34), whose rules were read off its misses, to its figures then.
    TRAIN50: {"verdict": 0.93, "grounds": 0.95, "exclusions": 0.86, "refer_to": 0.95, "forvaltning": 0.98,
              "cpr_found": 1.0},
    # Was heldout_2026_12ah, retired to training at the start of the triage v22 round (stop 35).
    # Held out: the same way (hah1-hah3; grids: relatives, neighbours and professionals writing for someone; housing,
    # the street and the environment; young people, education and work), reviewed blind (88 of 90 agreed; the grounds
    # of one situation already with the Ombudsman emptied), committed alone (0d12124), first scored on the round's final
    # engine: verdict 0.939, grounds 0.944, exclusions 0.922, refer_to 0.928, forvaltning 0.889, cpr_found 1.000, fully
    # right 0.778, pairs 0.922; on the engine before the round: verdict 0.933, exclusions 0.917, pairs 0.933, the rest
    # the same. Floors: the final figures, rounded down.
    # Raised at the end of the triage v22 round (stop 35), whose rules were read off its misses, to its figures then.
    # Raised at the end of the triage v25 round (stop 38), where the round's rules lifted it, to its figures then.
    TRAIN51: {"verdict": 0.97, "grounds": 0.96, "exclusions": 0.95, "refer_to": 0.94, "forvaltning": 0.9,
              "cpr_found": 1.0},
    # Was heldout_2026_12ai, retired to training at the start of the triage v22 round (stop 35).
    # Held out: written on 2026-12-06 (stop 32; hai1-hai3; grids: an ordinary week's post by e-mail and the web form;
    # what arrives by phone, in person and on paper, written down; the citizen's rights in case handling) before any
    # change to the engine that session, reviewed blind (87 of 90 agreed; the grounds of one situation widened to match
    # its near twin), committed alone (28139fe) before any score, and first scored, figures only, at the end of the
    # triage v19 round: the same on its final engine (b6cc388) and on the engine before it (ab2b372): verdict 0.978,
    # grounds 0.972, exclusions 0.972, refer_to 0.978, forvaltning 0.967, cpr_found 1.000, pairs 0.956. Floors: those
    # figures, rounded down.
    # Raised at the end of the triage v20 round (stop 33) to its figures then, rounded down.
    # Raised at the end of the triage v22 round (stop 35), whose rules were read off its misses, to its figures then.
    TRAIN52: {"verdict": 0.99, "grounds": 0.97, "exclusions": 0.97, "refer_to": 0.98, "forvaltning": 0.96,
              "cpr_found": 1.0},
    # Was heldout_2026_12aj, retired to training at the start of the triage v22 round (stop 35).
    # Held out: written on 2026-12-06 (stop 32; haj1-haj3; grids: families and children in difficulty; the
    # municipality as a service in daily life; newcomers, expats and people with little Danish) with 12ai, reviewed
    # blind (88 of 90 agreed, no change), committed with it, and first scored the same way, the same on both engines:
    # verdict 0.950, grounds 0.967, exclusions 0.922, refer_to 0.922, forvaltning 0.917, cpr_found 1.000, pairs 0.900.
    # Floors: those figures, rounded down.
    # Raised at the end of the triage v21 round (stop 34) to its figures then (figures only), rounded down.
    # Raised at the end of the triage v22 round (stop 35), whose rules were read off its misses, to its figures then.
    TRAIN53: {"verdict": 0.97, "grounds": 0.97, "exclusions": 0.93, "refer_to": 0.92, "forvaltning": 0.91,
              "cpr_found": 1.0},
    # Was heldout_2026_12ak, retired to training at the start of the triage v22 round (stop 35).
    # Held out: written on 2026-12-06 (stop 32; hak1-hak3; grids: old age at home and in care, and the families around
    # it; whose matter it is; the structured web form) after the triage v19 round's first rules (b6cc388) but before
    # its later ones, reviewed blind (88 of 90 agreed; one situation's exclusions widened, three received dates
    # pinned), committed alone (ed0bd3c) and first scored, figures only, at the end of the round: verdict 0.928,
    # grounds 0.944, exclusions 0.867, refer_to 0.883, forvaltning 0.928, cpr_found 1.000, pairs 0.911; the same on the
    # engine it was written after (b6cc388); on the engine before the round (ab2b372) verdict 0.933, grounds 0.950,
    # exclusions 0.861, refer_to 0.878, forvaltning 0.933, pairs 0.922. Floors: the final figures, rounded down.
    # Raised at the end of the triage v21 round (stop 34) to its figures then (figures only), rounded down.
    # Raised at the end of the triage v22 round (stop 35), whose rules were read off its misses, to its figures then.
    TRAIN54: {"verdict": 0.97, "grounds": 0.95, "exclusions": 0.91, "refer_to": 0.91, "forvaltning": 0.95,
              "cpr_found": 1.0},
    # Was heldout_2026_12al, retired to training at the start of the triage v23 round (stop 36).
    # Held out: written on 2026-12-06 (stop 32; hal1-hal3; grids: work and the municipality; decisions and politics
    # told in everyday words; the messy middle) with 12ak, reviewed blind (89 of 90 agreed, no change), committed alone
    # (0e8436b) and first scored the same way, the same on all three engines: verdict 0.889, grounds 0.967, exclusions
    # 0.828, refer_to 0.933, forvaltning 0.956, cpr_found 1.000, pairs 0.889. Floors: those figures, rounded down.
    # Raised at the end of the triage v20 round (stop 33) to its figures then, rounded down.
    # Raised at the end of the triage v23 round (stop 36), whose rules were read off its misses, to its figures then.
    TRAIN55: {"verdict": 0.94, "grounds": 0.97, "exclusions": 0.86, "refer_to": 0.94, "forvaltning": 0.96,
              "cpr_found": 1.0},
    # Was heldout_2026_12am, retired to training at the start of the triage v23 round (stop 36).
    # Held out: written on 2026-12-06 (stop 32; ham1-ham3; grids: children with disabilities and their families;
    # building, the environment and the city's plans; English-speaking residents) after the triage v19 round's rules
    # (eacd121), reviewed blind (88 of 90 agreed, no change), committed alone (0009dd7) and first scored, figures only,
    # the same on the round's engine and on the engine before it (ab2b372): verdict 0.928, grounds 0.961, exclusions
    # 0.922, refer_to 0.928, forvaltning 0.939, cpr_found 1.000, pairs 0.878. Floors: those figures, rounded down.
    # Raised at the end of the triage v20 round (stop 33) to its figures then, rounded down.
    # Raised at the end of the triage v23 round (stop 36), whose rules were read off its misses, to its figures then.
    TRAIN56: {"verdict": 0.97, "grounds": 0.97, "exclusions": 0.95, "refer_to": 0.95, "forvaltning": 0.95,
              "cpr_found": 1.0},
    # Was heldout_2026_12an, retired to training at the start of the triage v23 round (stop 36).
    # Held out: written on 2026-12-06 (stop 32; han1-han3; grids: money trouble and losing a home; how staff behave;
    # follow-ups and time) with 12am, reviewed blind (90 of 90 agreed; an age made to agree with a CPR number),
    # committed alone (5110d2a) and first scored the same way, the same on both engines: verdict 0.928, grounds 0.928,
    # exclusions 0.906, refer_to 0.922, forvaltning 0.911, cpr_found 1.000, pairs 0.922. Floors: those figures,
    # rounded down.
    # Raised at the end of the triage v23 round (stop 36), whose rules were read off its misses, to its figures then.
    # Raised at the end of the triage v25 round (stop 38), where the round's rules lifted it, to its figures then.
    TRAIN57: {"verdict": 0.97, "grounds": 0.95, "exclusions": 0.93, "refer_to": 0.92, "forvaltning": 0.93,
              "cpr_found": 1.0},
    # Was heldout_2026_12ao, retired to training at the start of the triage v23 round (stop 36).
    # Held out: written on 2026-12-06 (stop 33; hao1-hao3; grids: health at the border between the municipality and the
    # region; businesses, associations and landlords; very short messages) as the triage v20 round began, before any of
    # its changes was committed, reviewed blind (88 of 90 agreed, no change), committed alone (7c24494) and first scored
    # after the round's second part (figures only; the parts after it changed none of its answers), the same on the
    # round's final engine and on the engine before it (5fbbd6f): verdict 0.922, grounds 0.956, exclusions 0.883,
    # refer_to 0.889, forvaltning 0.956, cpr_found 1.000, fully right 0.811, pairs 0.889. Floors: those figures, rounded
    # down.
    # Raised at the end of the triage v23 round (stop 36), whose rules were read off its misses, to its figures then.
    TRAIN58: {"verdict": 0.98, "grounds": 0.97, "exclusions": 0.93, "refer_to": 0.91, "forvaltning": 0.97,
              "cpr_found": 1.0},
    # Was heldout_2026_12ap, retired to training at the start of the triage v24 round (stop 37).
    # Held out: written with 12ao, the same way (hap1-hap3; grids: schools, young people and education; adults with
    # disabilities, mental illness or addiction; letters that go somewhere else than they seem), reviewed blind (86 of
    # 90 agreed, no change), committed alone (7c24494) and first scored the same way, the same on both engines: verdict
    # 0.861, grounds 0.939, exclusions 0.850, refer_to 0.933, forvaltning 0.911, cpr_found 1.000, fully right 0.772,
    # pairs 0.922. Floors: those figures, rounded down.
    # Raised at the end of the triage v21 round (stop 34) to its figures then (figures only), rounded down.
    # Raised at the end of the triage v24 round (stop 37), whose rules were read off its misses, to its figures then.
    # Raised at the end of the triage v25 round (stop 38), where the round's rules lifted it, to its figures then.
    TRAIN59: {"verdict": 0.97, "grounds": 0.95, "exclusions": 0.95, "refer_to": 0.97, "forvaltning": 0.93,
              "cpr_found": 1.0},
    # Was heldout_2026_12aq, retired to training at the start of the triage v24 round (stop 37).
    # Held out: written on 2026-12-06 (stop 33; haq1-haq3; grids: the job centre and benefits from every side; the city
    # around you; older letters, repeated letters and second tries) after the triage v20 round's first rules
    # (cd7d96f), reviewed blind (90 of 90 agreed; two received dates pinned), committed alone (6334972) and first scored
    # at the round's end, figures only, the same on its final engine and on the engine before it (5fbbd6f): verdict
    # 0.939, grounds 0.956, exclusions 0.928, refer_to 0.950, forvaltning 0.922, cpr_found 1.000, fully right 0.806,
    # pairs 0.922. Floors: those figures, rounded down.
    # Raised at the end of the triage v24 round (stop 37), whose rules were read off its misses, to its figures then.
    TRAIN60: {"verdict": 0.95, "grounds": 0.95, "exclusions": 0.94, "refer_to": 0.95, "forvaltning": 0.92,
              "cpr_found": 1.0},
    # Was heldout_2026_12ar, retired to training at the start of the triage v24 round (stop 37).
    # Held out: written with 12aq, the same way (har1-har3; grids: daycare, after-school care and the youngest
    # children; people at the counter and on the phone; mixed and unclear letters), reviewed blind (89 of 90 agreed, no
    # change), committed alone (6334972) and first scored the same way: on the round's final engine verdict 0.961,
    # grounds 0.961, exclusions 0.894, refer_to 0.933, forvaltning 0.950, cpr_found 1.000, fully right 0.856, pairs
    # 0.944; on the engine before it verdict 0.956, pairs 0.933, the rest the same. Floors: the final engine's figures,
    # rounded down.
    # Raised at the end of the triage v23 round (stop 36) to its figures then (figures only), rounded down.
    # Raised at the end of the triage v24 round (stop 37), whose rules were read off its misses, to its figures then.
    TRAIN61: {"verdict": 0.98, "grounds": 0.96, "exclusions": 0.91, "refer_to": 0.93, "forvaltning": 0.96,
              "cpr_found": 1.0},
    # Was heldout_2026_12as, retired to training at the start of the triage v24 round (stop 37).
    # Held out: written on 2026-12-06 (a later session, stop 34; has1-has3; grids: an ordinary month's post from
    # families and children; money, housing and the body's health; letters written with feeling) as the triage v21
    # round began, before any of its changes was committed, reviewed blind (87 of 90 agreed, no change), committed
    # alone (8adc1c4) and first scored at the round's end, figures only, the same on its final engine and on the
    # engine before it (a7e7085): verdict 0.950, grounds 0.989, exclusions 0.922, refer_to 0.944, forvaltning 0.978,
    # cpr_found 1.000, fully right 0.883, pairs 0.911. Floors: those figures, rounded down.
    # Raised at the end of the triage v22 round (stop 35) to its figures then (figures only), rounded down.
    # Raised at the end of the triage v24 round (stop 37), whose rules were read off its misses, to its figures then.
    TRAIN62: {"verdict": 0.98, "grounds": 1.0, "exclusions": 0.95, "refer_to": 0.95, "forvaltning": 0.97,
              "cpr_found": 1.0},
    # Was heldout_2026_12at, retired to training at the start of the triage v25 round (stop 38).
    # Held out: written with 12as, the same way (hat1-hat3; grids: the technical and environmental side of the city;
    # work, the job centre and the municipality as employer; people who write for someone else), reviewed blind (89 of
    # 90 agreed; two b tellings made to say who issued a parking fee, one received date pinned), committed alone
    # (8adc1c4) and first scored the same way, the same on both engines: verdict 0.956, grounds 0.967, exclusions
    # 0.956, refer_to 0.950, forvaltning 0.911, cpr_found 1.000, fully right 0.811, pairs 0.933. Floors: those figures,
    # rounded down.
    # Raised at the end of the triage v24 round (stop 37) to its figures then (figures only), rounded down.
    # Raised at the end of the triage v25 round (stop 38), whose rules were read off its misses, to its figures then.
    TRAIN63: {"verdict": 0.98, "grounds": 0.96, "exclusions": 0.97, "refer_to": 0.96, "forvaltning": 0.91,
              "cpr_found": 1.0},
    # Was heldout_2026_12au, retired to training at the start of the triage v25 round (stop 38).
    # Held out: written on 2026-12-06 (stop 34; hau1-hau3; grids: old age, care and the last years; the counter, the
    # phone and the screen; complaints with a history) after the triage v21 round's first rules (2075b3e), reviewed
    # blind (88 of 90 agreed; one situation's grounds made to hold its case-handling ground, as the set's other matters
    # already with another body do), committed alone (7140ec3) and first scored at the round's end, figures only, the
    # same on its final engine and on the engine before the round (a7e7085): verdict 0.906, grounds 0.939, exclusions
    # 0.889, refer_to 0.922, forvaltning 0.928, cpr_found 1.000, fully right 0.811, pairs 0.856. Floors: those
    # figures, rounded down.
    # Raised at the end of the triage v23 round (stop 36) to its figures then (figures only), rounded down.
    # Raised at the end of the triage v24 round (stop 37) to its figures then (figures only), rounded down.
    # Raised at the end of the triage v25 round (stop 38), whose rules were read off its misses, to its figures then.
    TRAIN64: {"verdict": 0.97, "grounds": 0.94, "exclusions": 0.95, "refer_to": 0.95, "forvaltning": 0.93,
              "cpr_found": 1.0},
    # Was heldout_2026_12av, retired to training at the start of the triage v25 round (stop 38).
    # Held out: written with 12au, the same way (hav1-hav3; grids: children, schools and families under strain; the
    # city's politics and the citizen's own case side by side; short, messy and translated), reviewed blind (89 of 90
    # agreed, no change), committed alone (7140ec3) and first scored the same way: on the round's engine after its
    # second part and on the engine before the round verdict 0.978, grounds 0.972, exclusions 0.844, refer_to 0.950,
    # forvaltning 0.950, cpr_found 1.000, fully right 0.772, pairs 0.956; on its final engine (the third part, whose
    # rules came from training texts after these figures were seen) verdict 0.983, pairs 0.967, the rest the same.
    # Floors: the final engine's figures, rounded down.
    # Raised at the end of the triage v22 round (stop 35) to its figures then (figures only), rounded down.
    # Raised at the end of the triage v25 round (stop 38), whose rules were read off its misses, to its figures then.
    TRAIN65: {"verdict": 0.99, "grounds": 0.97, "exclusions": 0.86, "refer_to": 0.96, "forvaltning": 0.96,
              "cpr_found": 1.0},
    # Was heldout_2026_12aw, retired to training at the start of the triage v25 round (stop 38).
    # Held out: written on 2026-12-06 (stop 35; haw1-haw3; grids: adults with disabilities, mental illness and
    # addiction; businesses, associations and clubs; newcomers and people between countries) as the triage v22 round
    # began, before any of its changes was committed, reviewed blind (87 of 90 agreed, no change), committed alone
    # (0ef8dfa) and first scored, figures only, at the end of the round: verdict 0.939, grounds 0.967, exclusions
    # 0.922, refer_to 0.933, forvaltning 0.939, cpr_found 1.000, fully right 0.817, pairs 0.922; on the engine before
    # the round (29be38e) the same but forvaltning 0.944. Floors: the final figures, rounded down.
    # Raised at the end of the triage v25 round (stop 38), whose rules were read off its misses, to its figures then.
    TRAIN66: {"verdict": 0.98, "grounds": 0.97, "exclusions": 0.95, "refer_to": 0.95, "forvaltning": 0.94,
              "cpr_found": 1.0},
    # Was heldout_2026_12ax, retired to training at the start of the triage v26 round (stop 39).
    # Held out: written the same way at the same time (hax1-hax3; grids: the city's shared spaces, culture and
    # leisure; time and first contact; letters with several matters), reviewed blind (87 of 90 agreed; one received
    # date moved off a Wednesday), committed alone (6439e3f) and first scored the same way, the same on both engines:
    # verdict 0.917, grounds 0.972, exclusions 0.861, refer_to 0.933, forvaltning 0.906, cpr_found 1.000, fully right
    # 0.733, pairs 0.900. Floors: those figures, rounded down.
    TRAIN67: {"verdict": 0.91, "grounds": 0.97, "exclusions": 0.86, "refer_to": 0.93, "forvaltning": 0.9,
              "cpr_found": 1.0},
    # Was heldout_2026_12ay, retired to training at the start of the triage v26 round (stop 39).
    # Held out: written the same way a little later, while the round's first rules were written and before any was
    # committed (hay1-hay3; grids: benefits and money from the social side; health at home and where the region
    # begins; how staff spoke and acted), reviewed blind (88 of 90 agreed; three received dates pinned, one a telling
    # made to name its department), committed alone (08575c3) and first scored at the end of the round: verdict 0.922,
    # grounds 0.917, exclusions 0.928, refer_to 0.928, forvaltning 0.939, cpr_found 1.000, fully right 0.783, pairs
    # 0.867; on the engine before the round verdict 0.911, fully right 0.778, the rest the same. Floors: the final
    # figures, rounded down.
    # Raised at the end of the triage v23 round (stop 36) to its figures then (figures only), rounded down.
    TRAIN68: {"verdict": 0.93, "grounds": 0.92, "exclusions": 0.93, "refer_to": 0.93, "forvaltning": 0.95,
              "cpr_found": 1.0},
    # Was heldout_2026_12az, retired to training at the start of the triage v26 round (stop 39).
    # Held out: written with 12ay (haz1-haz3; grids: the neighbour, the building and the environment; young people from
    # 15 to 25; long and layered letters, and very short ones), reviewed blind (87 of 90 agreed; one situation's
    # department set to BUF, one given its ground, one a telling made to ask for help to understand), committed alone
    # (9f6b1a1) and first scored the same way: verdict 0.911, grounds 0.939, exclusions 0.906, refer_to 0.939,
    # forvaltning 0.922, cpr_found 1.000, fully right 0.778, pairs 0.867; on the engine before the round verdict 0.900,
    # exclusions 0.894, forvaltning 0.911, fully right 0.767. Floors: the final figures, rounded down.
    TRAIN69: {"verdict": 0.91, "grounds": 0.93, "exclusions": 0.9, "refer_to": 0.93, "forvaltning": 0.92,
              "cpr_found": 1.0},
    # Was heldout_2026_12ba, retired to training at the start of the triage v26 round (stop 39).
    # Held out: written on 2026-12-06 (stop 35; hba1-hba3; grids: the public's everyday errands; families in the child
    # protection system and people in care; what does not belong to the municipality) after the triage v22 round had
    # ended, reviewed blind (90 of 90 agreed, no change), committed alone (ddf4df4) and first scored, figures only, on
    # the round's engine: verdict 0.961, grounds 0.972, exclusions 0.894, refer_to 0.922, forvaltning 0.939,
    # cpr_found 1.000, fully right 0.817, pairs 0.944; the same on the engine before the round. Floors: those figures,
    # rounded down.
    # Raised at the end of the triage v24 round (stop 37) to its figures then (figures only), rounded down.
    TRAIN70: {"verdict": 0.96, "grounds": 0.97, "exclusions": 0.9, "refer_to": 0.92, "forvaltning": 0.94,
              "cpr_found": 1.0},
    # Was heldout_2026_12bb, retired to training at the start of the triage v27 round (stop 40).
    # Held out: written the same way (hbb1-hbb3; grids: people with disabilities and their helpers; the municipality
    # as a business partner and landlord; letters that are hard to read), reviewed blind (90 of 90 agreed, no change),
    # committed alone (0d1dfeb) and first scored the same way: verdict 0.967, grounds 0.978, exclusions 0.961,
    # refer_to 0.961, forvaltning 0.900, cpr_found 1.000, fully right 0.861, pairs 0.933; on the engine before the
    # round grounds 0.983, the rest the same. Floors: the round's figures, rounded down.
    # Raised at the end of the triage v27 round (stop 40), whose rules were read off its misses, to its figures then.
    TRAIN71: {"verdict": 1.0, "grounds": 0.98, "exclusions": 0.97, "refer_to": 0.97, "forvaltning": 0.91,
              "cpr_found": 1.0},
    # Was heldout_2026_12bc, retired to training at the start of the triage v27 round (stop 40).
    # Held out: written on 2026-12-07 (stop 36; hbc1-hbc3; grids: mental health, addiction and homelessness; animals,
    # nature, climate and the environment; international residents, students and expats) as the triage v23 round
    # began, before any of its rules was committed, reviewed blind (89 of 90 agreed; one retelling's first-contact
    # sentence made as plain as its twin's), committed alone (81ff73d) and first scored at the round's end, figures
    # only: verdict 0.956, grounds 0.967, exclusions 0.928, refer_to 0.939, forvaltning 0.894, cpr_found 1.000, fully
    # right 0.806, pairs 0.933; the same on the engine before the round. Floors: those figures, rounded down.
    # Raised at the end of the triage v27 round (stop 40), whose rules were read off its misses, to its figures then.
    TRAIN72: {"verdict": 0.98, "grounds": 0.97, "exclusions": 0.96, "refer_to": 0.96, "forvaltning": 0.9,
              "cpr_found": 1.0},
    # Was heldout_2026_12bd, retired to training at the start of the triage v27 round (stop 40).
    # Held out: written with 12bc (hbd1-hbd3; grids: pregnancy, newborns and young families; the municipality's letters,
    # portals and data; professionals and representatives writing), reviewed blind (88 of 90 agreed; one situation's
    # grounds widened to match its near twin, one retelling given the fact its referral rests on), committed alone
    # (4e5b7c0) and first scored the same way: verdict 0.933, grounds 0.944, exclusions 0.906, refer_to 0.933,
    # forvaltning 0.933, cpr_found 1.000, fully right 0.789, pairs 0.911; on the engine before the round verdict 0.928,
    # grounds 0.933, exclusions 0.894, refer_to 0.922, forvaltning 0.928, fully right 0.772, pairs 0.900. Floors: the
    # round's figures, rounded down.
    # Raised at the end of the triage v24 round (stop 37) to its figures then (figures only), rounded down.
    # Raised at the end of the triage v27 round (stop 40), whose rules were read off its misses, to its figures then.
    TRAIN73: {"verdict": 0.98, "grounds": 0.95, "exclusions": 0.94, "refer_to": 0.95, "forvaltning": 0.93,
              "cpr_found": 1.0},
    # Was heldout_2026_12be, retired to training at the start of the triage v27 round (stop 40).
    # Held out: written on 2026-12-07 (stop 37; hbe1-hbe3; grids: sport, culture, leisure and associations; money the
    # municipality claims and pays back; life changing overnight) as the triage v24 round began, before any of its
    # rules was committed, reviewed blind (87 of 90 agreed; one situation given a reminder in both tellings, as its
    # near twins), committed alone (4000977) and first scored at the round's end, figures only: verdict 0.950, grounds
    # 0.956, exclusions 0.894, refer_to 0.906, forvaltning 0.911, cpr_found 1.000, fully right 0.761, pairs 0.944; the
    # same on the engine before the round. Floors: those figures, rounded down.
    # Raised at the end of the triage v27 round (stop 40), whose rules were read off its misses, to its figures then.
    TRAIN74: {"verdict": 1.0, "grounds": 0.96, "exclusions": 0.93, "refer_to": 0.91, "forvaltning": 0.92,
              "cpr_found": 1.0},
    # Was heldout_2026_12bf, retired to training at the start of the triage v28 round (stop 40).
    # Held out: written with 12be (hbf1-hbf3; grids: the school day; building, housing and the home; health and
    # prevention across the borders), reviewed blind (89 of 90 agreed; two situations' grounds narrowed to their near
    # twins', one telling made to name its department), committed alone (56a7802) and first scored the same way:
    # verdict 0.950, grounds 0.928, exclusions 0.906, refer_to 0.889, forvaltning 0.917, cpr_found 0.989 (two numbers
    # in 180 read wrong, not looked at while the set is held out), fully right 0.756, pairs 0.922; the same on the
    # engine before the round. Floors: those figures, rounded down.
    # Raised at the end of the triage v26 round (stop 39) to its figures then (figures only), rounded down.
    # Raised at the end of the triage v28 round (stop 40), whose rules were read off its misses, to its figures then.
    TRAIN75: {"verdict": 0.97, "grounds": 0.93, "exclusions": 0.92, "refer_to": 0.89, "forvaltning": 0.91,
              "cpr_found": 0.98},
    # Was heldout_2026_12bg, retired to training at the start of the triage v28 round (stop 40).
    # Held out: written on 2026-12-07 (stop 38; hbg1-hbg3; grids: getting around, transport and mobility; death,
    # burial, guardianship and the last things; crime, safety and violence) as the triage v25 round began, before any
    # of its rules was committed, reviewed blind (90 of 90 agreed, no change), committed alone (e51200e). Its figures
    # were first printed mid-round, by a run of the whole triage suite on the engine of 57f1df0 (part 6 of 7+1; a set
    # with no floors prints its figures when skipped), figures only, no failure read: verdict 0.900, grounds 0.944,
    # exclusions 0.872, refer_to 0.939, forvaltning 0.872, cpr_found 1.000, fully right 0.767, pairs 0.889; the same
    # on the round's final engine; on the engine before the round (ace5f7b) exclusions 0.878 and refer_to 0.944, the
    # rest the same. Floors: the round's figures, rounded down.
    # Raised at the end of the triage v28 round (stop 40), whose rules were read off its misses, to its figures then.
    TRAIN76: {"verdict": 0.95, "grounds": 0.95, "exclusions": 0.9, "refer_to": 0.96, "forvaltning": 0.89,
              "cpr_found": 1.0},
    # Was heldout_2026_12bh, retired to training at the start of the triage v28 round (stop 40).
    # Held out: written with 12bg (hbh1-hbh3; grids: democracy, information and openness; weather, seasons and
    # emergencies; food and meals), reviewed blind (85 of 90 agreed; two tellings made to say their second complaint,
    # one situation's grounds aligned with its three near twins), committed alone (72ce2e7) and first printed the same
    # way: verdict 0.922, grounds 0.944, exclusions 0.933, refer_to 0.917, forvaltning 0.939, cpr_found 1.000, fully
    # right 0.822, pairs 0.867; the same on the round's final engine and on the engine before it. Floors: those
    # figures, rounded down.
    # Raised at the end of the triage v28 round (stop 40), whose rules were read off its misses, to its figures then.
    TRAIN77: {"verdict": 0.96, "grounds": 0.95, "exclusions": 0.96, "refer_to": 0.91, "forvaltning": 0.94,
              "cpr_found": 1.0},
    # Was heldout_2026_12bi, retired to training at the start of the triage v28 round (stop 40).
    # Held out: written on 2026-12-07 (stop 39; hbi1-hbi3; grids: animals, parks and nature; language, interpreters
    # and being understood; moving house) as the triage v26 round began, before any of its rules was committed,
    # reviewed blind (90 of 90 agreed; one retelling told which law its dispensation came under), committed alone
    # (9e2b2a7) and first scored at the round's end, figures only: verdict 0.906, grounds 0.972, exclusions 0.894,
    # refer_to 0.972, forvaltning 0.911, cpr_found 1.000, fully right 0.822, pairs 0.900; the same on the engine
    # before the round (a67c623). Floors: those figures, rounded down.
    # Raised at the end of the triage v27 round (stop 40) to its figures then (figures only), rounded down.
    # Raised at the end of the triage v28 round (stop 40), whose rules were read off its misses, to its figures then.
    TRAIN78: {"verdict": 0.94, "grounds": 0.97, "exclusions": 0.93, "refer_to": 0.98, "forvaltning": 0.91,
              "cpr_found": 1.0},
    # Was heldout_2026_12bj, retired to training at the start of the triage v29 round (stop 41).
    # Held out: written with 12bi (hbj1-hbj3; grids: shops, restaurants and the self-employed; holidays, travel and
    # abroad; meetings with the municipality), reviewed blind (89 of 90 agreed, no change), committed alone (8974cf6)
    # and first scored the same way, figures only: on the round's engine before its take-backs verdict 0.939, fully
    # right 0.822, pairs 0.922; after them (the learned beside head's threshold back at 0.4, for train50's floor) and on
    # the engine before the round the same: verdict 0.922, grounds 0.961, exclusions 0.900, refer_to 0.933,
    # forvaltning 0.922, cpr_found 1.000, fully right 0.806, pairs 0.889. Floors: the final figures, rounded down.
    # Raised at the end of the triage v29 round (stop 41), whose rules were read off its misses, to its figures then.
    TRAIN79: {"verdict": 0.95, "grounds": 0.96, "exclusions": 0.95, "refer_to": 0.96, "forvaltning": 0.94,
              "cpr_found": 1.0},
    # Was heldout_2026_12bk, retired to training at the start of the triage v29 round (stop 41).
    # Held out: written on 2026-12-07 (stop 40; hbk1-hbk3; grids: families splitting up; sickness and getting back to
    # work; private companies doing the municipality's work) as the triage v27 round began, before any of its rules was
    # committed, reviewed blind (89 of 90 agreed; one retelling told which department its family house belongs to),
    # committed alone (91b102e) and first scored at the round's end, figures only: verdict 0.939, grounds 0.956,
    # exclusions 0.856, refer_to 0.911, forvaltning 0.867, cpr_found 1.000, fully right 0.783, pairs 0.922; the same on
    # the engine before the round (e8f6f2e). Floors: those figures, rounded down.
    # Raised at the end of the triage v29 round (stop 41), whose rules were read off its misses, to its figures then.
    TRAIN80: {"verdict": 0.97, "grounds": 0.96, "exclusions": 0.91, "refer_to": 0.93, "forvaltning": 0.91,
              "cpr_found": 1.0},
    # Held out: written with 12bk (hbl1-hbl3; grids: rats, pests, smells and light; people released from prison and
    # people with a record; letters from lawyers, union representatives, organisations and politicians), reviewed blind
    # (87 of 90 agreed, no change), committed alone (487a67e) and first scored the same way: verdict 0.933, grounds
    # 0.928, exclusions 0.911, refer_to 0.950, forvaltning 0.906, cpr_found 1.000, fully right 0.783, pairs 0.911; the
    # same on the engine before the round. Floors: those figures, rounded down.
    # Its pairs raised at the end of the triage v29 round (stop 41), where they rose (figures only): 0.922.
    # Was heldout_2026_12bl, retired to training at the start of the triage v30 round (stop 42).
    # Raised at the end of the triage v30 round (stop 42), whose rules were read off its misses, to its figures then.
    TRAIN81: {"verdict": 0.96, "grounds": 0.93, "exclusions": 0.94, "refer_to": 0.96, "forvaltning": 0.9,
              "cpr_found": 1.0},
    # Held out: written on 2026-12-07 (stop 40; hbm1-hbm3; grids: weddings, names and the civil register; volunteers
    # and associations working with the municipality; nights, weekends and holidays) as the triage v28 round began,
    # while its first rules were written and before any was committed, reviewed blind (89 of 90 agreed; one word of a
    # retelling made unambiguous), committed alone (c96aec0) and first scored at the round's end, figures only: verdict
    # 0.922, grounds 0.967, exclusions 0.883, refer_to 0.922, forvaltning 0.894, cpr_found 1.000, fully right 0.772,
    # pairs 0.911; the same on the engine before the round (4f429ed). Floors: those figures, rounded down.
    # Raised at the end of the triage v29 round (stop 41) where it rose (figures only): grounds 0.972, pairs 0.922.
    # Was heldout_2026_12bm, retired to training at the start of the triage v30 round (stop 42).
    # Raised at the end of the triage v30 round (stop 42), whose rules were read off its misses, to its figures then.
    TRAIN82: {"verdict": 0.98, "grounds": 0.98, "exclusions": 0.95, "refer_to": 0.95, "forvaltning": 0.92,
              "cpr_found": 1.0},
    # Held out: written with 12bm (hbn1-hbn3; grids: Greenlanders, Faroese and Danes coming home from abroad; events,
    # festivals and noise permits; waste, recycling and bulky waste), reviewed blind (90 of 90 agreed; one retelling's
    # first-contact sentence made plain), committed alone (34409a1) and first scored the same way: verdict 0.917,
    # grounds 0.956, exclusions 0.906, refer_to 0.917, forvaltning 0.933, cpr_found 1.000, fully right 0.772, pairs
    # 0.878; the same on the engine before the round. Floors: those figures, rounded down.
    # Was heldout_2026_12bn, retired to training at the start of the triage v31 round (stop 43); raised to its figures
    # after the round: verdict 0.972, grounds 0.961, exclusions 0.956, refer_to 0.933, forvaltning 0.950, pairs 0.944.
    TRAIN83: {"verdict": 0.97, "grounds": 0.96, "exclusions": 0.95, "refer_to": 0.93, "forvaltning": 0.95,
              "cpr_found": 1.0},
    # Held out: written on 2026-12-07 (stop 41; hbo1-hbo3; grids: students and young adults; animals, parks and nature
    # in the city; the end of a life) as the triage v29 round began, before any of its rules was committed, reviewed
    # blind (83 of 90 agreed, every difference settled for the writer; one situation's tellings told the man's age),
    # committed alone (7daadb9) and first scored at the round's end, figures only: verdict 0.889, grounds 0.956,
    # exclusions 0.872, refer_to 0.900, forvaltning 0.878, cpr_found 1.000, fully right 0.750, pairs 0.889; the same on
    # the engine before the round (cc79617). Floors: those figures, rounded down.
    # Raised at the end of the triage v30 round (stop 42) where it rose (figures only): verdict 0.894, pairs 0.900.
    # Was heldout_2026_12bo, retired to training at the start of the triage v31 round (stop 43); raised to its figures
    # after the round: verdict 0.978, grounds 0.961, exclusions 0.956, refer_to 0.944, forvaltning 0.911, pairs 0.956.
    TRAIN84: {"verdict": 0.97, "grounds": 0.96, "exclusions": 0.95, "refer_to": 0.94, "forvaltning": 0.91,
              "cpr_found": 1.0},
    # Held out: written with 12bo (hbp1-hbp3; grids: getting around; money the municipality asks for; complaints about
    # complaints; the retried third writer finished as the round's part 1 was committed), reviewed blind (86 of 90
    # agreed, nothing changed), committed alone (609656b, after part 1) and first scored the same way: verdict 0.922,
    # grounds 0.967, exclusions 0.883, refer_to 0.928, forvaltning 0.922, cpr_found 1.000, fully right 0.811, pairs
    # 0.911; the same on the engine before the round. Floors: those figures, rounded down.
    # Was heldout_2026_12bp, retired to training at the start of the triage v32 round (stop 43); raised to its figures
    # after the round: verdict 0.961, grounds 0.967, exclusions 0.906, refer_to 0.950, forvaltning 0.933, pairs 0.967.
    TRAIN86: {"verdict": 0.96, "grounds": 0.96, "exclusions": 0.9, "refer_to": 0.95, "forvaltning": 0.93,
              "cpr_found": 1.0},
    # Held out: written on 2026-12-07 (stop 42; hbq1-hbq3; grids: neighbours and shared spaces; the municipality's
    # staff as people; digital self-service and IT) as the triage v30 round began, while its first rules were written
    # and before any was committed, reviewed blind (86 of 90 agreed, nothing changed), committed alone (3d76715) and
    # first scored at the round's end, figures only: verdict 0.928, grounds 0.944, exclusions 0.933, refer_to 0.944,
    # forvaltning 0.956, cpr_found 1.000, fully right 0.817, pairs 0.878; the same on the engine before the round
    # (3d76715). Floors: those figures, rounded down.
    # Was heldout_2026_12bq, retired to training in the triage v31 round (stop 43): the round's first rules, run
    # mid-round with the whole triage suite, moved its grounds and exclusions under their floors (figures only: 0.939
    # and 0.922); a floor is not lowered, so it was taken into training, its failures unread until then.
    # Raised to its figures after the round: verdict 0.989, grounds 0.944, exclusions 0.978, refer_to 0.967,
    # forvaltning 0.978, pairs 0.978.
    TRAIN85: {"verdict": 0.98, "grounds": 0.94, "exclusions": 0.97, "refer_to": 0.96, "forvaltning": 0.97,
              "cpr_found": 1.0},
    # Held out: written with 12bq (hbr1-hbr3; grids: waiting; health in the municipality; written down by someone else
    # or in a hurry), reviewed blind (86 of 90 agreed, nothing changed), committed alone (b4a85e7) and first scored the
    # same way: verdict 0.989, grounds 0.956, exclusions 0.933, refer_to 0.956, forvaltning 0.961, cpr_found 1.000,
    # fully right 0.867, pairs 0.978; the same on the engine before the round. Floors: those figures, rounded down.
    # Was heldout_2026_12br, retired to training at the start of the triage v33 round (stop 44). Raised to its figures
    # after the round: verdict 0.994, grounds 0.961, exclusions 0.978, refer_to 0.983, forvaltning 0.961, pairs 0.989.
    TRAIN87: {"verdict": 0.99, "grounds": 0.96, "exclusions": 0.97, "refer_to": 0.98, "forvaltning": 0.96,
              "cpr_found": 1.0},
    # Held out: written on 2026-12-07 (stop 43; hbs1-hbs3; grids: money between the citizen and the municipality;
    # children and young people; someone writing on another's behalf) at the start of the session, before the triage
    # v31 round's first rule and before the retired sets' failures were read, reviewed blind (89 of 90 agreed, nothing
    # changed), committed alone (439e627) and first scored at the round's end, figures only: verdict 0.944, grounds
    # 0.972, exclusions 0.900, refer_to 0.928, forvaltning 0.961, cpr_found 1.000, fully right 0.839, pairs 0.889; the
    # same on the engine before the round (133b56e). Floors: those figures, rounded down.
    # Was heldout_2026_12bs, retired to training at the start of the triage v33 round (stop 44). Raised to its figures
    # after the round: verdict 0.994, grounds 0.978, exclusions 1.000, refer_to 0.994, forvaltning 0.972, pairs 0.989.
    TRAIN88: {"verdict": 0.99, "grounds": 0.97, "exclusions": 1.0, "refer_to": 0.99, "forvaltning": 0.97,
              "cpr_found": 1.0},
    # Held out: written with 12bs (hbt1-hbt3; grids: streets, traffic and the city outside; work, jobcentre and
    # sickness; the advisor's own edges), reviewed blind (89 of 90 agreed, nothing changed), committed alone (13a197d)
    # and first scored the same way: verdict 0.911, grounds 0.994, exclusions 0.889, refer_to 0.944, forvaltning 0.906,
    # cpr_found 1.000, fully right 0.772, pairs 0.900; on the engine before the round verdict 0.906, exclusions 0.883,
    # refer_to 0.939, fully right 0.767, pairs 0.889. Floors: the round's figures, rounded down.
    # Raised at the end of the triage v32 round (stop 43) where it rose (figures only): verdict 0.922, exclusions 0.900,
    # forvaltning 0.911.
    HELDOUT12BT: {"verdict": 0.92, "grounds": 0.99, "exclusions": 0.9, "refer_to": 0.94, "forvaltning": 0.91,
                  "cpr_found": 1.0},
    # Held out: written on 2026-12-07 (stop 43; hbu1-hbu3; grids: housing and having nowhere to live; disability and
    # aids; culture, sport and leisure) as the triage v32 round began, while its first rules were written and before any
    # was committed, reviewed blind (87 of 90 agreed; one telling made to say the shelter is the municipality's),
    # committed alone with 12bv (b931923) and first scored at the round's end, figures only: verdict 0.900, grounds
    # 0.944, exclusions 0.839, refer_to 0.956, forvaltning 0.889, cpr_found 1.000, fully right 0.750, pairs 0.933; the
    # same on the engine before the round (b931923). Floors: those figures, rounded down.
    HELDOUT12BU: {"verdict": 0.9, "grounds": 0.94, "exclusions": 0.83, "refer_to": 0.95, "forvaltning": 0.88,
                  "cpr_found": 1.0},
    # Held out: written with 12bu (hbv1-hbv3; grids: elderly care and its relatives; the town hall and local democracy;
    # letters, forms and misunderstandings), reviewed blind (87 of 90 agreed; one situation's exclusions made
    # ikke_kommunen alone) and first scored the same way: verdict 0.894, grounds 0.950, exclusions 0.856, refer_to
    # 0.883, forvaltning 0.917, cpr_found 1.000, fully right 0.739, pairs 0.844; the same on the engine before the
    # round. Floors: those figures, rounded down.
    HELDOUT12BV: {"verdict": 0.89, "grounds": 0.95, "exclusions": 0.85, "refer_to": 0.88, "forvaltning": 0.91,
                  "cpr_found": 1.0},
    # Held out: written on 2026-12-07 (stop 44; hbw1-hbw3; grids: building, planning and construction next door;
    # families in crisis; businesses, associations and the self-employed writing) as the triage v33 round began, while
    # its first rules were written and before any was committed, reviewed blind (87 of 90 agreed, nothing changed by
    # the reviewer; the health visitors' department settled as BUF on four lines before any score), committed alone
    # (4ca6ef9) and first scored at the round's end, figures only: verdict 0.928, grounds 0.956, exclusions 0.872,
    # refer_to 0.894, forvaltning 0.922, cpr_found 1.000, fully right 0.783, pairs 0.900; the same on the engine before
    # the round. Floors: those figures, rounded down.
    HELDOUT12BW: {"verdict": 0.92, "grounds": 0.95, "exclusions": 0.87, "refer_to": 0.89, "forvaltning": 0.92,
                  "cpr_found": 1.0},
    # Held out: written with 12bw (hbx1-hbx3; grids: mental health, addiction and people on the street; files, data
    # and privacy; new in Denmark), reviewed blind (86 of 90 agreed; one situation given the grounds its text holds),
    # committed alone with 12bw and first scored the same way: verdict 0.972, grounds 0.933, exclusions 0.961,
    # refer_to 0.972, forvaltning 0.944, cpr_found 1.000, fully right 0.844, pairs 0.967; on the engine before the
    # round exclusions 0.956, refer_to 0.967, fully right 0.839 (one case). Floors: those figures, rounded down.
    HELDOUT12BX: {"verdict": 0.97, "grounds": 0.93, "exclusions": 0.96, "refer_to": 0.97, "forvaltning": 0.94,
                  "cpr_found": 1.0},
    # Written on 2026-12-07 (stop 44) as training data for the triage v34 round by six writers who never saw the engine
    # (t89a-c: a municipal matter beside an outside body; decisions and what the writer wants; already elsewhere or
    # not yet. t90a-c: the care and health border; money and work; newcomers writing in a second language), first
    # scored before any use on the v33 engine (verdict 0.928 and 0.950, exclusions 0.883 and 0.894, pairs 0.900 and
    # 0.911), then read by kind in the v34 round. Floors: the figures after it, rounded down.
    TRAIN89: {"verdict": 0.96, "grounds": 0.95, "exclusions": 0.93, "refer_to": 0.94, "forvaltning": 0.95,
              "cpr_found": 1.0},
    TRAIN90: {"verdict": 0.96, "grounds": 0.97, "exclusions": 0.92, "refer_to": 0.94, "forvaltning": 0.94,
              "cpr_found": 1.0},
    # train23-train29 (incoming/ until the triage v18 round, stop 31): the figures after that round, rounded down.
    TRAIN23: {"verdict": 0.95, "grounds": 0.96, "exclusions": 0.94, "refer_to": 0.96, "forvaltning": 0.91,
             "cpr_found": 1.0},
    TRAIN24: {"verdict": 0.96, "grounds": 0.98, "exclusions": 0.72, "refer_to": 0.77, "forvaltning": 0.9,
             "cpr_found": 1.0},
    TRAIN25: {"verdict": 0.95, "grounds": 0.94, "exclusions": 0.85, "refer_to": 0.96, "forvaltning": 0.95,
             "cpr_found": 1.0},
    TRAIN26: {"verdict": 0.97, "grounds": 0.93, "exclusions": 0.91, "refer_to": 0.96, "forvaltning": 0.98,
             "cpr_found": 1.0},
    TRAIN27: {"verdict": 0.96, "grounds": 0.93, "exclusions": 0.92, "refer_to": 0.94, "forvaltning": 0.95,
             "cpr_found": 1.0},
    TRAIN28: {"verdict": 0.97, "grounds": 0.96, "exclusions": 0.93, "refer_to": 0.93, "forvaltning": 0.93,
             "cpr_found": 1.0},
    TRAIN29: {"verdict": 0.93, "grounds": 0.95, "exclusions": 0.92, "refer_to": 0.92, "forvaltning": 0.95,
             "cpr_found": 1.0},
}
# The sets' cases without a received_date were written on these days (the one-year rule counts from it).
TODAY = {TRAIN8: date(2026, 12, 2), TRAIN9: date(2026, 12, 3), TRAIN10: date(2026, 12, 3),
         TRAIN30: date(2026, 12, 3), TRAIN11: date(2026, 12, 3),
         TRAIN14: date(2026, 12, 4), TRAIN12: date(2026, 12, 4), TRAIN13: date(2026, 12, 4),
         TRAIN18: date(2026, 12, 4), TRAIN31: date(2026, 12, 4),
         TRAIN19: date(2026, 12, 4), TRAIN22: date(2026, 12, 5), TRAIN20: date(2026, 12, 5),
         TRAIN21: date(2026, 12, 5), TRAIN15: date(2026, 12, 4),
         TRAIN16: date(2026, 12, 4), TRAIN17: date(2026, 12, 5), TRAIN32: date(2026, 12, 5),
         TRAIN33: date(2026, 12, 5), TRAIN34: date(2026, 12, 5), TRAIN35: date(2026, 12, 6),
         TRAIN36: date(2026, 12, 6), TRAIN37: date(2026, 12, 6),
         TRAIN38: date(2026, 12, 6), TRAIN39: date(2026, 12, 6), TRAIN40: date(2026, 12, 6),
         TRAIN41: date(2026, 12, 6), TRAIN42: date(2026, 12, 6),
         TRAIN43: date(2026, 12, 6), TRAIN44: date(2026, 12, 6), TRAIN45: date(2026, 12, 6),
         TRAIN46: date(2026, 12, 6), TRAIN47: date(2026, 12, 6),
         TRAIN48: date(2026, 12, 6), TRAIN49: date(2026, 12, 6), TRAIN50: date(2026, 12, 6),
         TRAIN51: date(2026, 12, 6), TRAIN52: date(2026, 12, 6), TRAIN53: date(2026, 12, 6),
         TRAIN54: date(2026, 12, 6), TRAIN55: date(2026, 12, 6), TRAIN56: date(2026, 12, 6),
         TRAIN57: date(2026, 12, 6), TRAIN58: date(2026, 12, 6), TRAIN59: date(2026, 12, 6),
         TRAIN60: date(2026, 12, 6), TRAIN61: date(2026, 12, 6), TRAIN62: date(2026, 12, 6),
         TRAIN63: date(2026, 12, 6), TRAIN64: date(2026, 12, 6), TRAIN65: date(2026, 12, 6),
         TRAIN66: date(2026, 12, 6), TRAIN67: date(2026, 12, 6), TRAIN68: date(2026, 12, 6),
         TRAIN69: date(2026, 12, 6), TRAIN70: date(2026, 12, 6), TRAIN71: date(2026, 12, 6),
         TRAIN72: date(2026, 12, 6), TRAIN73: date(2026, 12, 6),
         TRAIN74: date(2026, 12, 7), TRAIN75: date(2026, 12, 7), TRAIN76: date(2026, 12, 7),
         TRAIN77: date(2026, 12, 7), TRAIN78: date(2026, 12, 7),
         TRAIN79: date(2026, 12, 7), TRAIN80: date(2026, 12, 7), TRAIN81: date(2026, 12, 7),
         TRAIN82: date(2026, 12, 7), TRAIN83: date(2026, 12, 7),
         TRAIN84: date(2026, 12, 7), TRAIN86: date(2026, 12, 7),
         TRAIN85: date(2026, 12, 7), TRAIN87: date(2026, 12, 7),
         TRAIN88: date(2026, 12, 7), HELDOUT12BT: date(2026, 12, 7),
         HELDOUT12BU: date(2026, 12, 7), HELDOUT12BV: date(2026, 12, 7),
         HELDOUT12BW: date(2026, 12, 7), HELDOUT12BX: date(2026, 12, 7),
         TRAIN89: date(2026, 12, 7), TRAIN90: date(2026, 12, 7),
         TRAIN23: date(2026, 12, 5), TRAIN24: date(2026, 12, 5), TRAIN25: date(2026, 12, 6),
         TRAIN26: date(2026, 12, 4), TRAIN27: date(2026, 12, 5), TRAIN28: date(2026, 12, 4),
         TRAIN29: date(2026, 12, 6)}
TRAIN_TODAY = date(2026, 11, 27)
FIELDS = ("verdict", "grounds", "exclusions", "refer_to", "forvaltning", "cpr_found")


def default_config():
    """Copenhagen's default configuration, without a database: the very one an office on the defaults gets from
    its database (``test_selectors.py``), so the sets are scored once, not again on each database engine."""
    return triage_config_get(use_database=False)


def score(path: Path, config, today: date) -> tuple[dict[str, float], list[tuple[str, list[str]]]]:
    cases = load(path)
    wrong = dict.fromkeys(FIELDS, 0)
    failures = []
    for case in cases:
        result = triage(case["text"], answers=case.get("answers"), channel=case.get("channel"),
                        config=config, today=today).to_dict()
        problems = mismatches(result, case["expect"])
        for problem in problems:
            wrong[problem.split(" ", 1)[0]] += 1
        if problems:
            failures.append((case["id"], problems))
    return {name: 1 - wrong[name] / len(cases) for name in FIELDS}, failures


def _held_out(name: str) -> bool:
    """A held-out set: its failures are never printed (docs/triage.md, "Measuring"), only its figures."""
    return name.startswith("heldout/")


@pytest.mark.parametrize("name", SETS)
def test_the_set_is_complete(name):
    cases = load(HERE / name)
    assert len(cases) == TRAIN_SETS.get(name, len(cases)) > 0
    assert len({case["id"] for case in cases}) == len(cases)
    for case in cases:
        assert isinstance(case["text"], str) and case["text"].strip(), case["id"]
        assert set(case["expect"]) >= {"verdict", "exclusions", "refer_to", "forvaltning", "cpr_found"}, case["id"]


@pytest.mark.parametrize("name", SETS)
def test_the_set_meets_its_floors(name):
    scores, failures = score(HERE / name, default_config(), TODAY.get(name, TRAIN_TODAY))
    print()
    if not _held_out(name):  # a held-out set's cases are never shown, not even when a floor fails: figures only
        for case_id, problems in failures:
            print(f"  {case_id}: {'; '.join(problems)}")
    print("  " + "  ".join(f"{field}={value:.3f}" for field, value in scores.items()))
    if name not in FLOORS:
        pytest.skip(f"{name} has no floors yet; its first score is the held-out measurement: {scores}")
    below = {field: scores[field] for field, floor in FLOORS[name].items() if scores[field] < floor}
    assert not below, (below, scores)


def pair_stability(path: Path, config, today: date) -> tuple[float, list[str]]:
    """The share of situations whose two tellings (ids ``…a``, ``…b``) get the same verdict, and the others."""
    verdicts: dict[str, dict[str, str]] = {}
    for case in load(path):
        result = triage(case["text"], answers=case.get("answers"), channel=case.get("channel"),
                        config=config, today=today)
        verdicts.setdefault(case["id"][:-1], {})[case["id"][-1]] = result.verdict
    pairs = {situation: tellings for situation, tellings in verdicts.items() if len(tellings) == 2}
    differing = [f"{situation}: {tellings}" for situation, tellings in pairs.items()
                 if len(set(tellings.values())) > 1]
    return 1 - len(differing) / len(pairs), differing


@pytest.mark.parametrize(("name", "floor"), PAIRED.items())
def test_both_tellings_get_the_same_verdict(name, floor):
    stability, differing = pair_stability(HERE / name, default_config(), TODAY.get(name, TRAIN_TODAY))
    shown = [f"{len(differing)} situations (held out: not shown)"] if _held_out(name) else differing
    print("\n  " + "\n  ".join(shown) + f"\n  same verdict in {stability:.3f} of the situations")
    assert stability >= floor, shown
