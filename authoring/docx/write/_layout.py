"""Page layout for the writer: A4 sections, page numbers, running heads, settings.xml.

Sections: the cover (no header, no footer), the front matter (目次, 前言, 引言: upper Roman
page numbers from I) and the body (Arabic numbers from 1, starting on an odd page: a recto, spec §1.3). Odd
pages carry the document number and the page number on the right, even pages on the left.
"""

from __future__ import annotations

from copy import deepcopy

from docx.document import Document
from docx.enum.section import WD_SECTION_START
from docx.oxml.ns import qn
from docx.section import Section, _BaseHeaderFooter
from docx.shared import Mm, Twips
from lxml.etree import _Element

from authoring.docx.write import _styles as S
from authoring.docx.write._xml import el, field_runs, paragraph, run, val

# CT_Settings children in schema order (local names), to insert new ones where Word wants them.
_SETTINGS_ORDER = (
    "writeProtection view zoom removePersonalInformation removeDateAndTime "
    "doNotDisplayPageBoundaries displayBackgroundShape printPostScriptOverText "
    "printFractionalCharacterWidth printFormsData embedTrueTypeFonts embedSystemFonts "
    "saveSubsetFonts saveFormsData mirrorMargins alignBordersAndEdges bordersDoNotSurroundHeader "
    "bordersDoNotSurroundFooter gutterAtTop hideSpellingErrors hideGrammaticalErrors "
    "activeWritingStyle proofState formsDesign attachedTemplate linkStyles stylePaneFormatFilter "
    "stylePaneSortMethod documentType mailMerge revisionView trackRevisions doNotTrackMoves "
    "doNotTrackFormatting documentProtection autoFormatOverride styleLockTheme styleLockQFSet "
    "defaultTabStop autoHyphenation consecutiveHyphenLimit hyphenationZone doNotHyphenateCaps "
    "showEnvelope summaryLength clickAndTypeStyle defaultTableStyle evenAndOddHeaders "
    "bookFoldRevPrinting bookFoldPrinting bookFoldPrintingSheets drawingGridHorizontalSpacing "
    "drawingGridVerticalSpacing displayHorizontalDrawingGridEvery displayVerticalDrawingGridEvery "
    "doNotUseMarginsForDrawingGridOrigin drawingGridHorizontalOrigin drawingGridVerticalOrigin "
    "doNotShadeFormData noPunctuationKerning characterSpacingControl printTwoOnOne "
    "strictFirstAndLastChars noLineBreaksAfter noLineBreaksBefore savePreviewPicture "
    "doNotValidateAgainstSchema saveInvalidXml ignoreMixedContent alwaysShowPlaceholderText "
    "doNotDemarcateInvalidXml saveXmlDataOnly useXSLTWhenSaving saveThroughXslt showXMLTags "
    "alwaysMergeEmptyNamespace updateFields hdrShapeDefaults footnotePr endnotePr compat docVars "
    "rsids mathPr attachedSchema themeFontLang clrSchemeMapping doNotIncludeSubdocsInStats "
    "doNotAutoCompressPictures forceUpgrade captions readModeInkLockDown smartTagType "
    "schemaLibrary shapeDefaults doNotEmbedSmartTags decimalSymbol listSeparator"
).split()
_RANK = {name: i for i, name in enumerate(_SETTINGS_ORDER)}

# sectPr children that follow w:pgNumType.
_AFTER_PGNUMTYPE = ("cols", "formProt", "vAlign", "noEndnote", "titlePg", "textDirection", "bidi",
                    "rtlGutter", "docGrid", "printerSettings", "sectPrChange")


def _local(elem: _Element) -> str:
    return elem.tag.rsplit("}", 1)[-1]


def _insert_setting(settings: _Element, elem: _Element) -> None:
    name = _local(elem)
    for old in settings:
        if _local(old) == name:
            settings.replace(old, elem)
            return
    rank = _RANK[name]
    for child in settings:
        if _RANK.get(_local(child), -1) > rank:
            child.addprevious(elem)
            return
    settings.append(elem)


