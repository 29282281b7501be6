"""The sentence shown for a place: its own sentence, at most 120 characters, cut between words in English."""

from __future__ import annotations

from authoring.coverage.matcher import normalise
from authoring.coverage.scoring import EXCERPT_MAX, excerpt


def _around(text: str, word: str) -> str:
    at = normalise(text).index(normalise(word))
    return excerpt(text, at, at + len(normalise(word)))


def test_an_english_sentence_ends_at_its_full_stop() -> None:
    text = ("Welcome to the archive. We answer every complaint within five working days. Opening hours are "
            "listed below.")
    assert _around(text, "complaint") == "We answer every complaint within five working days."


def test_a_long_english_sentence_is_cut_between_words() -> None:
    """QA pass 15 (A9) saw …act if you have… and ot… cut inside words."""
    text = ("We will answer every complaint within five working days and tell you what we will do next, and we "
            "will act if you have given us enough information about the problem you found on the website")
    shown = _around(text, "complaint")
    assert len(shown) <= EXCERPT_MAX and "complaint" in shown
    kept = shown.strip("…").split()
    assert all(word in text.split() for word in kept), shown
    later = _around(text, "website")
    assert later.startswith("…") and later.strip("…").split()[0] in text.split(), later
    # nor does it start on the end of what was cut (QA pass 16: …) lies with…)
    from authoring.coverage.scoring import _between_words

    text = "complaints (about contractors) lies with the manager, who replies"
    lo, hi = _between_words(text, text.index(")"), len(text), text.index("replies"), len(text))
    assert text[lo:hi] == "lies with the manager, who replies"


def test_an_abbreviations_full_stop_ends_no_sentence() -> None:
    """QA pass 16 (A4): excerpts ended at …this policy (i.e. and …run by Dr."""
    text = "Complaints about staff (i.e. The people at the desk) go to Dr. Smith, who answers within five days. Thanks."
    assert _around(text, "complaints") == "Complaints about staff (i.e. The people at the desk) go to Dr. Smith, who " \
                                          "answers within five days."


def test_chinese_is_cut_by_its_own_marks_only() -> None:
    text = "服务机构应建立投诉处理制度。Mr. Wang 负责回访。"
    assert _around(text, "回访") == "Mr. Wang 负责回访。"


def test_a_web_pages_furniture_is_no_evidence(tmp_path) -> None:  # noqa: ANN001
    """A copy of a web page keeps its cookie banner, its page survey and its footer links (QA pass 15, A3: GOV.UK's
    own survey was 5.6.1's and 7.2's evidence, a footer link 4.3's only place). None of it is the text's own; the
    page's own sentences still count."""
    from authoring.check import check_file
    from authoring.checklist import load_packs
    from tests.docx.reader_builders import plain_docx

    lines = ["Complaints policy", "Skip to main content", "Cookies on GOV.UK", "We’d also like to use analytics cookies.",
             "We’d like to set additional cookies to understand how you use GOV.UK, remember your settings and improve "
             "government services.", "Accept additional cookies", "How to complain",
             "You can complain about any service we provide. We will acknowledge your complaint within 3 working days.",
             "We review every complaint and use what we learn to improve our services.",
             "Is this page useful?", "Help us improve GOV.UK",
             "To help us improve GOV.UK, we’d like to know more about your visit today. We’ll send you a link to a "
             "feedback form.", "Send me the survey", "No this page is not useful Thank you for your feedback",
             "* Cookies", "* Accessibility statement", "© Crown copyright"]
    result = check_file(plain_docx(tmp_path / "page.docx", lines), load_packs()["excellence-guide"])
    shown = {i.id: [e.excerpt for e in i.evidence] for i in result.coverage.items}
    assert not any("cookie" in e.lower() or "GOV.UK" in e or "Accessibility statement" in e or "useful" in e
                   for excerpts in shown.values() for e in excerpts), shown
    assert shown["5.6.2"] and shown["7.4"] == ["We review every complaint and use what we learn to improve our services."]
    # 7.2 may be read in the page's own words (the English likeness model; its complaints route, a weak cue since the
    # sixty-second session), never in its survey's
    own = "We will acknowledge your complaint within 3 working days."
    assert shown["4.3"] == [] and all(e == "We review every complaint and use what we learn to improve our services."
                                      or e.startswith(own) for e in shown["7.2"]), shown["7.2"]


