"""The bundled checklist packs: faithful to their sources, well-formed, and usable cues.

The seed tests parse the guide's PDF-extracted text on their own (not through the pack) and
compare: clause numbers, titles, lead sentences, dash points and the Annex A methods with their
printed letters.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from authoring.checklist import Checklist, Item, Library, load_packs
from authoring.errors import InputError

GUIDE_SEED = "004_6a24dc5d9b961d32.txt"
ISO_SEED = "000_fd60a982cd83f152.txt"
GBT_SEED = "001_569a7e1bc640ad57.txt"
CAF_SEED = "003_a4f2be3db4408b09.txt"

# The separator that ends a dash point or a table entry; the packs drop it.
LIST_END = "；;。"
# Cells of table A.1 that are layout, not content: the repeated header row and the
# first-column category labels broken over lines ("服务提/供需考/虑因素").
TABLE_LAYOUT = {"项目 内容 实施方法", "服务提", "供需考", "虑因素", "服务内", "容设计"}

CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
ITEM_ID = re.compile(r"^\d+(\.\d+)+$")
METHOD_ID = re.compile(r"^(\d+(?:\.\d+)+)\.([a-z])$")


# --------------------------------------------------------------------------- seed parsing

def _clean(line: str) -> str:
    return re.sub(r"\s+", " ", line).strip()


def _guide_lines(seeds: Path) -> tuple[list[str], list[str]]:
    """The body lines (from "4 总则" to the annex) and the annex lines, blank lines dropped."""
    lines = [_clean(line) for line in (seeds / GUIDE_SEED).read_text(encoding="utf-8").splitlines()]
    lines = [line for line in lines if line]
    start = lines.index("4 总则")
    annex = next(i for i, line in enumerate(lines) if re.fullmatch(r"附 ?录 ?A", line))
    return lines[start:annex], lines[annex:]


def parse_body(seeds: Path) -> tuple[dict[str, str], dict[str, dict]]:
    """Chapters ``{num: title}`` and clauses ``{num: {"title": str|None, "paras": [(dash, text)]}}``.

    A paragraph starts at a "——" or after a line ending in a sentence/list separator; other
    lines continue the paragraph (the PDF broke them). Clause numbers may follow their title
    ("领导和管理 5.1"); in chapter 7 they follow a sentence, which is then the clause's text.
    """
    body, _ = _guide_lines(seeds)
    chapters: dict[str, str] = {}
    clauses: dict[str, dict] = {}
    current: dict | None = None
    for line in body:
        if re.fullmatch(r"[A-Z]", line):  # page-break residue before the annex
            continue
        if m := re.fullmatch(r"([4-7]) (\S+)", line):
            chapters[m.group(1)] = m.group(2)
            current = None
            continue
        if m := re.fullmatch(r"([4-7]\.\d\.\d) (.+)", line):
            current = clauses[m.group(1)] = {"title": None, "paras": [(False, m.group(2))]}
            continue
        if m := re.fullmatch(r"(.+?) ([4-7]\.\d)", line):
            title = m.group(1)
            if title.endswith("。"):
                current = clauses[m.group(2)] = {"title": None, "paras": [(False, title)]}
            else:
                current = clauses[m.group(2)] = {"title": title, "paras": []}
            continue
        assert current is not None, f"text outside any clause: {line}"
        paras = current["paras"]
        if line.startswith("——"):
            paras.append((True, line.removeprefix("——").strip()))
        elif not paras or paras[-1][1][-1] in LIST_END + "：:":
            paras.append((False, line))
        else:
            paras[-1] = (paras[-1][0], paras[-1][1] + line)
    return chapters, clauses


def parse_annex(seeds: Path, titles: dict[str, str]) -> dict[str, list[tuple[str, str]]]:
    """Table A.1 as ``{clause number: [(letter, text)]}``, letters lower-cased as printed.

    ``titles`` maps a clause title of the body to its number; a title cell may be broken over
    two lines ("针对顾客的愉悦/设计").
    """
    _, annex = _guide_lines(seeds)
    start = next(i for i, line in enumerate(annex) if line.startswith("表A.1")) + 1
    lines: list[str] = []
    for line in annex[start:]:
        if line.startswith(("注：", "注:")):
            break
        if line not in TABLE_LAYOUT:
            # "…联系起来；K）员工对…": two entries on one line
            lines.extend(re.split(r"(?<=[；;。])\s*(?=[A-Za-z][)）])", line))
    out: dict[str, list[tuple[str, str]]] = {}
    current: list[tuple[str, str]] | None = None
    index = 0
    while index < len(lines):
        line = lines[index]
        pair = line + (lines[index + 1] if index + 1 < len(lines) else "")
        if line in titles or pair in titles:
            current = out.setdefault(titles[line] if line in titles else titles[pair], [])
            index += 1 if line in titles else 2
            continue
        if m := re.fullmatch(r"([A-Za-z])[)）] ?(.*)", line):
            assert current is not None, f"method before any item: {line}"
            current.append((m.group(1).lower(), m.group(2)))
        else:
            assert current, f"text outside any method: {line}"
            current[-1] = (current[-1][0], current[-1][1] + line)
        index += 1
    return {num: [(letter, text.rstrip(LIST_END + " ")) for letter, text in rows] for num, rows in out.items()}


@pytest.fixture(scope="module")
def library() -> Library:
    return load_packs()


@pytest.fixture
def guide(library: Library) -> Checklist:
    return library["excellence-guide"]


@pytest.fixture
def guide_seed(seeds: Path) -> tuple[dict[str, str], dict[str, dict]]:
    return parse_body(seeds)


# --------------------------------------------------------------------------- guide vs seed

def test_every_guide_clause_is_an_item_and_back(guide: Checklist, guide_seed) -> None:
    chapters, clauses = guide_seed
    assert {c.id for c in guide.chapters} == set(chapters)
    assert {item.id for item in guide.items()} == set(clauses)
    for chapter in guide.chapters:
        assert chapter.title_zh == chapters[chapter.id]
        for top in chapter.items:
            assert top.id.split(".")[0] == chapter.id


def test_guide_titles_and_texts_as_printed(guide: Checklist, guide_seed) -> None:
    _, clauses = guide_seed
    for num, clause in clauses.items():
        item = guide.item(num)
        if clause["title"] is not None:
            assert item.title_zh == clause["title"], num
        paras = clause["paras"]
        if not paras:  # 5.6: the text is in its sub-clauses
            assert not item.text_zh and not item.points_zh and item.children
            continue
        lead_is_dash, lead = paras[0]
        assert not lead_is_dash, num
        assert item.text_zh == lead, num
        assert list(item.points_zh) == [text.rstrip(LIST_END) for _, text in paras[1:]], num


def test_guide_points_have_english(guide: Checklist) -> None:
    for item in guide.items():
        assert len(item.points_en) == len(item.points_zh), item.id
        assert item.title_en, item.id
        assert bool(item.text_en) == bool(item.text_zh), item.id


def test_guide_annex_methods_as_printed(guide: Checklist, guide_seed, seeds: Path) -> None:
    _, clauses = guide_seed
    titles = {c["title"]: num for num, c in clauses.items() if c["title"] and num[0] in "56"}
    annex = parse_annex(seeds, titles)
    assert sum(len(rows) for rows in annex.values()) >= 60, "the seed's table A.1 was not parsed"
    in_pack = {item.id: [(m.letter, m.text_zh) for m in item.methods]
               for item in guide.items() if item.methods}
    assert set(in_pack) == set(annex)
    for num, rows in annex.items():
        # same letters in the same order (no invented, no dropped letter) and the same words
        assert in_pack[num] == rows, num


def test_guide_method_letters_skip_only_where_the_print_does(guide: Checklist) -> None:
    letters = {item.id: "".join(m.letter for m in item.methods) for item in guide.items()}
    assert letters["5.1"] == "abcdefghijk"
    assert letters["5.2"] == "abcefg"
    assert letters["5.4"] == "abc" + "efghijklmnopqrst"


# --------------------------------------------------------------------------- other packs vs seeds

def test_iso_titles_from_contents(library: Library, seeds: Path) -> None:
    text = (seeds / ISO_SEED).read_text(encoding="utf-8")
    contents = text[text.index("Contents"):text.index("Bibliography")]
    # join titles broken over two lines, then drop the dotted page references
    contents = re.sub(r"\n(?!\d)", " ", contents)
    printed = {}
    for line in contents.splitlines():
        if m := re.match(r"([57]\.\d(?:\.\d)?) (.+?)[ .]*\.\s*\d+\s*$", line):
            printed[m.group(1)] = re.sub(r"\s+", " ", m.group(2)).strip(" .")
    iso = library["iso-11367"]
    assert {item.id for item in iso.items()} == set(printed)
    for num, title in printed.items():
        assert iso.item(num).title_en == title, num


def test_iso_chinese_titles_from_gbt(library: Library, seeds: Path) -> None:
    text = (seeds / GBT_SEED).read_text(encoding="utf-8")
    contents = text[text.index("目 次"):text.index("前 言")]
    printed = dict(re.findall(r"^([57]\.\d) (\S+)\t", contents, flags=re.M))
    assert len(printed) == 6
    iso = library["iso-11367"]
    for num, title in printed.items():
        assert iso.item(num).title_zh == title, num


def test_caf_examples_verbatim(library: Library, seeds: Path) -> None:
    text = (seeds / CAF_SEED).read_text(encoding="utf-8")
    printed = dict(re.findall(r"^- ([a-g])\. (.+)$", text, flags=re.M))
    caf = library["caf-5.2"]
    item = caf.item("5.2")
    assert item.title_en in text.splitlines()
    assert [(m.letter, m.text_en) for m in item.methods] == sorted(printed.items())


# --------------------------------------------------------------------------- well-formed packs

def test_bundled_packs_load(library: Library) -> None:
    assert {"excellence-guide", "iso-11367", "caf-5.2"} <= set(library.packs)


def test_ids_follow_the_pattern(library: Library) -> None:
    for pack in library.packs.values():
        for chapter in pack.chapters:
            assert re.fullmatch(r"\d+", chapter.id), chapter.id
            for top in chapter.items:
                _check_ids(top, chapter.id)


def _check_ids(item: Item, parent: str) -> None:
    assert ITEM_ID.fullmatch(item.id) and item.id.startswith(parent + "."), item.id
    letters = []
    for method in item.methods:
        m = METHOD_ID.fullmatch(method.id)
        assert m and m.group(1) == item.id and m.group(2) == method.letter, method.id
        letters.append(method.letter)
    assert letters == sorted(letters), item.id
    for child in item.children:
        _check_ids(child, item.id)


def _all_cue_lists(pack: Checklist):
    for item in pack.items():
        yield item.id, item.cues
        yield item.id + " (false friends)", item.false_friends
        for method in item.methods:
            yield method.id, method.cues


def test_guide_cue_counts(guide: Checklist) -> None:
    for item in guide.items():
        assert len(item.cues.zh) >= 10, item.id
        assert len(item.cues.en) >= 3, item.id
        for method in item.methods:
            assert len(method.cues.zh) >= 3 and method.cues.en, method.id
            assert method.text_en, method.id


def test_other_packs_have_cues(library: Library) -> None:
    for pack_id in ("iso-11367", "caf-5.2"):
        pack = library[pack_id]
        for item in pack.items():
            assert len(item.cues.zh) >= 5 and len(item.cues.en) >= 3, (pack_id, item.id)
            assert item.title_zh and item.title_en, (pack_id, item.id)
            for method in item.methods:
                assert len(method.cues.zh) >= 2 and method.text_zh and method.text_en, method.id


def test_cues_are_usable(library: Library) -> None:
    for pack in library.packs.values():
        for where, cues in _all_cue_lists(pack):
            for lang, words in (("zh", cues.zh), ("en", cues.en)):
                assert len(set(words)) == len(words), (pack.id, where, lang, "duplicate cue")
                for word in words:
                    assert word == word.strip() and word, (pack.id, where, repr(word))
                    assert not (len(word) == 1 and CJK.match(word)), (pack.id, where, word)
            # Chinese cues are Chinese (or codes like KPI, SLA, GB/T …); English cues have no CJK
            assert not any(CJK.search(word) for word in cues.en), (pack.id, where)


def test_false_friends_contain_a_cue_and_are_not_cues(library: Library) -> None:
    for pack in library.packs.values():
        for item in pack.items():
            for lang in ("zh", "en"):
                cues = getattr(item.cues, lang)
                # an item's false friends also hide its methods' cues and its weak cues inside them
                methods = [c for method in item.methods for c in getattr(method.cues, lang)]
                weak = getattr(item.weak_cues, lang)
                folded = [c.casefold() for c in (*cues, *methods, *weak)]
                for phrase in getattr(item.false_friends, lang):
                    assert phrase not in cues, (pack.id, item.id, phrase)
                    # a false friend only matters where a cue (its own or a method's) matches inside it
                    assert any(c in phrase.casefold() for c in folded), (pack.id, item.id, phrase)


def test_crosswalk_covers_every_guide_item(library: Library) -> None:
    walks = {(w.source, w.target): w for w in library.crosswalks}
    to_iso = walks[("excellence-guide", "iso-11367")]
    guide_ids = {item.id for item in library["excellence-guide"].items()}
    assert set(to_iso.links) == guide_ids
    assert all(to_iso.links.values())
    to_caf = walks[("excellence-guide", "caf-5.2")]
    assert to_caf.links and set(to_caf.links) <= guide_ids
    iso_ids = library["iso-11367"].ids()
    caf_ids = library["caf-5.2"].ids()
    assert all(t in iso_ids for ts in to_iso.links.values() for t in ts)
    assert all(t in caf_ids for ts in to_caf.links.values() for t in ts)


# --------------------------------------------------------------------------- cues on typical wording

# Words every service standard uses for everything: as a cue they would mark any draft covered.
TOO_COMMON = {"服务", "顾客", "客户", "用户", "管理", "要求", "人员", "服务对象", "服务人员",
              "工作人员", "服务规范", "规范", "标准", "应", "宜", "service", "customer", "staff"}


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text).casefold()


def cue_hits(pack: Checklist, item_id: str, text: str) -> set[str]:
    """The distinct cues of an item (its methods' included) found in ``text``.

    A cue inside one of the false friends of the item or of its parents does not count, nor
    does a cue lying inside a longer cue found at the same place.
    """
    text = _squash(text)
    lineage = [i for i in pack.items() if item_id == i.id or item_id.startswith(i.id + ".")]
    friends = {_squash(f) for owner in lineage for f in owner.false_friends.all()}
    masks = [(m.start(), m.start() + len(f)) for f in friends if f
             for m in re.finditer(re.escape(f), text)]
    item = pack.item(item_id)
    cues = {_squash(c) for c in item.cues.all()} | {_squash(c) for m in item.methods for c in m.cues.all()}
    spans = [(cue, m.start(), m.start() + len(cue)) for cue in cues if cue
             for m in re.finditer(re.escape(cue), text)]
    spans = [(c, s, e) for c, s, e in spans if not any(a <= s and e <= b for a, b in masks)]
    kept = {c for c, s, e in spans
            if not any(o_s <= s and e <= o_e and o_e - o_s > e - s for _, o_s, o_e in spans)}
    return kept


# Sentences in the everyday wording of service standards (written for this test) and the
# guide item each one addresses.
TYPICAL = [
    ("4.1", "随着人口老龄化加剧，老年人对养老服务的需求日益增长，需求多样化。"),
    ("4.3", "应为老年人、残疾人等特殊群体提供无障碍设施和绿色通道。"),
    ("4.4", "投诉应在24小时内响应，办结率不低于95%。"),
    ("5.1", "机构主要负责人对服务质量全面负责，应建立健全管理制度并实行目标责任制。"),
    ("5.2", "应对一线员工充分授权，实行首问负责制，鼓励员工提出合理化建议。"),
    ("5.3", "应培育以顾客为中心的服务文化，制定员工行为准则，树立服务品牌。"),
    ("5.4", "新员工应经岗前培训，考核合格后持证上岗；对表现突出的员工给予表彰。"),
    ("5.5", "应运用信息化手段优化流程，建立智慧服务平台，保障个人信息保护和数据安全。"),
    ("5.6.1", "应通过需求评估、需求调查和定期回访了解服务对象的需求和偏好。"),
    ("5.6.2", "应公开服务承诺，建立投诉处理和服务补救机制，必要时先行赔付。"),
    ("5.7", "应建立服务创新机制，开展新服务项目试点。"),
    ("5.8", "每季度开展一次满意度测评，对考核指标进行统计分析。"),
    ("6.1", "新服务项目正式提供前应进行风险评估和试运行。"),
    ("6.2", "宜提供个性化服务和增值服务，超出预期，使顾客感到惊喜。"),
    ("5.7", "Use agile, iterative ways of working and build prototypes to test new ideas."),
    # English in the wording of public service standards (cues proposed blind from the guide)
    ("4.1", "Demand for services keeps rising and people expect more; pressure on services has grown in recent years."),
    ("5.3", "Staff follow a code of ethics and our values and behaviours, and treat everyone with courtesy."),
    ("6.3", "服务流程包括预约、接待、受理和服务交付等服务环节。"),
    ("6.4", "提供服务前应与服务对象签订服务协议，明确服务清单和收费标准。"),
    ("7.1", "机构应每年进行自我评价，并对运营结果进行统计分析。"),
    ("7.2", "应引入第三方评价和满意度调查，根据评价结果持续改进。"),
    # a regulation's complaint channels are the customers' view of the service, in part (bench/real rounds 1–8)
    ("7.2", "经营者应当公布投诉电话，接受社会监督，对投诉在七日内答复。"),
    ("7.3", "服务评价每年至少开展一次，形成长效机制。"),
    ("7.4", "针对评价中发现的问题制定改进措施和纠正措施，按PDCA循环进行质量改进。"),
    ("7.5", "应履行社会责任，推行垃圾分类和节能减排。"),
]

# Sentences where a cue word appears in a sense that is not the item's.
MISLEADING = [
    ("5.2", "运维人员应按最小权限原则进行系统授权，访问授权应定期复核，授权码不得外泄。"),
    ("5.2", "代办人应出具授权委托书。"),
    ("5.8", "应定期开展环境监测和水质监测。"),
    ("6.4", "数据接口应符合网络协议和通信协议的要求。"),
    ("6.4", "机构应与员工签订劳动合同，并签订安全责任书。"),
    ("5.6", "景区设有非遗体验区和体验馆。"),
    ("5.1", "陪同领导视察工作时应做好记录。"),
    ("4.2", "积极应对人口老龄化国家战略。"),
    ("5.4", "街道每月举办一次招聘会。"),
    # authorisation of data, rights and jurisdiction is not staff empowerment (bench/real: 12 texts)
    ("5.2", "未经授权不得访问数据，版权资源的标识由授权方提供，机构在国家授权范围内负责管理。"),
    ("5.8", "Where confidential information is discussed, a non-disclosure agreement may be required."),
    # a purpose article's slogan describes no situation of the sector (bench/real: 7 regulations)
    ("4.1", "为了促进家政服务高质量发展，培育新业态，制定本条例。"),
    ("6.1", "数据可用性字段取值为可用或作废，可信性数据元保证计数数据可信。"),
    ("5.3", "The department for culture funds arts and culture venues and checks data integrity."),
    # the government's development plan and performance appraisal are not staff development or
    # appraisal (bench/real: 4 regulations)
    ("5.4", "将残疾人事业纳入国民经济和社会发展计划，并纳入绩效考核。"),
    # 人本 (human-centred) across a word boundary (bench/real: 2 regulations)
    ("6.1", "申请时应提交申请人本人及其家庭经济状况证明，或经申请人本国公证机关公证的材料。"),
    ("5.3", "供热企业应当按照规定报送供热情况统计表。"),
    # cues read across a word boundary (found with a word segmenter over bench/real)
    ("5.4", "申请人可到定点评估机构接受重点评估，参考评估方法见表A.1。"),
    ("7.1", "行政机关应当自受理之日起30日内审核完毕。"),
    ("6.3", "新建公共建筑的出入口应当平整。"),
    ("5.7", "鼓励发展高新技术产业。"),
    ("5.4", "鼓励社会资金投入职业教育，单位缴存的公积金计入职工个人账户。"),
    ("6.2", "办理相应变更手续，报告药品供应变化情况。"),
    # more of them over the corpus of the thirty-first session (1,000 texts)
    ("5.6.2", "学校接收有困难的，可申请教育行政部门协调解决；中止的，恢复审理，不再重复审查。"),
    ("4.4", "发生重大突发事件时，可以对旅游活动采取临时限制或者暂时限制措施，推进生活垃圾减量化。"),
    ("6.4", "有关人员按照规定减免责任；不符合约束条件的，省人民政府应当主动配合同级部门处理。"),
    ("7.1", "燃气企业应当自查询之日起三日内答复，并在三个月内审查完毕。"),
    ("6.1", "组织车辆参加安全性能检测，遵守考试行为规范。"),
    ("5.5", "在线路经营权期限内不得转让。"),
    ("4.3", "子女脱离监护单独居住的，应当及时报告。"),
    ("5.4", "将校企合作情况列入职业院校教育质量评价。"),
    ("5.3", "激发会员的爱国热情。"),
    ("5.6.1", "申诉求决类信访事项依照有关规定办理。"),
    ("4.1", "裁决前应当维持现状。"),
    # other senses of an English cue, seen as the only cue of items readers called missing (thirty-eighth
    # session, the English texts of bench/real): a phone, a licence, a records schedule, a complaint's receipt
    ("5.3", "Pulse oximeters are more accurate than smart watches or smart phones."),
    ("5.7", "Deposits include creative works, released under a Creative Commons licence; we welcome creative uses."),
    ("5.8", "Files are kept for the retention period in the records retention schedule; see urinary retention."),
    ("5.4", "You will receive an acknowledgement of your complaint within five working days."),
]


@pytest.mark.parametrize(("item_id", "sentence"), TYPICAL)
def test_typical_wording_hits_the_item(guide: Checklist, item_id: str, sentence: str) -> None:
    assert len(cue_hits(guide, item_id, sentence)) >= 2, (item_id, cue_hits(guide, item_id, sentence))


@pytest.mark.parametrize(("item_id", "sentence"), MISLEADING)
def test_false_friends_keep_the_item_silent(guide: Checklist, item_id: str, sentence: str) -> None:
    assert cue_hits(guide, item_id, sentence) == set()


def test_no_cue_is_too_common(library: Library) -> None:
    for pack in library.packs.values():
        for where, cues in _all_cue_lists(pack):
            assert not {c.casefold() for c in cues.all()} & TOO_COMMON, (pack.id, where)


# --------------------------------------------------------------------------- user packs vs the bundled crosswalk

SMALL_GUIDE = """\
id: excellence-guide
title_zh: 本地指南
source: 本地
chapters:
  - id: "5"
    title_zh: 因素
    items:
      - id: "5.2"
        title_zh: 员工赋权和参与
        cues: {zh: [授权, 首问负责]}
"""


def test_a_user_pack_replacing_the_guide_keeps_the_bundled_crosswalk_usable(tmp_path: Path) -> None:
    (tmp_path / "mine.yaml").write_text(SMALL_GUIDE, encoding="utf-8")
    library = load_packs([tmp_path])
    assert [i.id for i in library["excellence-guide"].items()] == ["5.2"]
    bundled = load_packs()
    assert library.related("excellence-guide", "5.2") == bundled.related("excellence-guide", "5.2")
    assert library.related("excellence-guide", "5.3") == {}
    # a crosswalk written beside the replacement is still checked strictly
    (tmp_path / "crosswalk.yaml").write_text(
        'crosswalks:\n  - source: excellence-guide\n    target: iso-11367\n    links:\n      "5.3": ["7.2.1"]\n',
        encoding="utf-8")
    with pytest.raises(InputError, match="5.3"):
        load_packs([tmp_path])