def configure_settings(settings: _Element) -> None:
    """Mirror margins, odd/even headers, update fields (the TOC) on open, Chinese theme fonts, and a justified
    line ending in a manual line break left as it is set (the 示例： above its text, a definition's lines)."""
    _insert_setting(settings, el("w:mirrorMargins"))
    _insert_setting(settings, el("w:evenAndOddHeaders"))
    _insert_setting(settings, el("w:updateFields", {"val": "true"}))
    _insert_setting(settings, el("w:themeFontLang", {"val": "en-US", "eastAsia": "zh-CN"}))
    _insert_setting(settings, val("w:defaultTabStop", 420))
    _compat_option(settings, "doNotExpandShiftReturn")


# CT_Compat's options before w:useFELayout, in schema order: one of them is written before every later one.
_COMPAT_ORDER = (
    "useSingleBorderforContiguousCells wpJustification noTabHangInd noLeading spaceForUL noColumnBalance "
    "balanceSingleByteDoubleByteWidth noExtraLineSpacing doNotLeaveBackslashAlone ulTrailSpace "
    "doNotExpandShiftReturn"
).split()


def _compat_option(settings: _Element, name: str) -> None:
    """Switch on the ``w:compat`` option ``name`` (one of :data:`_COMPAT_ORDER`): Word and LibreOffice both
    read ``doNotExpandShiftReturn``; without it they spread a justified line that ends in a line break
    across the type width (示      例      ：, QA pass 10)."""
    compat = settings.find(qn("w:compat"))
    if compat is None:
        compat = el("w:compat")
        _insert_setting(settings, compat)
    if compat.find(qn(f"w:{name}")) is not None:
        return
    rank = _COMPAT_ORDER.index(name)
    for child in compat:
        if _local(child) not in _COMPAT_ORDER[:rank + 1]:
            child.addprevious(el(f"w:{name}"))
            return
    compat.append(el(f"w:{name}"))


def page_setup(section: Section) -> None:
    """A4 with the GB/T 1.1 margins: top 25, bottom 20, inside 25, outside 20 mm."""
    section.page_width = Mm(210)
    section.page_height = Mm(297)
    section.top_margin = Mm(25)
    section.bottom_margin = Mm(20)
    section.left_margin = Mm(25)
    section.right_margin = Mm(20)
    section.gutter = Twips(0)
    section.header_distance = Mm(15)
    section.footer_distance = Mm(10)
    section.start_type = WD_SECTION_START.NEW_PAGE


def page_numbers(sect_pr: _Element, fmt: str) -> None:
    """Restart page numbers at 1 in format ``fmt`` (``upperRoman``, ``decimal``)."""
    for old in sect_pr.findall(qn("w:pgNumType")):
        sect_pr.remove(old)
    node = el("w:pgNumType", {"fmt": fmt, "start": 1})
    for child in sect_pr:
        if _local(child) in _AFTER_PGNUMTYPE:
            child.addprevious(node)
            return
    sect_pr.append(node)


def running_heads(section: Section, designation: str) -> None:
    """Document number in the header and a PAGE field in the footer, odd right, even left."""
    _fill(section.header, S.HEADER, "right", [run(designation)])
    _fill(section.even_page_header, S.HEADER, "left", [run(designation)])
    _fill(section.footer, S.FOOTER, "right", field_runs("PAGE", [run("1")]))
    _fill(section.even_page_footer, S.FOOTER, "left", field_runs("PAGE", [run("1")]))


def _fill(part: _BaseHeaderFooter, style_id: str, jc: str, runs: list[_Element]) -> None:
    part.is_linked_to_previous = False
    container = part._element
    for child in list(container):
        container.remove(child)
    container.append(paragraph(style_id, *runs, ppr=[val("w:jc", jc)]))


def new_section_break(document: Document) -> _Element:
    """A ``w:sectPr`` closing the section so far (copy of the final one, no header refs)."""
    final = document.element.body.sectPr
    sect_pr = el("w:sectPr")
    for child in final:
        if _local(child) not in ("headerReference", "footerReference", "pgNumType"):
            sect_pr.append(deepcopy(child))
    return sect_pr