def test_a_menu_run_into_a_line_and_a_bare_address_are_no_evidence(tmp_path) -> None:  # noqa: ANN001
    """A converted page keeps its menu and footer as one line with the bullets inline, and its address alone on a line
    (QA pass 21, A1: 4.3 and 5.6.1 covered on "Back to top * nidirect * GOV.UK * © Crown Copyright * … * Accessibility
    statement" and "… Site Search * Menu ## Main menu * Home * Topics …"). None of it is evidence; a list of the text's
    own run into a line still is."""
    from authoring.check import check_file
    from authoring.checklist import load_packs
    from tests.docx.reader_builders import plain_docx

    lines = ["Complaints Procedures | Department of Health Skip to content",
             "Department of Health Site Search * Menu ## Main menu * Home * Topics * Publications * Consultations * Contact",
             "https://www.example.gov.uk/complaints-feedback-customer-needs", "complaints@example.gov.uk",
             "How to complain",
             "You can complain about any service we provide. We will acknowledge your complaint within 3 working days.",
             "Our complaints staff are trained to listen: * complaints * customer feedback * customer needs * appeals",
             "Back to top * nidirect * GOV.UK * © Crown Copyright * Terms and Conditions * Privacy * Cookies * "
             "Accessibility statement * customer needs * feedback"]
    result = check_file(plain_docx(tmp_path / "page.docx", lines), load_packs()["excellence-guide"])
    shown = [e.excerpt for i in result.coverage.items for e in i.evidence]
    assert shown and not any("Skip to content" in e or "Main menu" in e or "Crown" in e or "@" in e or "https" in e
                             for e in shown), shown
    assert any(e.startswith("Our complaints staff are trained") for e in shown), shown


def test_menus_breadcrumbs_contact_lines_and_code_are_no_evidence_nor_places() -> None:
    """QA pass 22 (A1, A2): a menu of five links with no menu word, a breadcrumb, "Privacy and cookies policy", contact
    lines (Phone: … or …, By telephone: …, Website: …, Email: …), page code and front matter keys were evidence or named
    places; "Print this policy" and a template's data line named places. The text's own lines still count, and so do
    sentences a page template wraps in its code (GOV.UK's {{ t('…') }}, round 166)."""
    from authoring.coverage.units import page_furniture, typed_heading

    furniture = ["* Health A-Z * NHS services * Live Well * Mental health * Care and support",
                 "Adult social care * Children and families * Housing * Leisure * Planning",
                 "You are here: Home > About > Accessibility", "Home > Services > Complaints",
                 "* Privacy and cookies policy", "* Privacy & cookies", "Phone: 0800 0234 567 or 0300 123 9123",
                 "By telephone: 0161 359 7140", "Website: www.example.org", "Email: help@example.org",
                 "jpg import { MetaSEO } from '../components'", "<%= signpost_link('Contact us', '/contact') %>",
                 "(function(i,s,o,g,r,a,m){i['GoogleAnalyticsObject']=r;})", "group: terms-and-privacy-policy",
                 "url: https://www.example.org/complaints", "Print this policy", "Skip to main content",
                 '{% extends "layout.njk" %}', "{{ supportWidgetaccessibility('Email') }}", "Visit: www.example.org",
                 "data={", "$('.showcase').after('').cycle({", "//<![CDATA[", 'const title="Complaints"',
                 "<InnerPage title={title} sidebar={true} testimonials={true} image={",
                 "'https://ssl' : 'http://www') + '.google-analytics.com/ga.js';", 'class="list-disc pl-5"',
                 'rel="stylesheet">', 'include_once "get-quote-banner.php"; ?>']
    assert [line for line in furniture if not page_furniture(line)] == []
    assert not any(typed_heading(line) for line in furniture + ['"Next review due": "31 March 2026"', "M22 5LB",
                                                                 "Next review due: 17 August 2025"])
    own = ["Our services: * hosting * DNS * email * backups", "Email us if you need help.",
           "Phone us on 0800 123 456 and we will call back within a day.", "We reply within 5 days > usually sooner.",
           "Our complaints staff are trained to listen: * complaints * customer feedback * customer needs * appeals",
           "{{ t('We provide a text relay service for people who are D/deaf or hearing impaired.') }}",
           "<%= t('.intro', default: 'We aim to reply to every enquiry within ten working days.') %>",
           '<p class="govuk-body">We aim to reply within ten working days.</p>']
    assert [line for line in own if page_furniture(line)] == []
    assert typed_heading("Making a complaint") and typed_heading("Opening hours")


def test_a_hard_wrapped_line_names_no_place() -> None:
    """Round 167 (QA pass 21, A5): the lines of a hard-wrapped sentence were taken for labels and named the places of
    what followed them (Our Complaint Handling Procedure has two sections: (1)). A short heading still is one."""
    from authoring.coverage.units import typed_heading

    wrapped = ["Our Complaint Handling Procedure has two sections: (1)", "Customer Service Complaints and (2)",
               "Surveyor Report Complaints. Both of these are dealt", "When the Primary needs help to",
               "Our aim is to give prompt and serious attention to"]
    assert [line for line in wrapped if typed_heading(line)] == []
    assert all(typed_heading(h) for h in ("Who we are", "Terms and Conditions", "iPhone support", "Step 1. Raise a concern"))


