"""Attach each quantity to its governing activity and the object it counts.

The annotation guideline's constructions (docs/annotation.md), one module
each in :mod:`.constructions`, tried in the order ``construction_order`` of
``data/attachment.json`` gives (the first that proposes links wins):

1. ``rate_or_share``: a rate, share or measure named right before the number
   (办结率100％; 参考率和优秀率均达到100% gives one link per coordinated rate,
   分别为 pairs names and numbers in order; A占B的43％ gives activity 占B,
   object A; 用时控制在60天以内);
2. ``money_noun``: money named by a noun with no verb governing it (罚没款43.6万元);
3. ``change``: the activity is what changed (案件类警情同比下降21.9%); levels
   stated as 由58项精简至19项 take the noun before 由;
4. ``time_limit``: a time limit belongs to the act after it (在5日内作出决定 → 作出);
5. ``dui``: 对 … 进行(了) V: every quantity inside the 对-phrase takes V;
6. ``number_before_action``: a number before the action noun it counts
   (共开展5场20人次监督检查);
7. ``respectively``: 受理、办结案件分别为120件、115件 pairs verbs and numbers;
8. ``verb_before``: the verb before the number, with its object between them
   (受理审批事项1818件), refined for light verbs (开展行政检查 → 行政检查;
   开展交流会 → 开展 / 交流会), existential 有 (有行政复议案件4件 → 行政复议 /
   案件) and pivots (组织42家单位);
9. ``inherit``: a clause with no verb of its own inherits the activity of the
   mention before it in the sentence (breakdowns: 一是取消项3项);
10. ``subject_predicate``: the number is the subject and takes the next
    predicate (502家单位全部评为C级单位 → 评为);
11. ``event_noun``: no verb, an event noun and a generic head (行政处罚案件44件);
12. ``nominal``: otherwise no activity, the noun phrase before the number is
    the object (公证机构112家).

Each proposal passes through the refiners (``construction_refiners``:
``verb_object_compound``, 收案69件 → 收案), and a table-like line's label
(``line_label``, 行政处罚：1,873件) wraps them all.

Words come from a tagger (jieba by default) run only on the sentences that hold
a quantity, with quantities and quoted names kept whole as single tokens
(:mod:`.tokens`); the word lists and shared helpers are in :mod:`.context`.
"""
from .context import Context, Link, Sentence
from .rules import AttachmentRules
from .tokens import PUNCT_POS, QUANTITY_POS, QUOTED_POS, Tok, Tokenizer

__all__ = ["AttachmentRules", "Context", "Link", "PUNCT_POS", "QUANTITY_POS", "QUOTED_POS", "Sentence", "Tok",
           "Tokenizer"]
