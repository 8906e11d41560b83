"""The roles a report sentence gives works (以推动高质量发展为主题, 以深化供给侧结构性改革为主线, 扭住社会稳定和长治久安
总目标, 以全科医生为重点) and a claim that gives a work another work's role, or gives a role to a work the
sentence does not name for it.

Pure text logic, no model: the checker calls ``role_given_otherwise`` on the sentence a 一致 verdict cites.
"""
from __future__ import annotations

import re
from typing import NamedTuple

from .text import normalize

# The roles a work is given in a report's requirements (主题, 主线, 根本动力…) and in its measures (以…为重点)
_ROLE = r"根本动力|根本目的|总目标|总基调|主题|主线|保障|重点|核心|引领|导向|抓手|突破口|切入点|支撑"
_THING = r"[^，,。；;：:、“”]{2,40}?"
# (以X为L; 扭住X这一总目标; 把X作为L)
_ROLE_OF_THING = re.compile(
    rf"(?:以|把|将)(?P<a>{_THING})(?:为|作为|当作)(?:全市|我市|今年|工作的?)?(?P<ra>{_ROLE})"
    rf"|(?:扭住|聚焦|围绕|紧扣|抓住|坚持|紧紧围绕|牢牢扭住)(?P<b>{_THING})(?:这一|这个|的)?(?P<rb>{_ROLE})(?![\u4e00-\u9fff])")
# (主线是X; 根本动力则是X; X是主线)
_ROLE_THEN_THING = re.compile(rf"(?P<r>{_ROLE})(?:则|就|也|还)?(?:是|为|定为|放在)(?P<t>[^，,。；;：:“”]{{2,40}})")
_THING_THEN_ROLE = re.compile(rf"(?P<t>[^，,。；;：:、“”以]{{2,40}}?)(?:是|为|作为)(?:全市|我市|今年)?(?:工作的?|发展的?)?(?P<r>{_ROLE})(?:[，,。；;]|$)")
# Words that lead a work in and say nothing of which it is (推动高质量发展 / 高质量发展)
_LEAD = re.compile(r"^(?:今年|去年|全年|要|将|必须|始终|坚持|牢牢|紧紧|注重|培养|推动|推进|深化|加快|实现|以)+|的$"
                   r"|(?:已|也)?被(?:定|列|确定|确立|当作)$")  # (科技创新被定为根本动力)


class RoleGiven(NamedTuple):
    """A work the claim gives ``said`` as its role where the report gives it ``report`` (or gives ``said`` to
    ``report_thing``)."""
    thing: str
    said: str
    report: str
    report_thing: str


def roles_in(text: str, claim: bool = False) -> list[tuple[str, str]]:
    """(work, role) pairs a text gives, the work without the words that lead it in.

    >>> roles_in("以推动高质量发展为主题,以深化供给侧结构性改革为主线,以改革创新为根本动力")
    [('高质量发展', '主题'), ('供给侧结构性改革', '主线'), ('改革创新', '根本动力')]
    >>> roles_in("主线是改革创新,根本动力则是深化供给侧结构性改革", claim=True)
    [('改革创新', '主线'), ('供给侧结构性改革', '根本动力')]
    >>> roles_in("牢牢扭住社会稳定和长治久安总目标")
    [('社会稳定和长治久安', '总目标')]
    >>> roles_in("改革创新是主线，科技创新被定为根本动力", claim=True)
    [('改革创新', '主线'), ('科技创新', '根本动力')]
    >>> roles_in("今年将以“5G+智慧园区”建设为引领", claim=True)
    [('5g+智慧园区建设', '引领')]
    """
    text = re.sub(r"[“”\"]", "", normalize(text))  # (“主线”是改革创新)
    pairs = [(m.group("a") or m.group("b"), m.group("ra") or m.group("rb")) for m in _ROLE_OF_THING.finditer(text)]
    if claim:
        for clause in re.split(r"[，,。；;]", text):
            pairs += [(m.group("t"), m.group("r")) for m in _ROLE_THEN_THING.finditer(clause)]
            pairs += [(m.group("t"), m.group("r")) for m in _THING_THEN_ROLE.finditer(clause + "。")]
    cleaned = []
    for thing, role in pairs:
        thing = _LEAD.sub("", re.split(r"[，,]|(?:要|提出|指出|强调|中)", thing)[-1])
        if len(thing) >= 2 and (thing, role) not in cleaned:
            cleaned.append((thing, role))
    return cleaned