def test_an_english_texts_figure_is_named_as_it_prints_it(tmp_path) -> None:  # noqa: ANN001
    """QA pass 21 (A6): an English text's "Figure 6: Digital by default assessment process" was the place 图6, its
    caption ": Digital by default …", in English reports too."""
    from authoring.coverage.units import document_units
    from authoring.docx.read import read_docx
    from tests.docx.reader_builders import plain_docx

    lines = ["Service assessment guide", "Every service is assessed before it goes live, as the figure shows.",
             "Figure 6: Digital by default assessment process",
             "Each service team meets the assessors and shows how users were tested with and how feedback was used."]
    units = document_units(read_docx(plain_docx(tmp_path / "guide.docx", lines)))
    captions = [(u.location, u.text) for u in units if "assessment process" in u.text]
    assert captions == [("Figure 6", "Digital by default assessment process")], [(u.location, u.text) for u in units]


def test_an_english_texts_label_lines_head_what_follows_them_in_its_unnumbered_part(tmp_path) -> None:  # noqa: ANN001
    """An English page with a few numbered headings (WCAG's 2.1 Keyboard Accessible) keeps most of its text before
    them, unnumbered: its label lines (Feedback and contact information) were read as text there, and shown as the
    only evidence of 7.2 and 5.6.1 (QA pass 15, A6). They head what follows them, as in a text with no numbers at all:
    places, never evidence alone."""
    import docx

    from authoring.check import check_file
    from authoring.checklist import load_packs

    document = docx.Document()
    document.add_paragraph("Accessibility statement for example.ac.uk", style="Title")
    for text in ["This website is run by the University. We want as many people as possible to be able to use it.",
                 "Feedback and contact information",
                 "If you need information in a different format, email us and we will reply in 5 days.",
                 "Reporting accessibility problems with this website",
                 "We are always looking to improve the accessibility of this website. If you find any problems, "
                 "contact us."]:
        document.add_paragraph(text)
    for heading, text in [("1.1 Text Alternatives", "Some images have no text alternative."),
                          ("2.1 Keyboard Accessible", "Some menus cannot be used with a keyboard.")]:
        document.add_paragraph(heading, style="Heading 2")
        document.add_paragraph(text)
    document.save(str(tmp_path / "page.docx"))
    result = check_file(tmp_path / "page.docx", load_packs()["excellence-guide"])
    assert result.document.structure == "outline"
    places = {e.location: e.excerpt for i in result.coverage.items for e in i.evidence}
    assert "Feedback and contact information" not in places.values()
    assert places["Feedback and contact information"].startswith("If you need information in a different format")


def test_a_label_in_capitals_before_a_colon_names_its_place(tmp_path) -> None:  # noqa: ANN001
    """Round 229's childcare handbook: run-in labels in capitals (CONFIDENTIALITY: We shall not disclose …) were read
    as text under the label line before them, and a wrapped line (PHILOSOPHY: I opened) named a place. The capitals
    name the place of the text after them; a heading in capitals throughout, or a number given a name, stays as it is."""
    from authoring.coverage.units import caps_label, document_units
    from authoring.docx.read import read_docx

    assert caps_label("PHILOSOPHY: I opened") == ("PHILOSOPHY", "I opened")
    assert caps_label("PROVIDER EDUCATION, TRAINING AND STARS:") == ("PROVIDER EDUCATION, TRAINING AND STARS", "")
    assert caps_label("PREREQUISITES: WHAT DO YOU NEED IN ORDER TO RENT A VEHICLE?") is None
    assert caps_label("PHONE: 01430 876000") is None and caps_label("TEL: call us") is None
    assert caps_label("Confidentiality: we keep records safe.") is None
    import docx

    document = docx.Document()
    for text in ["Playschool Handbook",
                 "PHILOSOPHY: I opened my home daycare in 2018 to give families high quality, affordable care.",
                 "CONFIDENTIALITY: We shall not disclose any information about a child or family without written "
                 "consent, except to the licensing agency.",
                 "PROVIDER EDUCATION, TRAINING AND STARS:",
                 "I keep all my professional documentation and training on file and renew my first aid every year."]:
        document.add_paragraph(text)
    document.save(str(tmp_path / "h.docx"))
    units = document_units(read_docx(tmp_path / "h.docx"))
    by_place = {u.location: u.text for u in units if not u.is_title}
    assert by_place["CONFIDENTIALITY"].startswith("We shall not disclose")
    assert by_place["PHILOSOPHY"].startswith("I opened my home daycare")
    assert by_place["PROVIDER EDUCATION, TRAINING AND STARS"].startswith("I keep all my professional")