def _bigrams(text: str) -> set[str]:
    return {text[i:i + 2] for i in range(len(text) - 1)}


def _same_work(a: str, b: str) -> bool:
    """Whether two namings are one work: one holds the other, or most of the shorter's pairs of characters are
    the longer's (社会稳定和长治久安 / 社会稳定、长治久安)."""
    if a in b or b in a:
        return True
    short, long = sorted((a, b), key=len)
    pairs = _bigrams(short)
    return bool(pairs) and len(pairs & _bigrams(long)) / len(pairs) >= 0.75


def _alike(a: str, b: str) -> bool:
    """Whether two namings differ in little: half of the shorter's pairs of characters are the other's
    (专科医生 / 全科医生)."""
    short, long = sorted((a, b), key=len)
    pairs = _bigrams(short)
    return bool(pairs) and len(pairs & _bigrams(long)) / len(pairs) >= 0.5


def role_given_otherwise(claim: str, sentence: str) -> RoleGiven | None:
    """The first work of the claim given a role the ``sentence`` gives another work (主线是改革创新, where the
    sentence has 以深化供给侧结构性改革为主线, 以改革创新为根本动力), or a role the sentence gives a work
    named alike (以专科医生为重点 for 以全科医生为重点); None when every role the claim gives is the sentence's,
    or the sentence gives none of them.

    >>> s = "以推动高质量发展为主题,以深化供给侧结构性改革为主线,以改革创新为根本动力,牢牢扭住社会稳定和长治久安总目标"
    >>> role_given_otherwise("主线是改革创新，根本动力则是深化供给侧结构性改革", s)
    RoleGiven(thing='改革创新', said='主线', report='根本动力', report_thing='供给侧结构性改革')
    >>> role_given_otherwise("要牢牢扭住推动高质量发展这一总目标", s).report
    '主题'
    >>> role_given_otherwise("以专科医生为重点培养基层人才", "培养以全科医生为重点的基层医疗卫生人才").report_thing
    '全科医生'
    >>> role_given_otherwise("以高质量发展为主题，以供给侧结构性改革为主线", s) is None
    True
    """
    report = roles_in(sentence)
    if not report:
        return None
    for thing, role in roles_in(claim, claim=True):
        own = [t for t, r in report if r == role]
        if any(_same_work(thing, t) for t in own):
            continue
        other = next(((t, r) for t, r in report if r != role and _same_work(thing, t)), None)
        if other is not None:
            return RoleGiven(thing, role, other[1], own[0] if own else "")
        if len(own) == 1 and _alike(thing, own[0]):
            return RoleGiven(thing, role, role, own[0])
    return None


class NamesSwapped(NamedTuple):
    """Names the claim gives what the sentence says of other names: the claim's clause, and the sentence's clause
    that says it (of the other names)."""
    claim_clause: str
    report_clause: str


_CLAUSES = re.compile(r"[，,；;。：:]")
_NAMED = re.compile(r"“[^”]{2,16}”|[\u4e00-\u9fff]{2,8}(?:、[\u4e00-\u9fff]{2,8})+")
# Words that frame a clause and say nothing of what is done (报告提出, 要把, 同时)
_FRAME = re.compile(r"报告|提出|指出|要求|同时|还要|要把|要|把|将|并|和|与|及|的|在|下|等")


def _names_in(clause: str, sentence: str) -> list[str]:
    """The names of a clause the sentence gives verbatim: “quoted” ones and the items of 、-lists."""
    names = []
    for m in _NAMED.finditer(clause):
        if m.group(0).startswith("“"):
            names += [m.group(0)] if m.group(0) in sentence else []
            continue
        items = m.group(0).split("、")
        for k, item in enumerate(items):
            # (the list's first item runs on from the words before it, read from its end — 工作是在市人大 → 市人大; its
            # last runs into the words after it, read from its start, each cut then from its end as the sentence
            # says it — 市政协的坚强 → 市政协 → 政协; a middle item stands whole)
            if k == 0:
                cuts = [item[i:] for i in range(len(item) - 1)]
            elif k == len(items) - 1:
                starts = [item[:j] for j in range(len(item), 1, -1)]
                cuts = starts + [c[i:] for c in starts for i in range(1, len(c) - 1)]
            else:
                cuts = [item]
            names += [c for c in cuts if c in sentence][:1]
    return names


def names_swapped_between_clauses(claim: str, sentence: str) -> NamesSwapped | None:
    """The first clause of the claim that says of its names what the sentence says of names the claim puts in
    another clause (两张名片互换: 要把“中国辣椒之乡”打造成区域公用品牌 where the sentence 着力打造“沙湾大盘鸡”…
    区域公用品牌 and 提升“中国辣椒之乡”…影响力); None otherwise.

    >>> s = "积极提升“中国辣椒之乡”“中国大盘美食之乡”品牌市场影响力,着力打造“沙湾大盘鸡”“沙湾富硒农产品”等区域公用品牌"
    >>> names_swapped_between_clauses("要把“中国辣椒之乡”打造成区域公用品牌,提升“沙湾大盘鸡”的影响力", s).report_clause[-6:]
    '区域公用品牌'
    >>> names_swapped_between_clauses("要把“沙湾大盘鸡”打造成区域公用品牌,提升“中国辣椒之乡”的影响力", s) is None
    True
    >>> lead = "在地委、行署和市委的坚强领导下,在市人大、市政协的监督支持下"
    >>> names_swapped_between_clauses("在市人大、市政协的坚强领导下,在地委、行署的监督支持下", lead) is not None
    True
    """
    claim, sentence = normalize(claim), normalize(sentence)
    report_clauses = [c for c in _CLAUSES.split(sentence) if c]
    named = [(c, _names_in(c, sentence)) for c in _CLAUSES.split(claim) if c]
    named = [(c, names) for c, names in named if names]
    if len(named) < 2:
        return None
    for clause, names in named:
        homes = {rc for rc in report_clauses if all(n in rc for n in names)}
        if len(homes) != 1:
            continue
        home = homes.pop()
        said = _said_in(clause, names, sentence)
        if len(said) < 2:
            continue
        # (said far more in a clause of the claim's other names than in its own: 区域公用品牌 of 打造…, not 品牌 alone)
        at_home = len(said & _bigrams(home))
        for other, other_names in named:
            away = next((rc for rc in report_clauses if rc != home and all(n in rc for n in other_names)), None)
            if other == clause or away is None or len(said & _bigrams(away)) < at_home + 2:
                continue
            # (and the other way round: what the other clause says of its names is the first names' clause's —
            # a swap, not two clauses of which one names more)
            its_said = _said_in(other, other_names, sentence)
            if len(its_said & _bigrams(home)) >= len(its_said & _bigrams(away)) + 2:
                return NamesSwapped(clause, away)
    return None


def _said_in(clause: str, names: list[str], sentence: str) -> set[str]:
    """The pairs of characters of a clause, its names and framing words taken out, that the sentence says."""
    rest = _FRAME.sub("", re.sub("|".join(map(re.escape, names)), "", clause))
    return {p for p in _bigrams(rest) if re.fullmatch(r"[\u4e00-\u9fff]{2}", p) and p in sentence}
