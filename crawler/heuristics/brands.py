"""The brand a product page names, and values written after a label ("Brand: Acme", "ASIN: B01..").

Pure functions over a parsed page (`layout.Layout`); no I/O.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from typing import Any
from urllib.parse import unquote, unquote_plus, urljoin, urlsplit

from knockoff.crawler.heuristics.controls import said_state
from knockoff.crawler.heuristics.dom import (
    BRAND_EL,
    MARKS,
    MONEY,
    blank_image,
    heading_badge,
    hidden,
    next_element,
    tokens,
    visible_text,
)
from knockoff.crawler.heuristics.layout import Layout
from knockoff.crawler.heuristics.titles import DOC_TITLE_SEP, shop_part, site_test, title_without_shop

_BYLINE = re.compile(
    r"^(?:brand|marke|marque|marca|merk|znamka|značka|proizvođač|proizvajalec|by|ブランド|品牌|廠牌|브랜드|бренд)"
    r"\s*(?:[:：]\s*|\s+)(.+)$"
    # Walmart's "Visit the Ninja Brand Shop" names the brand before "Brand Shop"
    r"|^visit the (.+?)(?: brand)? (?:store|shop)$|^besuche den (.+?)-?store$|^visiter la boutique (.+)$|^visita lo store di (.+)$"
    # Amazon.de's and Amazon.fr's own wording, formal and imperative ("Besuchen Sie den Bosch-Store", "Visitez la
    # boutique Moulinex": test_avail_brand_review13)
    r"|^besuchen sie den (.+?)-?store$|^visitez la boutique (.+)$"
    r"|^visita la tienda de (.+)$|^bezoek de (.+?)-?winkel$"
    # a link to the brand's store on the marketplace ("삼성전자 브랜드관 >", "SONY 品牌館")
    r"|^(.+?)\s*(?:브랜드관|브랜드\s*스토어|品牌館|品牌馆|品牌旗艦館|ブランドストア|brand store)\s*[>›»]?$",
    re.I,
)
_BRAND_LABEL = re.compile(
    # a label naming brand and maker at once ("제조사/브랜드", "Brand/Manufacturer", "Marke / Hersteller")
    r"^(?:(?:brand|manufacturer|marke|hersteller|marca|fabricante|бренд|производитель|제조사|브랜드|品牌|製造商|制造商)"
    r"\s*/\s*(?:brand|manufacturer|marke|hersteller|marca|fabricante|бренд|производитель|제조사|브랜드|品牌|製造商|制造商)|"
    # the "brand name" labels of Amazon's item details and the markets' shops ("Markenname", "Nom de marque",
    # "Nome del marchio", "Nombre de la marca", "Naziv marke", "Название бренда": test_brand_review7)
    r"markenname|nom de (?:la )?marque|nome del marchio|nome (?:del|della) marca|nombre de (?:la )?marca|nome da marca|"
    r"naziv (?:marke|brenda|robne marke)|ime (?:blagovne )?znamke|название бренда|наименование бренда|merknaam|nazwa marki|"
    r"brand(?:\s*name)?|marke|marque|marca|merk|merke|märke|varumärke|varemerke|varemærke|mærke|tuotemerkki|"
    r"merkki|vörumerki|kaubamärk|zīmols|prekės ženklas|"
    r"marka|manufacturer|hersteller|fabricant|produttore|"
    # a wine's, beer's or spirit's maker (a wine shop's "Winery: Caymus Vineyards"), US parts and electronics shops'
    # abbreviations "Mfr:" / "Mfg:" (not before a part or model number's words: "Mfr Part # 010-03717"; Adorama's
    # "MFR: 4147C002" is its part number, a code no brand is: `_name_like`), "Maker:" before its colon (the lead's
    # tenth probe; not an EU marketplace's "Manufacturer name" row of the responsible factory, test_brand_review7)
    r"winery|brewery|distillery|maker(?=\s*[:：])|"
    r"(?:mfr|mfg)\.?(?!\s*(?:part|model|#|no\b|nr\b|number|item|sku|code))|"
    r"fabricante|fabrikant|znamka|značka|blagovna znamka|proizvođač|proizvajalec|proizvodjač|výrobce|gyártó|producent|"
    # the Croatian/Serbian/Slovenian/Bosnian "Brend" ("Brend: Makita")
    r"brend|"
    # Croatian "Robna marka" (eKupi), Italian "Marchio" (Unieuro), Russian "Торговая марка" (test_brand_review6)
    r"robna marka|marchio(?!\s+ce\b)|торговая марка|"
    # Korean "제조자" (maker) as a whole label ("제조자 및 소비자분쟁해결기준에 따름" is a warranty sentence; the
    # notices' "제조자(수입자)", maker or importer, is left: test_brand_review6), Taiwanese "製造商"
    r"제조자(?=\s*[:：]|\s*$)|製造商|"
    # Zen Cart's product details line "Manufactured by: Moncler" (the replica shops' cart: test_fake_shop_pages,
    # test_brand_review7), with its colon only ("Manufactured by hand in Portugal" is prose)
    r"manufactured by(?=\s*[:：])|"
    # a spec list's "Made By: Pyrex", with its colon only ("Made by hand" is prose; test_brand_review9)
    r"made by(?=\s*[:：])|"
    # (ECShop's "商品品牌：" and the like, "the goods' brand": the lead's probe, stop 38)
    r"(?:商品|產品|产品|상품)?(?:ブランド|品牌|廠牌|브랜드)(?:名稱|名称|名|명)?|メーカー|制造商|제조사|бренд|производитель|өндіруші|"
    # Kazakh with the possessive ending ("Бренді: Bosch", "Маркасы: Bosch")
    r"бренді|маркасы|"
    # Arabic "trade mark", "make", "manufacturer"
    r"العلامة التجارية|الماركة|الشركة المصنعة|"
    # vi, id, th, el, he, hu brand labels (not Shopify's "Vendor:": a marketplace's seller as often as a
    # brand, 6ccffb1, test_today_breadth's vendor_line)
    r"thương hiệu|merek|ยี่ห้อ|แบรนด์|μάρκα|εμπορικό σήμα|מותג|márka)"
    # not the label of the maker's code ("Manufacturer part number", "Manufacturer #", "Hersteller
    # Artikelnummer", "Marca modelo" name a code, not the brand)
    # ("Brand new condition" is the item's condition)
    r"(?!\s*(?:#|part\b|no\.|nr\.|number\b|ref(?:erence)?\b|code\b|id\b|model|nummer|numéro|número|numero|new\b|"
    # a compound label naming a second field ("Brand & Model", "Marke und Modell"; formasaurus' focalprice, stop 64)
    r"[&+]|and\b|und\b|"
    r"artikel|referen|код|номер|型番|型號|型号|모델|"
    # the brand the item fits, not its own ("Marca compatibile | Apple", "Marca compatible", "Brand compatibility",
    # test_brand_review6)
    r"compatib|kompatib|совмест|združljiv|compatív|"
    # the maker's postal and contact details (AliExpress's EU rows "Manufacturer name" / "Manufacturer address" /
    # "Manufacturer email", "Hersteller-Adresse": the legal entity of the product-safety rules, test_brand_review7);
    # "Brand name" is read whole before this
    r"-?(?:name\b|address|adresse|anschrift|e-?mail|phone|telefon|contact|kontakt|indirizzo|direcci[oó]n|adresa|naslov"
    r"|адрес|주소|地址)|"
    # the make of the vehicle a part fits, not the part's brand: Allegro's "Marka pojazdu" / "Marka samochodu",
    # "Marca del vehículo", "Marke des Fahrzeugs", "Марка автомобиля", "Marka vozila" (test_brand_review7)
    r"pojazdu|samochodu|vozila|automobila|avtomobila|автомобил|транспорт|vehicle|car\b|des fahrzeug|fahrzeug|kfz"
    r"|du véhicule|de (?:la )?voiture|del vehículo|del auto\b|del veicolo|dell'auto|do veículo|do carro|차량|자동차|"
    # a heading or line about the brand, not its name: Amazon's A+ "Brand Story", Zalando's "Brand size"
    # row, "Brand promise", "Brand overview", Korean "브랜드 스토리" / "브랜드 기획전" (an event)
    r"(?:story|stories|size|sizes|promise|overview|ambassadors?|values|mission|history|spotlight|information|info"
    r"|guide|page|week|event|sale)\b|스토리|기획전|소개|"
    # the maker's warranty, not its name: The Home Depot's spec row "Manufacturer Warranty | Contact Manufacturer",
    # "Herstellergarantie", "Garantie constructeur" (read as the brand "Warranty" once a spec table's "25 ft."
    # was no longer a forint amount making its rows cards; stop 39)
    r"warrant|garantie|garanzia|garant[ií]a|gwarancj|гарант))"
    r"(?:\s*[:：]\s*|\s+|$)(.*)$",
    re.I,
)


def _shown_line(text: str) -> str:
    """`text` without bidi/zero-width marks (`MARKS`), whitespace collapsed."""
    return re.sub(r"\s+", " ", MARKS.sub("", text)).strip()


def labelled(
    page: Layout,
    label: re.Pattern[str],
    limit: int = 60,
    keep: Callable[[str], bool] | None = None,
    accept: Callable[[str], bool] | None = None,
    skip: Callable[[Any], bool] | None = None,
    qualified: bool = False,
    trim: Callable[[str], str] | None = None,
) -> str | None:
    """The value written after a label ("Brand: Acme", "ASIN ‏:‎ B01..", or "Brand" in
    one cell and "Acme" in the next), outside navigation, footers and product cards; None when
    there is none. With `keep`, the first value `keep` accepts, wherever it is written; with
    `accept`, only values it accepts count (outside those parts as without it); with `skip`, labels
    whose element it accepts are passed over; with `qualified`, a label cell whose label word a
    qualifier in lower case follows ("Producent części | Bosch", `_qualified_label_cell`) has its value
    in the next cell; with `trim`, a value is read as `trim` gives it (`_before_other_fields`)."""
    nodes = page.text_nodes()
    for i, (node, raw) in enumerate(nodes):
        text = raw.strip()
        # a longer text is prose, read only with `trim` when it opens with the label and a colon and `trim`
        # cuts the value from what runs on ("Marke: Adidas, Größe 44, kaum getragen. Abholung in ...")
        long = len(text) > 80
        if not text or (long and (trim is None or len(text) > 300)):
            continue
        m = _label_match(label, text, long)
        if not m:
            continue
        parent = node.getparent()
        if keep is None and parent is not None and any(page.context(parent)):
            continue
        if skip is not None and parent is not None and skip(parent):
            continue
        value = m.group(m.lastindex or 0).strip(" :：#-") if m.lastindex else ""
        if value and qualified and parent is not None and _qualified_label_cell(node, parent, text, m):
            value = ""  # the words after the label are the label's ("części", of the part): the value is next
        inline = bool(value)  # written in the label's own text ("Marka: Nike, veličina 42"), not the next one
        if long and not inline:
            continue
        if not value:
            value = _value_after(nodes, i, parent, text)
            if value is None:
                continue
        value = re.sub(r"\s+", " ", value).strip(" :：")
        if trim is not None and inline:
            value = _trimmed(value, trim, long)
        if _fits(value, limit, keep, accept):
            return value
    return None


# a text that is a field's label of its own: 1-4 words closed by a colon ("Model:", "UPC:", "Fits:"), the next
# field after a label left empty (test_brand_review9's "<li><b>Brand:</b> </li><li><b>Model:</b> CAO-R2</li>")
_NEXT_LABEL = re.compile(r"^[^\W\d_][\w.#/&' -]{0,30}[:：]$")


def _value_after(nodes: list[tuple[Any, str]], i: int, parent: Any, text: str) -> str | None:
    """`labelled`'s value of a label written alone in its text (`nodes[i]`, `text`, in `parent`): under it where
    it heads a table's column (`_column_value`), a logo's name after it, or the next of the 3 texts after it that
    is no button of the label; None where that text is another field's label (`_NEXT_LABEL`), where the label
    is a link's, a row compared across products or a cell whose value cell is empty."""
    node = nodes[i][0]
    if parent is not None and (
        _link_label(node, parent) or _compared_row(parent) or _empty_value_cell(node, parent)
    ):
        return None
    column = _column_value(parent, text) if parent is not None else None
    if column is not None:
        return column  # a label heading a table's column: its value under it, not the next heading
    logo = _logo_value(parent) if parent is not None else ""
    if logo:
        return logo
    for n, t in nodes[i + 1 : i + 4]:
        if not t.strip().strip(":：") or _label_button(n, parent):
            continue
        if _NEXT_LABEL.search(t.strip()):
            return None  # the next field's label ("<b>Brand:</b> </li><li><b>Model:</b> CAO-R2"): no value
        return t.strip()
    return ""


def _fits(
    value: str, limit: int, keep: Callable[[str], bool] | None, accept: Callable[[str], bool] | None
) -> bool:
    """`labelled`'s test of a value: 2 to `limit` characters, accepted by `keep` and `accept` where given."""
    return 1 < len(value) <= limit and (keep is None or keep(value)) and (accept is None or accept(value))


def _column_value(parent: Any, text: str) -> str | None:
    """The value under the label `text` (a text of `parent`) where it alone fills a heading cell of a table's
    header row (all its cells `<th>`): the text of the same column's cell in the row below, when the table has
    exactly one row below ("Manufacturer | Part # | Stock #" over "BOSCH | BC905 | PG-448120", an auto parts shop;
    the lead's tenth probe), else "" (a variants table: which row is the listing's is not said; a row with a link,
    a button or a price: an accessory's, as `sku._column_code` reads it); None where the
    label heads no column (a row's label cell, a line)."""
    cell = parent if parent.tag == "th" else next(parent.iterancestors("th"), None)
    if cell is None or visible_text(cell).strip() != text:
        return None
    row = cell.getparent()
    if row is None or row.tag != "tr" or row.xpath("./td") or len(row.xpath("./th")) < 2:
        return None
    table = next(row.iterancestors("table"), None)
    rows = [r for r in table.xpath(".//tr") if r.xpath("./td|./th")] if table is not None else []
    if len(rows) != 2 or rows[0] is not row:
        return ""
    if rows[1].xpath(".//a | .//button | .//input") or MONEY.search(" ".join(rows[1].itertext())):
        return ""  # an accessory's or spare part's row (its link, price or cart button): another item's
    cells, index = rows[1].xpath("./td|./th"), row.xpath("./th").index(cell)
    return re.sub(r"\s+", " ", visible_text(cells[index])).strip() if index < len(cells) else ""


def _label_match(label: re.Pattern[str], text: str, long: bool) -> re.Match[str] | None:
    """`label`'s match opening `text`, or opening a later field of a line of them ("Art.nr: 1000582 · Varumärke:
    " + a link); for a `long` text (over 80 characters), only the label and a colon opening it."""
    if long:
        m = label.match(text)
        return m if m and m.lastindex and re.search(r"[:：]", text[: m.start(m.lastindex)]) else None
    return label.match(text) or next(
        (m for part in _LINE_FIELDS.split(text)[1:] if (m := _field_label(label, part.strip()))), None
    )


def _trimmed(value: str, trim: Callable[[str], str], long: bool) -> str:
    """`value` as `trim` gives it; "" for a `long` text's value `trim` does not cut or cuts to no name (prose
    after a label: "Marca: consultar disponibilidad, colores y talles ...")."""
    cut = trim(value)
    return "" if long and (cut == value or cut[:1].islower()) else cut


# a value running on past a comma into the seller's other fields or prose ("Nike, veličina 42, nošene dva puta.",
# "Nike, размер 42, носил пару раз.", "Adidas, Größe 44, kaum getragen."): classifieds' and small sellers' text
_RUNS_ON = re.compile(r"^([^,;，；\s]+(?:\s[^,;，；\s]+){0,2})\s*[,;，；]\s*(\S+(?:\s+\S+)+.*)$")


def _before_other_fields(value: str) -> str:
    """A labelled brand `value` of one to three words cut before a comma that two or more words follow
    (`_RUNS_ON`: the seller's size, condition, a sentence: "Marka: Nike, veličina 42, ..." -> "Nike"); a name
    with one word after its comma stays whole ("Samsung Electronics Co., Ltd.", "BSH Hausgeräte GmbH, München"),
    and so does prose ("Merke: Nicht in der Waschmaschine waschen, bitte von Hand."). test_brand_review7"""
    m = _RUNS_ON.match(value)
    return m.group(1).strip() if m else value


def _qualifier(words: str) -> bool:
    """`words` qualify a label's word rather than name a value: one to three words, each opening with a
    letter not in upper case (Allegro's "Producent części", "maker of the part"; "Marca del producto",
    "Бренд товара"; not "Bosch", "ТЕФАЛЬ"). test_brand_review7"""
    parts = words.split()
    return 1 <= len(parts) <= 3 and all(p[0].isalpha() and not p[0].isupper() for p in parts)


def _qualified_label_cell(node: Any, parent: Any, text: str, m: re.Match[str]) -> bool:
    """The text `node` (`text`, `label`'s match `m`) fills a label cell (`<th>`, `<dt>`, a `<td>` before
    another) as the label's word and a qualifier of its own (`_qualifier`: "Producent części", no colon
    between), and the value cell after it shows text: the value is that cell's, not the qualifier."""
    if node.is_tail or not m.lastindex:
        return False
    head = text[: m.start(m.lastindex)]
    if re.search(r"[:：]", head) or not _qualifier(m.group(m.lastindex).strip()):
        return False
    cell = parent if parent.tag in ("th", "td", "dt") else next(parent.iterancestors("th", "td", "dt"), None)
    if cell is None or _shown_line(visible_text(cell)) != _shown_line(text):
        return False
    nxt = next_element(cell)
    return nxt is not None and nxt.tag in ("td", "dd") and bool(visible_text(nxt).strip())


# the headings of the EU's product-safety sections (GPSR, on EU pages since December 2024): the manufacturer's
# legal name and address and the EU responsible person, not a brand the listing claims (test_brand_review7)
_SAFETY_HEADING = re.compile(
    r"^(?:(?:informationen zur |informations? (?:sur|relatives à) la |informazioni sulla |información (?:de|sobre la) "
    r"|informacje o |information on )?(?:produktsicherheit|product safety|sécurité du produit|sicurezza del prodotto"
    r"|seguridad del producto|bezpieczeństwie produktu|bezpieczeństwo produktu|varnost izdelka|varnosti izdelka"
    r"|sigurnost proizvoda|sigurnosti proizvoda|безопасност[ьи] товара|productveiligheid)"
    r"|(?:verantwortliche person|responsible person|personne responsable|persona responsabile|persona responsable"
    r"|osoba odpowiedzialna|odgovorna osoba|ответственное лицо)\b.{0,30}|gpsr\b.{0,40})$",
    re.I,
)
_SAFETY_NAME = re.compile(
    r"gpsr|product[-_]?safety|produkt[-_]?sicherheit|safety[-_]?(?:info|information)\b", re.I
)


def _safety_party(el: Any) -> bool:
    """The element `el` sits in a product-safety section: an ancestor named for it (`_SAFETY_NAME`: "gpsr",
    "product-safety") or whose own first heading, or a heading just before it, is such a section's
    (`_SAFETY_HEADING`: "Produktsicherheit", "Product safety", "Verantwortliche Person in der EU")."""
    for depth, anc in enumerate(el.iterancestors()):
        if anc.tag in ("body", "html") or depth > 6:
            return False
        if _SAFETY_NAME.search(f"{anc.get('id') or ''} {anc.get('class') or ''}"):
            return True
        heads = anc.xpath("./*[self::h2 or self::h3 or self::h4][1]")
        prev = anc.xpath("preceding-sibling::*[1][self::h2 or self::h3 or self::h4]")
        if any(_SAFETY_HEADING.match(_shown_line(visible_text(h))) for h in heads + prev):
            return True
    return False


def _label_button(node: Any, label: Any) -> bool:
    """The text `node` is a button's inside the label's own cell ("<th>Artikelnummer <button>?</button></th>":
    a help control, no value; the sku helper's review 6, its strict xfail); not a button in the value cell
    (Wildberries' copy button holding the code, test_sku_review3). `label`: the label text's element."""
    holder = node.getparent()
    if holder is not None and node.is_tail:
        holder = holder.getparent()
    if holder is None or label is None:
        return False
    button = holder if holder.tag == "button" else next(holder.iterancestors("button"), None)
    if button is None:
        return False
    cell = (
        label if label.tag in ("th", "dt", "label") else next(label.iterancestors("th", "dt", "label"), label)
    )
    return cell in button.iterancestors()


def _empty_value_cell(node: Any, parent: Any) -> bool:
    """The label text `node` fills a table's or a definition list's label cell (`<th>`, `<dt>`, a
    `<td>` before another) whose value cell after it holds no text and no picture: bol's "Merk | " left
    blank by the seller. The label then has no value; the texts after it (the reviews' "★★★★☆", test_brand_review6)
    are no brand."""
    if node.is_tail:
        return False
    cell = parent if parent.tag in ("th", "td", "dt") else next(parent.iterancestors("th", "td", "dt"), None)
    if cell is None:
        return False
    nxt = next_element(cell)
    return (
        nxt is not None
        and nxt.tag in ("td", "dd")
        and not "".join(
            nxt.itertext()
        ).strip()  # any text, a button's too (Wildberries' copy button: its code)
        and not nxt.xpath("descendant-or-self::img/@alt")
    )


def _logo_value(el: Any) -> str:
    """The alt text of the logo that is the whole value after the label element `el` (or after the
    cell holding it): a spec table's "Brand | <img alt="Sony">"; "" when the value shows text or no
    picture."""
    for node in (el, el.getparent()):
        if node is None:
            continue
        nxt = next_element(node)
        if nxt is not None:
            alts = [a.strip() for a in nxt.xpath("descendant-or-self::img/@alt") if a.strip()]
            return alts[0] if alts and not visible_text(nxt).strip() else ""
    return ""


def _field_label(label: re.Pattern[str], part: str) -> re.Match[str] | None:
    """`label`'s match on `part`, a later field of a line of them, when the label closes with a colon
    ("Art.nr: 1000582 · Varumärke: Vindkraft"); None for a field that only opens with the label's
    word ("Free returns · Brand new · Ships in 24 h": "Brand new" is the item's condition, no brand)."""
    m = label.match(part)
    if m is None:
        return None
    head = part[: m.start(m.lastindex)] if m.lastindex else part
    return m if re.search(r"[:：]", head) else None


def _link_label(node: Any, parent: Any) -> bool:
    """The label text `node` is the whole text of a link to another page: a menu entry ("브랜드" to
    "/brand/list" before "기획전" in a menu no names mark), not a label of the value after it."""
    link = parent if parent.tag == "a" else next(parent.iterancestors("a"), None)
    href = (link.get("href") or "").strip() if link is not None else ""
    return bool(href) and not href.startswith(("#", "javascript:")) and not node.is_tail


def _compared_row(el: Any) -> bool:
    """`el` is the label cell of a comparison table's row (or sits in it): the row has two or more
    cells after it and the table's first row links to two or more pages, one column per compared
    item ("Brand | Shark | Dyson | Bissell" under their linked names). A value in such a row is
    one of several items', none of them the page's alone."""
    cell = el if el.tag in ("td", "th") else next(el.iterancestors("td", "th"), None)
    row = cell.getparent() if cell is not None else None
    if row is None or row.tag != "tr" or len([c for c in cell.itersiblings() if c.tag in ("td", "th")]) < 2:
        return False
    table = next(row.iterancestors("table"), None)
    first = table.xpath("(.//tr)[1]") if table is not None else []
    return bool(first) and len(first[0].xpath(".//a[@href]")) >= 2


# the text of an element named "brand-model-info" that holds codes, not a brand ("Model # 6202-22-00
# Internet # 202286744 Store SKU # 862425")
_CODES_TEXT = re.compile(
    r"\b(?:model|sku|item|part|upc|ean|gtin|mpn|internet|art(?:ikel)?|style"
    # the maker's part number in an element named for the manufacturer (Office Depot 2017's
    # `span.sku_manufacturer_num` "Manufacturer # CF226X"; the lead's tenth probe)
    r"|(?:manufacturer|mfr\.?|mfg\.?)(?:\s+part)?)\s*(?:#|no\b|nr\b|number\b)",
    re.I,
)


def _doc_product_title(page: Layout) -> str:
    """The document title less the shop's part (`titles.title_without_shop`)."""
    return title_without_shop(page.doc_title, urlsplit(page.base).hostname or "")


def _product_part(page: Layout) -> list[str]:
    """The words of the document title less the shop's part (`_doc_product_title`)."""
    return tokens(_doc_product_title(page))


def _words_in(words: list[str], within: list[str], shorter: bool = True) -> bool:
    """`words` appear in `within` as one run of consecutive words (with `shorter`, `within` has more)."""
    n = len(words)
    return 0 < n <= len(within) - shorter and any(
        within[i : i + n] == words for i in range(len(within) - n + 1)
    )


_FIELD_SEP = re.compile(r"\s[|·•]\s")
# the fields of a line of them, parted by a separator or by a run of spaces ("SKU: 654321 &nbsp; Mfr
# Part#: 910-006557 &nbsp; Manufacturer: Logitech"); a later field counts only with a colon (`_field_label`)
_LINE_FIELDS = re.compile(r"\s[|·•]\s|\s{2,}")
# letters of a reading written beside a brand in Latin letters: katakana, hiragana, hangul
_READING = re.compile(r"[\u3040-\u30ff\u31f0-\u31ff\uac00-\ud7af\s・ー]+")


def _field_line(text: str) -> str | None:
    """For a line of several labelled fields ("Kód: LOGk1002a | Značka: Logitech | Záruka: 24
    měsíců": two or more parts between "|", "·" or "•" with a colon), the value of its brand field
    (`_BYLINE`), else its first part when that has no label ("Nike | Size: 42 | Colour: Black"), or ""
    without either; None for any other text."""
    parts = [p.strip() for p in _FIELD_SEP.split(text) if p.strip()]
    if sum(":" in p or "：" in p for p in parts) < 2:
        return None
    for p in parts:
        m = _BYLINE.match(p)
        if m and (m.group(m.lastindex or 1) or "").strip():
            return m.group(m.lastindex or 1).strip()
    # the brand written first, unlabelled, before the labelled fields ("Nike | Size: 42 | Colour: Black")
    return parts[0] if ":" not in parts[0] and "：" not in parts[0] else ""


def _without_reading(el: Any, text: str) -> str:
    """A brand element's name without the reading shown beside it: its two child texts are the
    name in Latin letters and a reading in kana or hangul only ("BEAMS" and "ビームス"); not a label
    and the brand ("Brand:" and "ユニクロ", "by" and "무신사 스탠다드")."""
    parts = [_shown_line(" ".join(c.itertext())) for c in el.iter() if c is not el and len(c) == 0]
    parts = [p for p in parts if p]
    if len(parts) == 2 and re.search(r"[A-Za-z]", parts[0]) and _READING.fullmatch(parts[1]):
        labelled = _BYLINE.match(" ".join(parts))  # "Brand:" / "by" and the brand in kana or hangul
        if not (labelled and (labelled.group(labelled.lastindex or 1) or "").strip()):
            return parts[0]
    return text


def _element_brand(el: Any) -> str | None:
    """The brand a brand-named element shows (its itemprop=name, its text, a logo's alt text),
    without a label or byline ("Brand: X", "by X"), the reading beside it (`_without_reading`), or
    the brand field of a line of fields (`_field_line`); None for no brand: a line of other fields,
    a menu of brands ("Shop all brands"), a block of codes, text over 60 characters."""
    # a manufacturer logo names the brand; a transparent placeholder drawn where it goes names none
    logo = [
        a for img in el.xpath("descendant-or-self::img") if not blank_image(img) for a in img.xpath("@alt")
    ]
    text = _element_text(el, logo)
    if _LABEL_ALONE.fullmatch(text):
        return None  # the term of a brand row ("Producent:"), its value in the element after it
    fields = _field_line(text)
    if fields is not None:
        text = fields  # "" for a line of other fields ("Kód: LOGk1002a | Záruka: 24 měsíců")
    text = _without_reading(el, text)
    said = text
    m = _BYLINE.match(text)
    if m:
        text = m.group(m.lastindex or 1).strip()
    m = _BRAND_LABEL.match(text)
    if m and m.group(1).strip() and re.search(r"[:：]", text[: m.start(1)]):
        text = m.group(1).strip()  # "Производитель: Tefal", "العلامة التجارية: كينوود" on a brand element
    if text != said:
        # after a label, a link or note past a separator is no part of the name ("Brand: Xiaomi | More
        # Mobiles from Xiaomi"); an unlabelled line with one bar is the name whole ("Levi's | Red Tab")
        text = _FIELD_SEP.split(text)[0].strip()
        text = _without_more_link(text)
        if re.search(r"[:：]", text):
            return None  # a line of another label opening with the word ("Brand promise: free returns")
    if len(_FIELD_LABELS.findall(text)) >= 2 or _COMPOUND_LABEL.match(text):
        # a block of the maker's fields ("Herstellerinfos: EAN: 0887942877477 Modellnummer: 4X40E48910") or
        # a table's compound label ("Brand & Model"): the maker's logo inside names the brand, else nothing
        # does (real shop pages saved by other hands, formasaurus 0.10.0: mindfactory.de, focalprice; stop 64)
        named = _logo_name(logo)
        return named if 1 < len(named) <= 60 and not _CODES_TEXT.search(named) else None
    every = _ALL_OF_BRAND.match(text) or _OTHER_BY_BRAND.match(text)
    if every:
        text = next(g for g in every.groups() if g).strip()
        if re.fullmatch(r"(?i)(?:the |this |our )?brand'?s?", text):
            # "View all brand products" under the brand's logo names it by the logo only (campmor.com, a page
            # saved by other hands: formasaurus 0.10.0; stop 65)
            named = _logo_name(logo)
            text = "" if _CODES_TEXT.search(named) else named
    text = _shop_all_of(el, text)
    if not (1 < len(text) <= 60) or re.search(r"\bbrands\b|\bshop all\b|\bsee all\b", text, re.I):
        return None
    if _CALL_TO_ACTION.match(text):
        return None  # a link line in the brand's box ("Voir la présentation"), not its name
    return None if _CODES_TEXT.search(text) else text


def _element_text(el: Any, logo: list[str]) -> str:
    """The text the brand element `el` shows, as one line: its `content`, its itemprop=name, its visible
    text, else its logo's alt text less its word for a logo ("Philips logo" on eMAG's brand link,
    test_brand_review6), else the brand facet of its link (`_facet_of_link`: Amazon's byline drawn as the
    brand's logo with an empty alt text)."""
    inner = el.xpath(".//*[@itemprop='name']/@content | .//*[@itemprop='name']//text()")
    text = el.get("content") or " ".join(inner) or visible_text(el)
    if not text and logo:
        text = _logo_name(logo) or logo[0]
    if not (text or "").strip():
        text = _facet_of_link(el)
    return _shown_line(text or "")


def _logo_name(logo: list[str]) -> str:
    """The first alt text of `logo` less its word for a logo ("Garmin logo" -> "Garmin"); "" for none."""
    return _LOGO_WORDS.sub(" ", logo[0]).strip() if logo else ""


# a brand row's term alone, its colon closing it ("Producent:", "Brand:", "Marke :")
_LABEL_ALONE = re.compile(r"[^:：]{2,40}[:：]")

# a brand facet in a query: a parameter named for brands holding a name ("field-lbr_brands_browse-bin=Nike",
# "field-brandtextbin=Under+Armour" on Amazon's byline links)
_BRAND_FACET = re.compile(r"[?&][^=&#]*brand[^=&#]*=([^&#]+)", re.I)


def _facet_of_link(el: Any) -> str:
    """The brand a link of the brand element `el` files the product under by a brand facet in its query
    (`_BRAND_FACET`, "+" read as a space), where the element shows no text and no alt text: Amazon's
    byline drawn as the brand's logo, `<a id="brand" href="/Nike/b/?...&field-lbr_brands_browse-bin=Nike">`
    with `<img alt="">` (selectorlib 0.16.0's saved Amazon page; stop 65). "" when no link has one, or when
    the value is a number or a code ("?brand_id=20817") rather than a name."""
    for href in el.xpath("descendant-or-self::a/@href")[:3]:
        m = _BRAND_FACET.search(href)
        if m is None:
            continue
        value = unquote_plus(m.group(1)).strip()
        if re.search(r"[^\W\d_]{2}", value) and not _CODES_TEXT.search(value) and len(value) <= 40:
            return value
    return ""


def _shop_all_of(el: Any, text: str) -> str:
    """The name a brand-named element's only line "Shop all <name>" (`_SHOP_ALL`) names when one of its
    links leads to a page whose URL spells the name (`_url_spells`): Backcountry's "product-brand-logo" box
    holding the maker's logo and "Shop all The North Face" to "/the-north-face", Crutchfield's "Shop all
    Klipsch" to "/g_150/Klipsch/Klipsch.html" (issue 14's eleventh review). A menu's "Shop all brands", a
    department's "Shop all Men's" (`_DEPARTMENT`) and a link elsewhere keep `text` as it is (read as none)."""
    m = _SHOP_ALL.match(text)
    if m is None:
        return text
    name = m.group(1).strip(" .")
    if _DEPARTMENT.match(name) or re.search(r"\bbrands?\b", name, re.I) or len(name.split()) > 4:
        return text
    hrefs = el.xpath("descendant-or-self::a/@href")
    return name if any(_url_spells(h, name) for h in hrefs) else text


# a brand box's link to more of the brand's items written after the name with no separator between
# (Lazada's "Brand: Xiaomi" + "More Mobiles from Xiaomi", its parts in sibling elements)
_MORE_FROM = re.compile(
    r"^(.+?)\s+(?:more|see more|shop more|view more)\s+.{1,40}?\s+(?:from|by)\s+(.+)$", re.I
)
# a line in a brand-named element that is a link's call to action, not a name ("Voir la présentation",
# "See more", "View collection", "Découvrir la marque")
_CALL_TO_ACTION = re.compile(
    r"^(?:voir|see|view|discover|découvrir|ver|mehr|more|browse|explore|visit)\b(?!\s+the\s+\S+\s+(?:store|shop))"
    # Coupang's "브랜드 바로가기 >" ("go to the brand"), "더보기" ("see more"); momo's "進入品牌館" ("enter the
    # brand hall"); "查看" ("view")
    r"|^(?:바로\s?가기|더\s?보기|보러\s?가기|進入|进入|查看|更多)"
    # a heading over the brand's story, not its name ("About the brand", "Über die Marke", "Sobre la marca")
    r"|^(?:about (?:the )?brand|über die marke|à propos de la marque|(?:acerca de|sobre) la marca|o znamki|o brendu"
    r"|о бренде|브랜드 소개|品牌介紹|品牌介绍)\b"
    # a heading or side-sheet tab about the maker, whole: Amazon's 2026 pill "Manufacturer information" on a
    # brand-named control, "Herstellerinformationen", "Informations sur le fabricant" (real pages saved by other
    # hands, product-dl 0.0.0.dev4; stop 65)
    r"|^(?:(?:brand|manufacturer|maker|marke|hersteller|marque|fabricant|marca|fabricante|produttore)\s*"
    r"(?:information|informationen|informations|info|infos|details|contact)|herstellerinformation(?:en)?"
    r"|herstellerangaben|informations? (?:sur|du) (?:le )?fabricant|informaci[oó]n del fabricante"
    r"|informazioni (?:sul|del) produttore)$"
    # a shop's status as the maker's partner ("Apple Authorised Reseller", "Premium Partner"), not the
    # product's brand
    r"|^.{0,30}\b(?:authori[sz]ed|official|premium|certified)\s+(?:reseller|retailer|dealer|partner|distributor"
    r"|service provider)\b"
    # a marketplace's badge of a brand's official store that writes no name: Allegro's "Oficjalny sklep marki",
    # "Official Brand Store", Shopee TW's "官方旗艦店", Korean "공식스토어" (test_brand_review6)
    r"|^(?:oficjalny sklep(?: marki)?|official (?:brand )?(?:store|shop)|tienda oficial|loja oficial"
    r"|официальный магазин(?: бренда)?|官方旗艦店|官方旗舰店|品牌旗艦店|공식\s?(?:스토어|판매처|브랜드관))$",
    re.I,
)
# a link line in the brand's box to all of its products ("Vsi izdelki znamke Gorenje" on Mimovrste, "Svi
# proizvodi brenda Sony" on Links.hr, "Alle Produkte von Bosch", "Todos los productos de Samsung"): the brand
# is the name after it
_ALL_OF_BRAND = re.compile(
    r"^(?:all (?:products|items) (?:from|by)|alle (?:produkte|artikel) (?:von|der marke)|tous les produits (?:de la marque|de)"
    r"|todos los productos de(?: la marca)?|tutti i prodotti di|vsi izdelki (?:blagovne )?znamke"
    r"|svi proizvodi (?:brenda|marke|proizvođača)"
    # the same links with a verb before them or no word for the brand between (test_brand_kinds10: MediaWorld's
    # "Scopri tutti i prodotti Dyson", Darty's "Voir tous les produits DeLonghi", Frávega's "Ver más productos de
    # Philco", Big Bang's "Vsi izdelki Gorenje", Sancta Domenica's "Svi proizvodi Bosch", Technodom's "Все товары
    # Xiaomi"); a category's link ("Все товары категории Пылесосы") is none (`_CATEGORY_WORD`)
    r"|(?:scopri |vedi )?tutti i prodotti(?: di)?|(?:voir |découvrir )?tous les produits(?: de la marque| de)?"
    r"|(?:ver )?(?:todos los|más) productos de(?: la marca)?|vsi izdelki(?: (?:blagovne )?znamke)?"
    r"|svi proizvodi(?: (?:brenda|marke|proizvođača))?|все товары(?: бренда| марки| производителя)?)"
    r"\s+(?!(?:категори|раздел|kategori|categor|catégor)\w*\b)(.{2,40})$",
    re.I,
)


# the labels of a block of fields: a word or two before a colon ("EAN:", "Modellnummer:", "Herstellerinfos:")
_FIELD_LABELS = re.compile(r"(?:^|\s)[^\W\d][\w.-]{1,24}(?:\s[\w.-]{1,12})?\s*[:：](?=\s|$)")
# a table's label naming two fields, the brand among them, and no value ("Brand & Model", "Marke und Modell")
_COMPOUND_LABEL = re.compile(
    r"^(?:brand|marke|marca|marque|merk|marka|manufacturer|hersteller|fabricant|fabricante|maker|make)"
    r"(?:\s*[&+]\s*|\s+(?:and|und|et|y|e|i)\s+)[^\W\d][\w.-]{1,24}\s*[:：]?$",
    re.I,
)
# English links to the rest of a brand's items with the brand in them ("Other products by Clothier to the King",
# "More products from Lotto", "Click to view 'Joe Browns' products", "View all Teva products"): the brand
# (real shop pages saved by other hands, formasaurus 0.10.0: shop.clothiertotheking, jacamo; stop 64)
_OTHER_BY_BRAND = re.compile(
    r"^(?:(?:see |view )?(?:other|more) (?:products|items) (?:by|from)\s+['\"‘“]?(.{2,40}?)['\"’”]?"
    r"|(?:click (?:here )?to )?(?:view|see|shop) (?:all |more )?['\"‘“](.{2,40}?)['\"’”] (?:products|items)"
    r"|(?:view|see|shop) all (?!(?:products|items)\b)(.{2,40}?) (?:products|items))\s*[>›»]?$",
    re.I,
)


def _without_more_link(text: str) -> str:
    """A labelled brand's name without the "More <things> from <name>" link after it (`_MORE_FROM`:
    "Xiaomi More Mobiles from Xiaomi" -> "Xiaomi"); the text as it is when the link names another."""
    m = _MORE_FROM.match(text)
    return m.group(1).strip() if m and _squash(m.group(1)) == _squash(m.group(2)) else text


# what a listing writes in its brand field when the product has none: eBay "Unbranded", Amazon
# "Generic", "No brand", "Sans marque", "Markenlos", "Sin marca", "Senza marca", "ノーブランド",
# "노브랜드", "无品牌", "Без бренда", "N/A"; the whole value only ("Generic Surf Co." is a brand).
# "No Name"/"Noname" is the German and Russian marketplaces' word for an unbranded article (Loblaw's
# "no name" line is a brand too, but not one sold on marketplaces); "노브랜드" likewise (E-Mart's No
# Brand line). "OEM", "Huismerk", "Marka własna" (own brand) say something about the maker: kept.
# "Brand", "Brand name", "Your brand": a theme's default left unfilled (tests/crawler/test_structured_review.py).
# Amazon.de's "Marke: Generisch"; AliExpress's "Brand Name: NoEnName_Null" (its seller left the brand
# field empty); Gmarket's / 11st's "브랜드: 기타" and Taiwanese shops' "品牌: 其他" ("other"); Korean notices'
# "상세페이지 참조" / "상품 상세설명 참조" ("see the detail page") where a brand or maker goes; the
# markets' "other" brand value: eBay's "Other", Mercado Libre's "Otra", Slovenian and Croatian shops'
# "Ostalo" (test_brand_review5).
_NO_BRAND = re.compile(
    r"generisch|noenname_null|기타|其他|其它|(?:상품\s?)?상세\s?(?:페이지|설명|정보)?\s?(?:참조|참고)|"
    # the Korean notices' "shown in the detail description" ("상세설명에 표시", "상세페이지에 표기", "상세정보 별도표기"):
    # Naver smartstore's 제조사 / 제조자 rows (test_brand_review7)
    r"(?:상품\s?)?상세\s?(?:페이지|설명|정보)?\s?(?:에\s?)?(?:별도\s?)?(?:표시|표기|기재)(?:\s?됨)?|"
    r"other|otr[oa]|ostalo|"
    # "other brand(s)" written out: Yahoo TW's "其他品牌", "기타 브랜드", "Otra marca" (test_brand_review6)
    r"(?:其他|其它)\s?品牌|기타\s?브랜드|other brands?|otra marca|altra marca|andere marke|autre marque|druga znamka"
    r"|drugi brend|другой бренд|inna marka|"
    r"un-?branded|generic|no[-\s]?brand|non[-\s]?branded|without (?:a )?brand|no[-\s]?name|unknown|n\s*/\s*a|none|"
    r"does not apply|not applicable|-+|—|brand(?:\s?name)?|your brand|"
    r"markenlos|ohne marke|keine marke|sans marque|aucune marque|(?:marque )?générique|sin marca|"
    r"(?:marca )?gen[ée]ric[oa]|senza marca|nessuna marca|sem marca|zonder merk|geen merk|merkloos|bez marki|"
    r"bez značky|brez znamke|bez marke|bez brenda|без бренда|без марки|нет бренда|markasız|tanpa merek|"
    r"không thương hiệu|ไม่มีแบรนด์|ノー\s?ブランド|ノンブランド|ブランドなし|노\s?브랜드|무브랜드|브랜드\s?없음|"
    r"无品牌|無品牌|没有品牌|沒有品牌|"
    # "none" and "other" alone in the markets' languages, where a brand goes (test_brand_review7): Gmarket's
    # "없음", "해당 없음", Taiwanese "無" / "无", Slovenian and Croatian "Drugo" (Bolha, Njuškalo), Russian
    # "Другое" / "Прочее" / "Нет", Kazakh "Басқа" / "Жоқ", eBay.de's "Sonstige", Italian "Altro" (not "Altra",
    # the running-shoe brand), Portuguese "Outro(a)"
    r"(?:해당\s?(?:사항\s?)?)?없음|無|无|drugo|другое|другие|прочее|прочие|нет|басқа|жоқ|sonstige[sn]?|altro|outr[oa]|"
    # "not the original maker's" / "aftermarket" where a brand goes: Mercado Libre's "Alternativo" /
    # "Alternativa" (Argentina's word for a non-original part), eBay Motors' "Aftermarket Products", Allegro's
    # "Zamiennik" (a replacement), Russian "Аналог" / "Неоригинал", Taiwanese "非原廠" / "副廠", Korean
    # "비정품" (non-genuine), French "Adaptable", Croatian "Zamjenski" (test_brand_review7)
    r"alternativ[oa]s?|aftermarket(?:\s(?:products?|parts?|brand))?|zamiennik|аналог|неоригинал\w*|非原廠|非原厂|副廠|副厂"
    r"|비정품|adaptable|zamjensk[iao]|"
    # "see the description" / "as pictured" where a brand goes (test_brand_review7): eBay.de's "siehe Beschreibung",
    # eBay.it's "Vedi descrizione", "voir description", "Ver descripción", "glej opis", "vidi opis", "см. описание",
    # "See description"; Shopee's / Ruten's "詳見商品描述", "請參考商品說明", "如圖" ("as pictured"); "As pictured" /
    # "As shown" (not "如新", Nu Skin's name)
    r"(?:siehe|vedi|voir|ver|see|glej|vidi|pogledaj(?:te)?|см\.?|смотри(?:те)?)\s+(?:(?:die|la|le|el|the|item|artikel)\s+)?"
    r"(?:beschreibung|artikelbeschreibung|descrizione|description|descripción|descripcion|opis|описание|foto|fotos|photos?"
    r"|bilder|immagini)"
    r"|(?:詳|详|請|请)?(?:見|见|參考|参考|參閱|参阅|看)(?:商品)?(?:描述|說明|说明|介紹|介绍|內文|内文|內容|内容|圖片|图片)"
    r"|如圖|如图|如照片|同圖|同图|as (?:pictured|picture|shown|photo|image|in (?:the )?(?:picture|photo)s?)",
    re.I,
)
# placeholders joined as one value: eBay UK's "Unbranded/Generic", "No brand / Generic" (test_brand_review7)
# a template's expression left unrendered where the value goes: AngularJS 1.x / Vue / Handlebars' "{{ vm.product.brand }}",
# Knockout's / Polymer's "[[brand]]", ERB / Underscore's "<%= brand %>", "${product.brand}" (a page saved before its
# script filled it in: the lead's 2017 brief, "AngularJS 1.x templates with {{ }} left in the HTML"; test_brand_review9)
_TEMPLATE = re.compile(r"\{\{.*\}\}|\[\[\s*[\w.$]+\s*\]\]|<%.*%>|\$\{\s*[\w.]+\s*\}")
_PLACEHOLDER_JOIN = re.compile(r"\s*[/|,]\s*|\s+(?:or|o|ou|oder)\s+", re.I)


def no_brand(value: str) -> bool:
    """`value` is a placeholder for no brand (`_NO_BRAND`, the whole value less closing dots and
    spaces; a template's unrendered expression, `_TEMPLATE`), or two or more placeholders joined by a slash, bar, comma or "or" ("Unbranded/Generic";
    not "AC/DC", whose parts are no placeholders), not a brand name."""
    shown = _shown_line(value).rstrip(" .")
    if _NO_BRAND.fullmatch(shown) or _TEMPLATE.search(shown):
        return True
    parts = [p for p in _PLACEHOLDER_JOIN.split(shown) if p.strip()]
    return len(parts) >= 2 and all(_NO_BRAND.fullmatch(p.strip()) for p in parts)


# a value naming what the item fits, not its maker, where a brand goes ("Brand: Compatible with Dyson", "Marke:
# passend für Dyson", "Бренд: для Dyson", "品牌: 適用Dyson", "Brand: Dyson Compatible", "브랜드: 다이슨용"): a
# third-party part's seller writing the brand it fits; not bare "for" / "para" / "per" / "za" ("For Love &
# Lemons", "Per Una", "ZA" are brands). test_brand_review6
_FITS_ANOTHER = re.compile(
    r"^(?:compatible(?:\s+(?:with|con|avec|mit))?|compatibile(?:\s+con)?|kompatib\w*(?:\s+(?:mit|s|sa|z))?"
    r"|združljiv\w*(?:\s+z)?|совместим\w*(?:\s+с)?|replacement(?:\s+for)?|ersatz(?:\s+für)?|passend\s+für|fits|für|для)\s+\S"
    r"|^(?:適用|适用|專用|专用|對應|对应|相容|호환)"
    r"|\s(?:compatible|kompatibel|compatibile|kompatibilan)$|(?:適用|适用|專用|专用|호환|[\uac00-\ud7af]용)$",
    re.I,
)


def find_brand(page: Layout, title_el: Any = None) -> str | None:
    """The brand the page names (`_find_brand`) less trade-mark signs, or None when it names none or writes a placeholder
    where a brand goes ("Brand: Unbranded", "Marke: Markenlos": `no_brand`) or what the item fits
    (`_FITS_ANOTHER`: "Brand: Compatible with Dyson"): the page then claims no brand, and no other
    line of it is read as one."""
    brand = _find_brand(page, title_el)
    if (
        brand is None
        or no_brand(brand)
        or _FITS_ANOTHER.search(_shown_line(brand))
        or _blank_logo_of(page, brand)
    ):
        return None
    # the trade-mark signs a retailer writes after the maker's name ("By Three Posts™", "Levi's®") are no
    # part of it (the lead's ninth probe, stop 39)
    return _without_bracket_reading(_TRADE_MARKS.sub("", brand).strip()) or None


def _blank_logo_of(page: Layout, brand: str) -> bool:
    """A brand-named element of the page draws the logo of `brand` (its alt text) as a transparent placeholder
    (`dom.blank_image`): the shop's record for no maker, a row naming it no brand either (Shopware's "Hersteller:
    Frei" under a manufacturer logo "trans.webp" alt "Frei": real pages saved by other hands, product-dl
    0.0.0.dev4; stop 65)."""
    want = _squash(brand)
    return any(
        blank_image(img) and _squash(img.get("alt") or "") == want
        for el in page.named(BRAND_EL)[:40]
        for img in el.xpath("descendant-or-self::img[@alt]")
    )


# trade-mark and service-mark signs, with the spaces before them
_TRADE_MARKS = re.compile(r"\s*[®™℠]")


# a brand's Latin name with its reading in kana or hangul in brackets after it, as Rakuten shops write
# the brand row ("NIKE（ナイキ）", "adidas (아디다스)")
_BRACKET_READING = re.compile(r"^([A-Za-z][^（(]*?)\s*[（(][\u3040-\u30ff\uac00-\ud7af・ー\s]+[）)]$")


def _without_bracket_reading(brand: str) -> str:
    """`brand` without a reading in brackets after its Latin name (`_BRACKET_READING`: "NIKE（ナイキ）"
    -> "NIKE"); a name in those letters with its Latin form in brackets stays whole."""
    m = _BRACKET_READING.match(brand.strip())
    return m.group(1).strip() if m else brand


def _find_brand(page: Layout, title_el: Any = None) -> str | None:
    """The brand: itemprop=brand, a brand/manufacturer/byline element near the product (not a
    menu of brands; a manufacturer logo's alt text; not a block of codes, "Model # ... SKU # ...");
    else such an element inside a strip or repeated card whose brand the document title repeats
    ("Hairpin Stool Walnut - Room Essentials : Target" and a card-like block "Brand: Room
    Essentials"); a labelled value ("Brand: X", "Marke: X", "ブランド X", ...), a brand meta tag, the
    short line just above the title that the document title opens with ("Nike Sportswear" over "AIR
    MAX 90", titled "Nike Sportswear AIR MAX 90 - ..."), a brand part leading the title heading
    (`_brand_in_heading`), or the shop's own name when the product's title opens with it (a brand's
    own shop, `_shop_brand`) or when the line over the title is a collection named after the shop
    (`_house_over_title`), or the seller's shop shown over the title on a marketplace of makers
    (`_maker_shop`). The shop's name alone is no brand: a page naming none claims none."""
    in_title: str | None = None
    product_part: list[str] | None = None
    for el in page.named(BRAND_EL)[:40]:
        if el.tag in ("script", "style", "body", "html"):
            continue
        strip = any(page.context(el))
        if strip and in_title is not None:
            continue
        if _no_claim(page, el):
            continue
        text = _element_brand(el)
        if text is None or _is_title(el, text, title_el):
            continue
        if not strip:
            return _store_or_row(page, el, text)
        if product_part is None:
            product_part = _product_part(page)
        if _words_in(tokens(text), product_part):
            in_title = text
    if in_title:
        # a labelled row of the product's own ("Manufacturer: Lionel") outranks a card's brand whose words the
        # title happens to hold (a "Polar" watch card beside "The Polar Express Train Set"; issue 14's
        # eleventh review)
        row = _labelled_brand(page, title_el)
        # (the company behind the name, "Manufacturer: Sony Corporation" beside "Sony", keeps the name)
        return row if row and not _squash(row).startswith(_squash(in_title)) else in_title
    meta = page.sel.xpath(
        "//meta[@name='brand' or @property='brand' or @itemprop='brand' or @property='og:brand']/@content"
    ).get()
    return (
        _labelled_brand(page, title_el)
        or (meta.strip() if meta and meta.strip() else None)
        or _labelled_in_title(page)
        or _brand_above(page, title_el)
        or _vendor_line(page, title_el)
        or _theme_vendor(page, title_el)
        or _heading_pair(page, title_el)
        or _bracket_brand(title_el)
        or _brand_in_heading(page, title_el)
        or _brand_link(page, title_el)
        or _shop_all_link(page, title_el)
        or _crumb_over_title(page, title_el)
        or _logo_near_title(page, title_el)
        or _filed_under_brand(page, title_el)
        or _by_line(page, title_el)
        or _type_by_brand(page, title_el)
        or _heading_ends_by(page, title_el)
        or _maker_phrase(page, title_el)
        or _shop_brand(page, title_el)
        or _house_over_title(page, title_el)
        or _maker_shop(page, title_el)
        or _house_brand(page, title_el)
        or _official_store(page, title_el)
        or _dash_heading_brand(page, title_el)
        or _title_prefix_in_url(page, title_el)
        or _marked_opening(page, title_el)
    )


# a theme's colour class of the brand's colour (Bootstrap themes' "btn-brand", "btn-outline-brand", "bg-brand-light";
# not "text-brand" or "link-brand", as often a brand's own line): a style, no brand's element (htmldate 1.3.2's beltz.de page, a bookmark button "Merken" in
# `a.btn.btn-brand`: real pages saved by other hands; stop 65)
_THEME_COLOUR = re.compile(r"(?<!\S)(?:btn(?:-outline)?|bg|border)-brand(?:-[a-z0-9]+)?(?!\S)")


def _no_claim(page: Layout, el: Any) -> bool:
    """The brand-named element `el` claims no brand for the product: one named for a brand only by a theme's
    colour class (`_THEME_COLOUR`: "btn btn-brand"), the shop's own logo linking home
    ("navbar-brand", "site-brand"), a block promoting a brand (`_brand_promotion`), a book's "by" line
    naming its writer (`_authored`), or Amazon's byline of a book or a record naming a contributor
    (`_CONTRIBUTOR`: "Margaret Atwood (Author)", "Taylor Swift (Artist)")."""
    home = el.xpath("descendant-or-self::a/@href")
    if home and (urlsplit(urljoin(page.base, home[0])).path in ("", "/") or _locale_home(page, home[0])):
        return True
    name = page.names.get(el)
    if _brand_promotion(page, el) or (name is not None and not BRAND_EL.search(_THEME_COLOUR.sub(" ", name))):
        return True
    said = visible_text(el)
    return bool((_BY.match(_shown_line(said)) and _authored(page, el)) or _CONTRIBUTOR.search(said))


# a language or country segment opening a shop's paths ("/en-gb/", "/de/", "/fr_FR/")
_LOCALE_SEG = re.compile(r"[a-z]{2}(?:[-_][a-z]{2})?", re.I)


def _locale_home(page: Layout, href: str) -> bool:
    """`href` leads to the front page of the shop's locale that the page itself sits under: the
    logo's "navbar-brand" link to "/en-gb/" on "/en-gb/p/trail-shoes" (European shops' language homes),
    not a brand's page ("/lg" on a page under "/p/")."""
    to, here = urlsplit(urljoin(page.base, href.strip())), urlsplit(page.base)
    seg = to.path.strip("/")
    return (
        to.netloc == here.netloc
        and not to.query
        and bool(_LOCALE_SEG.fullmatch(seg))
        and here.path.casefold().startswith(f"/{seg.casefold()}/")
    )


# names of a block promoting a brand, not naming the product's: a retailer's "brand-banner" ("JBL week: up
# to 30% off"), Coupang's "brand-shop-banner" ("콜맨 브랜드 기획전 >"), Amazon's A+ "apm-brand-story", a
# "featured-brand" teaser, a brands carousel or slider
_PROMOTION = re.compile(
    r"(?:^|[\s_-])(?:banners?|promo\w*|events?|campaigns?|ads?|advert\w*|spotlight|featured|sponsor\w*|carousel"
    r"|slider|swiper|teasers?|story|stories)(?=$|[\s_-])",
    re.I,
)


def _brand_promotion(page: Layout, el: Any) -> bool:
    """The brand-named element `el` promotes a brand rather than naming the product's: its own name
    says so (`_PROMOTION`), or it is one of a list of brand items (2+ siblings of its tag and class
    showing other names: a "Top brands" strip's `<li class="brand-item">` logos; not the one brand
    written twice, for a phone's and a desktop's layout)."""
    if _PROMOTION.search(page.names.get(el, "")):
        return True
    parent, cls = el.getparent(), el.get("class")
    if parent is None or not cls:
        return False

    def shown(node: Any) -> str:
        return _squash(visible_text(node) or " ".join(node.xpath("descendant-or-self::img/@alt")))

    own = shown(el)
    return (
        sum(1 for sib in parent if sib.tag == el.tag and sib.get("class") == cls and shown(sib) != own) >= 2
    )


def _store_or_row(page: Layout, el: Any, text: str) -> str | None:
    """The brand of the brand-named element `el` (its brand `text`), or the page's labelled brand row
    (`labelled` with `_BRAND_LABEL`) when `el` is a link line to a store on the marketplace
    (`_store_line`) that the row does not name: Amazon's byline "Visit the Amazon Renewed Store" (the
    marketplace's own programme for refurbished goods, its seller) over the product overview's "Brand
    Apple". A store line the row agrees with ("Visit the Anker Store", "Brand Anker") is read as before, and so
    is one whose name opens the row's, the company behind the brand ("Visit the UGREEN Store" over
    "Manufacturer | Ugreen Group Limited": real pages saved by other hands, product-dl 0.0.0.dev4; stop 65)."""
    if not _store_line(_shown_line(visible_text(el))):
        return text
    row = _brand_row(page)
    own = tokens(text)
    if row and not no_brand(row) and not (own and tokens(row)[: len(own)] == own):
        return row
    # the marketplace's own programme for used and refurbished goods names its seller, never a brand:
    # without a row naming the brand, the page claims none (the lead's Amazon probe, stop 37)
    return None if _PROGRAMME_STORE.match(text.strip()) else text


# Amazon's programmes whose store line stands where a brand's would ("Visit the Amazon Renewed Store")
_PROGRAMME_STORE = re.compile(r"^amazon\s+(?:renewed|warehouse|resale|second\s+chance)$", re.I)


# a label naming the maker alone, not the brand ("Manufacturer", "Hersteller", "제조사", "メーカー")
_MAKER_LABEL = re.compile(
    r"^(?:manufacturer|hersteller|fabricant|produttore|fabricante|fabrikant|proizvođač|proizvajalec|proizvodjač"
    r"|výrobce|gyártó|producent|メーカー|制造商|製造商|제조사|제조자|производитель|өндіруші|الشركة المصنعة)"
    r"(?:\s*[:：]\s*|\s+|$)(.*)$",
    re.I,
)


def _labelled_brand(page: Layout, title_el: Any) -> str | None:
    """The labelled brand (`labelled` with `_BRAND_LABEL`), or the line right over the title
    (`_line_over_title`) where the label names the maker (`_MAKER_LABEL`), the maker's name opens with
    that line and so does the title: the line is the brand, the label the company behind it ("제조사:
    비비드전자" under the brand link "비비드" over "비비드 무선 블루투스 이어폰"; "Hersteller: Bosch Power
    Tools GmbH" under "Bosch" over "Bosch GSR 12V-15"), or the brand part of the title heading
    (`_brand_in_heading`: "Hersteller: Champion Products" under `<h1><span>Champion</span> <span>Stanford
    University Hooded Sweatshirt</span></h1>`) likewise."""
    value = _brand_row(page)
    if not value or title_el is None:
        return value
    above = _line_over_title(title_el)
    if not (above and visible_text(title_el).casefold().startswith(above.casefold())):
        above = _brand_in_heading(page, title_el)  # "<h1><span>Champion</span> <span>Name</span></h1>"
    if (
        above
        and value.casefold() != above.casefold()
        and value.casefold().startswith(above.casefold())
        and _row(page, _MAKER_LABEL) == value
    ):
        return above
    return value


def _row(page: Layout, label: re.Pattern[str], **kw: Any) -> str | None:
    """`labelled` as the brand rows are read: a name-like value (`_name_like`) of a row, its label possibly
    qualified, read up to the next field (`_before_other_fields`), product-safety parties' rows passed over
    (`_safety_party`) unless `kw` gives another `skip`; `kw`: `labelled`'s other arguments."""
    kw.setdefault("skip", _safety_party)
    return labelled(page, label, accept=_name_like, qualified=True, trim=_before_other_fields, **kw)


def _brand_row(page: Layout) -> str | None:
    """The page's labelled brand row (`_row` with `_BRAND_LABEL`), a later brand row over one given by a
    maker-only label (`_brand_over_maker`: "Marke | Tefal" over an earlier "Hersteller | Groupe SEB")."""
    return _brand_over_maker(page, _row(page, _BRAND_LABEL))


def _brand_over_maker(page: Layout, value: str | None) -> str | None:
    """The labelled brand `value`, or, where a label naming the maker alone (`_MAKER_LABEL`) gave it, a value
    labelled as the brand itself later on the page: Gmarket's and 11st's notices write "제조사 | 삼성전자" (the
    company) before "브랜드 | 삼성", spec tables "Manufacturer | Shenzhen QCY" before "Brand | QCY"; the brand
    row names the brand, the maker row the firm behind it (test_avail_brand_review13). A placeholder on either
    row (`no_brand`: Magento's "Manufacturer | N/A" over "Brand | No", an empty template's attributes) keeps
    `value`. None without a value."""
    if not value or no_brand(value):
        return value
    if _row(page, _MAKER_LABEL) != value:
        return value

    def maker_or_safety(el: Any) -> bool:
        return _safety_party(el) or bool(_MAKER_LABEL.match(_shown_line(visible_text(el))))

    brand = _row(page, _BRAND_LABEL, skip=maker_or_safety)
    return brand if brand and not no_brand(brand) else value


# a title opening with a bracketed part, the way Taiwanese, Korean and Japanese shops write the brand
# ("【KINYO】無線藍牙耳機", "[아디다스] 삼바 OG 스니커즈")
_BRACKET_HEAD = re.compile(r"^\s*[【\[［〔]([^】\]］〕]{1,30})[】\]］〕]\s*\S")
# what else such brackets hold: promotions, shipping, stock and origin notes ("【預購】", "【免運】",
# "[무료배송]", "[단독특가]", "【送料無料】", "[1+1]", "【公式】")
_BRACKET_NOTE = re.compile(
    r"預購|预购|現貨|现货|特價|特价|限時|限时|限量|限定|新品|上市|免運|免运|包郵|包邮|買一送一|送|贈|赠|加購|福利品|官方"
    r"|公司貨|台灣|台湾|中文|熱銷|热销|獨家|独家|促銷|促销|優惠|优惠|折|活動|活动|秒殺|秒杀|出清|即期|團購|团购|任選|任选"
    r"|正品|保固|原廠|原厂|副廠|副厂|相容|通用|適用|适用|專用|专用|對應|对应|호환|清倉|清仓|組合|组合|禮盒|礼盒|二手|水貨|平輸|무료배송|무배|단독|특가|세일|할인|한정|신상|신제품"
    r"|당일|출고|증정|사은품|이벤트|쿠폰|기획|베스트|국내|해외|정품|공식|최저가|타임딜|핫딜|주문폭주|재입고|배송|오늘출발|예약"
    r"|품절|선착순|런칭|리뉴얼|균일가|묶음|세트|送料無料|あす楽|正規品|中古|公式|ポイント|楽天|セール|予約|在庫|即納|訳あり"
    r"|メール便|クーポン|お取り寄せ|国内|海外|ランキング|福袋|数量|[+%]"
    r"|\b(?:sale|new|free|shipping|official|hot|best|limited|pre-?order|in stock|clearance|gift|bundle|set|deal"
    r"|exclusive|sold out|outlet|promo)\b",
    re.I,
)
# a brand's Latin name beside its name in Chinese, Japanese or Korean letters ("TIGER 虎牌", "象印 ZOJIRUSHI")
_LATIN_BESIDE = re.compile(
    r"([A-Za-z][\w&'.\- ]*?)\s+[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]+|[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]+\s+([A-Za-z][\w&'.\- ]*)"
)


_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def _bracket_brand(title_el: Any) -> str | None:
    """The brand a title opens with in brackets (`_BRACKET_HEAD`: "【KINYO】無線藍牙耳機", "[아디다스] 삼바
    OG"), the Latin name when the brackets also give a reading in Chinese, Japanese or Korean letters
    ("【TIGER 虎牌】" -> "TIGER"); None for a promotion, shipping, stock or origin note in brackets
    (`_BRACKET_NOTE`, a stated availability: "【預購】", "[무료배송]", "[1+1]") or a number beside
    such letters ("【楽天1位】"), or more than 4 words. Seen on Shopline/Cafe24 shops (issue 14 review)."""
    text = visible_text(title_el) if title_el is not None else ""
    m = _BRACKET_HEAD.match(text)
    # notes in brackets before the brand's ("[무료배송] [쿠쿠] 6인용 ..", "【限時特價】【TIGER 虎牌】..": SSG,
    # PChome, test_brand_review6): the first bracket not a note is read
    while m is not None and _bracket_note(_shown_line(m.group(1))):
        rest = text[m.end(1) + 1 :]
        nxt = _BRACKET_HEAD.match(rest)
        if nxt is None:
            return None
        text, m = rest, nxt
    # plain "[...]" only before a name in those letters ("[NEW] Linen Tee", "[Refurbished] iPhone" are notes)
    if m is None or ("[" in text[: m.start(1)] and not _CJK.search(text[m.end(1) :])):
        return None
    inner = _shown_line(m.group(1))
    cjk = _CJK.search(inner)
    if not inner or len(inner.split()) > 4 or _bracket_note(inner):
        return None
    if cjk and re.search(r"\d", inner):
        return None
    latin = _LATIN_BESIDE.fullmatch(inner)
    return (latin.group(1) or latin.group(2)).strip() if latin else inner


# a Korean bracket ending with "용" / "전용" ("for", "exclusively for"): "[다이슨용]" (for Dyson), "[남성용]" (men's)
_FOR_SUFFIX = re.compile(r"[\uac00-\ud7af]용$")


def _bracket_note(inner: str) -> bool:
    """The text `inner` of a title's brackets is a note (`_BRACKET_NOTE`, a stated availability, what
    the item fits: "【適用 Dyson 戴森】", "【Dyson專用】", "[다이슨용]", test_brand_review6), not a name."""
    return bool(_BRACKET_NOTE.search(inner) or _FOR_SUFFIX.search(inner) or said_state(inner))


def _is_title(el: Any, text: str, title_el: Any) -> bool:
    """The brand-named element `el` (its brand `text`) holds or sits in the title element and
    shows the whole title: VTEX's `productBrand` class names the span of the product's name inside
    its `<h1>` (the brand is `productBrandName`), so its text is the title, not a brand."""
    if title_el is None or not (
        el is title_el or title_el in el.iterancestors() or el in title_el.iterancestors()
    ):
        return False
    return tokens(text) == tokens(visible_text(title_el))


def _labelled_in_title(page: Layout) -> str | None:
    """A brand labelled inside a strip or card ("Brand: Room Essentials" in each item of a product
    list) that the document title's product part names ("Hairpin Stool Walnut - Room Essentials :
    Target"): the page's product is of that brand, whatever the names of the block it sits in. The
    brand opens one part of the title (`DOC_TITLE_SEP`: "Room Essentials" above, "Nike Air Max 90"),
    not only somewhere in it ("Sport Band for Apple Watch": "Apple" is what the band fits)."""
    title = _doc_product_title(page)
    product_part = tokens(title)  # `_product_part`
    openings = [tokens(part) for part in DOC_TITLE_SEP.split(title)]

    def opens_a_part(value: str) -> bool:
        words = tokens(value)
        return _words_in(words, product_part) and any(p[: len(words)] == words for p in openings)

    return _row(page, _BRAND_LABEL, keep=opens_a_part)


# a sentence going on after a full stop ("doesn't matter to me. Works as well as ..."): prose, not a name
# a full stop that ends a sentence, not an abbreviation's in a name: a capital alone or a capital and one
# lower-case letter before it ("J. Crew", "St. John's Bay", "Dr. Martens", "Mr. Coffee"; the lead's tenth probe)
_SENTENCE_BREAK = re.compile(r"(?:(?<!\b[A-Z])(?<!\b[A-Z][a-z])\.|[!?。！？])\s+\S")


# one token holding 4+ digits: a part number ("4147C002", "010-01801-01"), no brand's name ("3M", "7UP", "2XU")
_CODE_LIKE = re.compile(r"(?=(?:\D*\d){4})\S+")


# a sentence going on after a label word, not a value: Amazon's sponsored heading "Brand in this category on
# Amazon" read as "Brand" and "in this category on Amazon", "Brand of the week" (real pages saved by other hands,
# product-dl 0.0.0.dev4; stop 65); in lower case only ("For Love & Lemons" is a name)
_PROSE_VALUE = re.compile(
    r"^(?:in|on|of|for|from|at|with|to|im|aus|von|dans|de|du|del|della|di|nel|en)\s+"
    r"(?:this|these|that|the|our|your|its|a|an|all|dieser|diesem|diesen|der|des|den|unserer|cette|ce|la|le|les"
    r"|questa|questo|esta|este|el)\s+\S"
)


def _name_like(value: str) -> bool:
    """`value` reads as a brand's name: at most 6 words, no sentence going on after a full stop
    (a review's "Brand: doesn't matter to me. Works as well as the KitchenAid I had." is prose) and
    no label of its own ("promise: free returns" after "Brand", a line "Brand promise: ...") and no call
    to action (`_CALL_TO_ACTION`: Coupang's "브랜드 바로가기 >", "go to the brand") and no part number alone
    (`_CODE_LIKE`: "MFR: 4147C002") and no sentence opening with a preposition (`_PROSE_VALUE`: "in this
    category on Amazon" after "Brand")."""
    return (
        len(value.split()) <= 6
        and not _CODE_LIKE.fullmatch(value.strip())
        and not _SENTENCE_BREAK.search(value)
        and not re.search(r"[:：]", value)
        and not _CALL_TO_ACTION.match(value)
        and not _PROSE_VALUE.match(value.strip())
    )


# a link to a brand's page ("/brands/acme", "/marken/acme", "/b/brand/acme", "?brand=acme", with an id
# segment after the name: Best Buy "/site/brands/sony/pcmcat145100050002.c") and
# the crumb naming the list of brands ("Home > Brands > Acme > ...")
_BRAND_PATH = re.compile(
    r"/(?:brands?|marken?|marques?|marcas?|merken?|marki|varum[aä]rken?|znamke|brend(?:ovi)?|designers?|manufacturers?|hersteller"
    r"|ブランド|品牌|브랜드"
    # the markets' words for brand and maker listings (test_brand_review7): Italian "/marchi/" (Unieuro, Euronics),
    # Croatian "/proizvodjaci/", "/proizvođač/" (eKupi; not "/proizvod/", a product), Slovenian "/blagovna-znamka/"
    # and "/proizvajalci/", Russian and Kazakh transliterations "/brendy/", "/proizvoditeli/", "/brendter/"
    r"|marchi|marchio|proizvo(?:dja|đa|dža)[cč]i?|proizvajal(?:ec|ci)|blagovn[ae]-znamk[ae]|brendy|brendter"
    r"|proizvoditeli|fabricantes|produttori)"
    # a brand facet's query, in the plural and in the markets' languages too (Frávega's crumb "Motorola" to
    # "/l/celulares/?marcas=motorola", test_brand_review6)
    r"/([^/?#]+)(?:/[^/?#]*\d[^/?#]*)?/?(?:\?|$)|[?&](?:brands?|marken?|marques?|marcas?|merk(?:en)?|marka|marki|brend"
    r"|manufacturers?|hersteller|fabricante)=([^&#]+)"
    # Shopify's listing of a vendor's products ("/collections/vendors?q=Le%20Creuset"): the vendor is
    # the product's maker, what Shopify's own Product data gives as its brand
    r"|/collections/vendors\?(?:[^#]*&)?q=([^&#]+)"
    # a listing filtered by a brand facet written into a query value: Kohl's "?CN=Brand:Nike", Kaspi's
    # "?q=:brand:Apple" (read unquoted, `_url_query`)
    r"|[?&][^&#=]*=[^&#]*?\bbrand:([^&#:]+)",
    re.I,
)

_BRANDS_CRUMB = re.compile(
    r"^(?:brands?|all brands|marken|marques|marcas|merken|marche|marki|znamke|blagovne znamke|brendovi|robne marke|ブランド|品牌"
    r"|브랜드|бренды"
    # makers' and brands' listings in the markets' words (test_brand_review7): "Hersteller", "Manufacturers",
    # "Marchi", "Proizvođači", "Proizvajalci", "Производители", Kazakh "Брендтер" / "Өндірушілер", "Fabricantes",
    # "Produttori", "브랜드관", "品牌館"
    r"|hersteller|manufacturers|marchi|proizvođači|proizvodjači|proizvajalci|производители|брендтер|өндірушілер"
    r"|fabricantes|fabricants|produttori|브랜드관|品牌館|品牌馆)$",
    re.I,
)
_LINK_PREFIX = re.compile(
    r"^(?:shop all|shop|see all|view all|more from|all products from|visit|discover|alle artikel von|mehr von|"
    r"tout|voir tout|ver todo"
    # Frávega's "Ver todos los productos Samsung" to "/l/?marcas=samsung", and its kin (test_brand_review6)
    r"|ver todos los productos(?: de)?(?: la marca)?|ver más productos de(?: la marca)?|alle produkte von"
    r"|tous les produits(?: de)?(?: la marque)?|tutti i prodotti(?: di)?|все товары(?: бренда)?)\s+(?:of\s+|from\s+|by\s+)?",
    re.I,
)
# id/class words of a breadcrumb trail ("breadcrumb", "BreadCrumbs", "crumb-trail")
_BREADCRUMB = re.compile(r"crumb")


# a page file's extension closing a URL segment ("/category/brands/nike.html", "/items.aspx")
_PAGE_EXT = re.compile(r"\.(?:s?html?|aspx?|php|jsp|do)$", re.I)


def _squash(text: str) -> str:
    return "".join(tokens(unquote(text).replace("-", " ").replace("_", " ").replace("+", " ")))


def _url_query(href: str) -> str:
    """`href`'s path and query as `_BRAND_PATH` reads them ("/c/phones/?q=:brand:Apple": the query
    unquoted, "%3Abrand%3AApple" spelling the same facet)."""
    parts = urlsplit(href)
    return f"{parts.path}?{unquote(parts.query)}"


def _slug_of(m: re.Match[str]) -> str:
    """The brand name a `_BRAND_PATH` match spells, squashed (a page file's extension dropped)."""
    return _squash(_PAGE_EXT.sub("", next((g for g in m.groups() if g), "")))


def _brand_slug(href: str) -> str:
    """The brand name a brand-page URL spells (`_BRAND_PATH`), squashed; "" for other URLs."""
    m = _BRAND_PATH.search(_url_query(href))
    return _slug_of(m) if m else ""


def _in_brand_list(a: Any) -> bool:
    """`a` is one of a list of links to 3+ different brands' pages (a "Popular brands" block, a
    strip of brand logos: `<div><a href="/brands/salomon/31">` ... `<a href="/brands/hoka/47">`, or
    one per `<li>`), other brands than the product's, whatever the block's names. Two brands side
    by side are a collaboration ("Nike x Off-White"), the first one read."""
    parent = a.getparent()
    for node in (parent, parent.getparent() if parent is not None else None):
        if node is None:
            continue
        slugs = {_brand_slug(x.get("href") or "") for x in node.xpath("./a[@href] | ./*/a[@href]")[:50]}
        if len(slugs - {""}) >= 3:
            return True
    return False


def _brand_link(page: Layout, title_el: Any = None) -> str | None:
    """A link to the brand's own page outside menus and product cards (or in the breadcrumb):
    `<a href="/brands/acme">Acme</a>`, "Shop all Acme" -> Acme, a logo `<img alt="Acme">` in it, the link's words matching the URL's
    (PrestaShop and Vinted write an id first: "/brand/3-atelier-camille")
    brand name, unless it is one of a list of brand links (`_in_brand_list`); else the crumb after a "Brands" crumb ("Home > Brands > Acme > Boots").
    A brand facet's filter link ("?CN=Brand:Nike", "?q=:brand:Apple") counts in the breadcrumb or among
    the title's block (`title_el`'s parent or the element holding that) only."""
    holders = title_el.xpath("ancestor::*[position() <= 2]") if title_el is not None else []  # document order
    block = holders[0] if holders and holders[0].tag not in ("body", "html", "main") else None
    near = set(block.xpath(".//a")) if block is not None else set()
    for a in page.root.xpath("//a[@href]")[:3000]:
        m = _BRAND_PATH.search(_url_query(a.get("href") or ""))
        if not m:
            continue
        crumb = any(_BREADCRUMB.search(page.names.get(n, "")) for n in a.iterancestors())
        if (any(page.context(a)) and not crumb) or hidden(a) or _in_brand_list(a):
            continue
        if m.group(m.re.groups) is not None and not (crumb or a in near):
            continue  # a brand facet's filter link away from the title: another product's card
        logo = a.xpath(".//img/@alt")  # a brand's logo linking to its page: its alt text names it
        text = _LINK_PREFIX.sub("", _shown_line(visible_text(a) or (logo[0] if logo else "")))
        slug = _slug_of(m)
        if not text and slug:
            text = _logo_file_name(page, a, title_el, slug)
        if (
            1 < len(text) <= 40
            and len(text.split()) <= 5
            and slug
            and _squash(text) in (slug, slug.rstrip("0123456789"), slug.lstrip("0123456789"))
        ):
            return text
    for trail in page.named(_BREADCRUMB)[:5]:
        crumbs = [t for el in trail.xpath(".//a | .//li[not(.//a)] | .//span[not(.//a) and not(ancestor::a)]")
                  if (t := visible_text(el)) and t not in (">", "/", "›", "»")]  # fmt: skip
        for i, text in enumerate(crumbs[:-1]):
            if _BRANDS_CRUMB.match(text) and 1 < len(crumbs[i + 1]) <= 40:
                return crumbs[i + 1]
    return None


def _logo_file_name(page: Layout, a: Any, title_el: Any, slug: str) -> str:
    """The brand a logo link to a brand's page names by its picture's file alone (no text, no alt text: "<a
    href="/brands/merrell"><img src="/images/brands/merrell.png"></a>"), as the title heading or the document title
    writes it ("Merrell Moab 2 Vent ..."); "" where the file does not spell the brand's `slug` or no title writes it.
    Source: the lead's tenth probe."""
    files = [urlsplit(src).path.rsplit("/", 1)[-1] for src in a.xpath(".//img/@src")[:2]]
    if not any(_squash(_PAGE_EXT.sub("", re.sub(r"\.\w{3,4}$", "", f))) == slug for f in files):
        return ""
    heading = _shown_line(visible_text(title_el)) if title_el is not None else ""
    for line in (heading, page.doc_title):
        words = line.split()
        for n in (1, 2, 3):
            for i in range(len(words) - n + 1):
                run = " ".join(words[i : i + n])
                if _squash(run) == slug:
                    return run.strip(" |-:,")
    return ""


# a link to all of one name's products ("Shop all Threshold", "More from No7", "Alle Artikel von Bosch")
_SHOP_ALL = re.compile(
    r"^(?:shop all|shop more from|see all|view all|more from|all products from|discover all|alle artikel von|"
    r"mehr von|voir tout|ver todo)\s+(?:of\s+|from\s+|by\s+)?(.+)$",
    re.I,
)
# a department or listing word that opens titles as often as a brand ("Shop all Men's" under "Men's Rain
# Jacket", a crumb "Women" over "Women's ...")
_DEPARTMENT = re.compile(
    r"^(?:(?:wo)?men['’]?s?|ladies|kids['’]?|girls['’]?|boys['’]?|bab(?:y|ies)|toddlers?|unisex|home|sale|new|new arrivals|"
    r"clearance|outlet|gifts?|all|products|accessories|damen|herren|kinder|femme|homme|enfant|mujer|hombre)$",
    re.I,
)


def _opens_title(page: Layout, title_el: Any, text: str) -> bool:
    """`text`'s words open a part (`DOC_TITLE_SEP`) of the title heading or of the document title less
    the shop's part, with more words after them in the heading or the part ("No7" of "No7 Protect &
    Perfect ..", "Threshold" of "Woven Stripe Throw Blanket Cream - Threshold™": the brand written
    after the name)."""
    words = tokens(text)
    if not words or _DEPARTMENT.match(_shown_line(text)):
        return False
    heading = visible_text(title_el) if title_el is not None else ""
    doc = _doc_product_title(page)
    parts = [tokens(p) for p in DOC_TITLE_SEP.split(heading) + DOC_TITLE_SEP.split(doc)]
    longer = len(tokens(heading)) > len(words) or len(tokens(doc)) > len(words)
    return longer and any(p[: len(words)] == words for p in parts)


def _shop_all_link(page: Layout, title_el: Any) -> str | None:
    """The name of a "Shop all <name>" link (`_SHOP_ALL`) outside menus and cards whose URL spells
    the name (`_url_spells`: Target's "/b/threshold/-/N-4ulzb", Boots' "/no7") when the title
    opens with it or closes with it as a part of its own (`_opens_title`): the brand's listing. A
    category's "Shop all Dresses" under "Wrap Dress", a department's "Shop all Men's" (`_DEPARTMENT`)
    or a collection's "/collections/linen" are not. An "Other products by <name>" link (`_MORE_BY`) to a brand's page
    or facet spelling the name counts whatever the title says."""
    for a in page.root.xpath("//a[@href]")[:3000]:
        said = _shown_line(visible_text(a))
        m = _SHOP_ALL.match(said) or _MORE_BY.match(said)
        if not m or any(page.context(a)) or hidden(a):
            continue
        name, href = m.group(1).strip(" ."), a.get("href") or ""
        if len(name) > 40 or len(name.split()) > 4 or _DEPARTMENT.match(name):
            continue
        if m.re is _MORE_BY and _brand_slug(href) == _squash(name):
            return name  # "Other products by Teva" to the brand's page or facet: the maker, whatever the title says
        if _url_spells(href, name) and _opens_title(page, title_el, name):
            return name
    return None


# a phrase only a maker's name takes, on a retailer's page: the shop's status as the maker's dealer ("Sony
# Authorized Dealer" on B&H, "Canon Authorized Dealer" on Adorama, "Authorized Bosch Dealer", "Autorisierter
# Miele Fachhändler", "Revendeur agréé Dyson", "Rivenditore autorizzato Smeg", "Distribuidor oficial Philco",
# "Ovlašteni prodavač Bosch", "Pooblaščeni prodajalec Gorenje", "Официальный дилер Xiaomi", "LG 공식 판매처",
# "Panasonic 原廠授權") or a heading over the maker's story ("About Le Creuset" on Williams Sonoma, "About Bose"
# on Crutchfield; headings only, `_ABOUT_MAKER`). Source: test_us_sku_brand_probe, test_brand_kinds10.
_DEALER_OF = re.compile(
    r"^(.{2,40}?)\s+authori[sz]ed\s+(?:dealer|retailer|reseller|partner|distributor)$"
    r"|^(?:authori[sz]ed|official)\s+(.{2,40}?)\s+(?:dealer|retailer|reseller|partner|distributor)$"
    r"|^(?:autorisierter|offizieller)\s+(.{2,40}?)[\s-]?(?:fach)?(?:händler|partner)$"
    r"|^(?:revendeur|distributeur|partenaire)\s+(?:agréé|officiel|autorisé)\s+(.{2,40})$"
    r"|^(?:rivenditore|distributore|partner)\s+(?:autorizzato|ufficiale)\s+(.{2,40})$"
    r"|^(?:distribuidor|revendedor|vendedor)\s+(?:oficial|autorizado)\s+(?:de\s+)?(.{2,40})$"
    r"|^ovlašteni\s+(?:prodavač|distributer|partner|zastupnik)\s+(?:za\s+)?(.{2,40})$"
    r"|^pooblaščeni\s+(?:prodajalec|distributer|partner)\s+(?:za\s+)?(.{2,40})$"
    r"|^(?:официальный|авторизованный)\s+(?:дилер|дистрибьютор|партнер|партнёр)\s+(.{2,40})$"
    r"|^(.{1,30}?)\s*공식\s*(?:인증\s*)?(?:판매처|대리점|수입원|파트너)$"
    r"|^(.{1,30}?)\s*(?:原廠授權|官方授權|授權經銷商?|授權代理)$",
    re.I,
)
_ABOUT_MAKER = re.compile(
    r"^(?:about|über|à propos de|informazioni su|acerca de|sobre|o|о)\s+(.{2,40})$", re.I
)


def _maker_phrase(page: Layout, title_el: Any) -> str | None:
    """The title heading's opening words (1-4, more words after them) when a link or heading outside the
    site's header, menus and footer names them in a phrase only a maker's name takes: the shop's status
    as its dealer (`_DEALER_OF`: B&H's "Sony Authorized Dealer" over "Sony a7 IV Mirrorless Camera") or,
    in a heading of a block named for the brand (`_BRAND_WORD` in the names of its 3 nearest holders),
    "About <name>" (`_ABOUT_MAKER`: Williams Sonoma's `div.brand-block` "About Le Creuset"; a features
    block's "About Kindle" over "Kindle Paperwhite" is a product line's) when the page never writes the
    name in lower case (a care guide's "About Cast Iron" over "Cast Iron Skillet"
    writes "cast iron" in its prose). Not the shop's own name (`_name_run` of the host: "About Linen
    Barn"), not a department (`_DEPARTMENT`). A retailer's page: read before the house's name
    (`_house_brand`), the dealer being no maker. Source: test_brand_kinds10."""
    if title_el is None:
        return None
    heading = _shown_line(visible_text(title_el)).split()
    key = _host_key(page)
    lowered: str | None = None
    for el in page.root.xpath(
        "//body//*[self::a or self::h2 or self::h3 or self::h4 or self::h5 or self::strong]"
    )[:3000]:
        said = _shown_line(visible_text(el))
        if not (3 < len(said) <= 60):
            continue
        m = _DEALER_OF.match(said)
        about = None if m or el.tag == "a" else _ABOUT_MAKER.match(said)
        if not (m or about):
            continue
        name = (m or about).group((m or about).lastindex or 1).strip(" .:")  # type: ignore[union-attr]
        words = name.split()
        if not (1 <= len(words) <= 4) or len(heading) <= len(words) or _DEPARTMENT.match(name):
            continue
        if [w.casefold() for w in heading[: len(words)]] != [w.casefold() for w in words]:
            continue
        if _site_chrome(page, el) or hidden(el) or (key and _name_run(name, key)):
            continue
        if about:
            block = [page.names.get(n, "") for n in el.iterancestors()][:3]
            if not any(_BRAND_WORD.search(n) for n in block):
                continue  # a features block's "About Kindle" (a product line), not the maker's story
            if lowered is None:
                lowered = " ".join(t for _, t in page.text_nodes())
            if name != name.casefold() and re.search(rf"(?<!\w){re.escape(name.casefold())}(?!\w)", lowered):
                continue  # a common noun written in the prose ("cast iron"), not a maker's name
        return " ".join(heading[: len(words)]).strip(" ,:;-")
    return None


# a link to the products of the one who made the item ("Other products by Teva", "More items by Teva", "More by
# Teva"; the lead's tenth probe): read where it leads to a brand's page or facet spelling the name
_MORE_BY = re.compile(r"^(?:(?:other|more)\s+(?:products|items)\s+by|more\s+by)\s+(.+)$", re.I)


def _crumb_over_title(page: Layout, title_el: Any) -> str | None:
    """A breadcrumb's crumb (not the first, 1-4 words) that the title heading opens with, when the
    page names it as a brand elsewhere (`_named_as_brand`: a link into its brand listing) or the next
    crumb goes on with the heading's next words ("Nike" > "Air Force 1" over "Nike Air Force 1 '07
    sneakers"): Dick's last crumb "The North Face" over "The North Face Men's 1996 Retro Nuptse
    Jacket". A category crumb opening the title ("Coffee" over "Coffee Grinder") is named nowhere as
    a brand; a department ("Men's", `_DEPARTMENT`) is none."""
    if title_el is None:
        return None
    heading = tokens(visible_text(title_el))
    for trail in page.named(_BREADCRUMB)[:5]:
        crumbs = [t for el in trail.xpath(".//a | .//li[not(.//a)] | .//span[not(.//a) and not(ancestor::a)]")
                  if (t := _shown_line(visible_text(el))) and t not in (">", "/", "›", "»")]  # fmt: skip
        for i, text in enumerate(crumbs[1:], 1):
            words = tokens(text)
            if not (1 <= len(words) <= 4 and len(text) <= 40) or _DEPARTMENT.match(text):
                continue
            if heading[: len(words)] != words or len(heading) <= len(words):
                continue
            after = tokens(crumbs[i + 1]) if i + 1 < len(crumbs) else []
            goes_on = bool(after) and heading[len(words) : len(words) + len(after)] == after
            if goes_on or _named_as_brand(page, words):
                return text
    return None


def _title_opening(page: Layout, title_el: Any, name: str) -> str | None:
    """The opening words (1-4) of the title heading, else of the document title less the shop's part,
    that `name` spells (`_squash`ed: "saucony" -> "Saucony", "fjallraven"), with more words after
    them; None when neither opens with it."""
    doc = _doc_product_title(page)
    for text in (visible_text(title_el) if title_el is not None else "", doc):
        words = text.split()
        for n in range(1, min(4, len(words) - 1) + 1):
            if _squash(" ".join(words[:n])) == name:
                return " ".join(words[:n]).strip(" ,:;-")
    return None


# a picture of a brand's logo: its file, its alt text or its container say so
_LOGO = re.compile(r"logo|brand", re.I)
_LOGO_WORDS = re.compile(
    r"\s*\b(?:logo|brand logo|logotip|logotype|logotipo|логотип)\b\s*|^(?:logo|logotip|logotipo) (?:of|von|de|od)\s+",
    re.I,
)


def _logo_near_title(page: Layout, title_el: Any) -> str | None:
    """The alt text of a logo picture among the 6 elements before and after the title heading (its
    file, alt text or element named for a logo or brand; "Garmin logo" -> "Garmin") when the title or
    the document title opens with it (`_title_opening`): the maker's logo in the product block
    ("Garmin Forerunner 265 .." under `<div class="pdp-maker-logo"><img alt="Garmin logo">`). A
    badge, a payment logo or the shop's seal names no opening of the title."""
    if title_el is None:
        return None
    near = [
        *title_el.xpath("preceding::img[position() <= 6]"),
        *title_el.xpath("following::img[position() <= 6]"),
    ]
    for img in near:
        alt = _shown_line(img.get("alt") or "")
        names = " ".join(page.names.get(n, "") for n in [img, *list(img.iterancestors())[:2]])
        if not alt or not _LOGO.search(f"{img.get('src') or ''} {alt} {names}"):
            continue
        if any(page.context(img)) or hidden(img):
            continue
        name = _LOGO_WORDS.sub(" ", alt).strip()
        if tokens(name) == tokens(visible_text(title_el)):
            continue  # the product's own picture
        if 1 <= len(name.split()) <= 4 and (opening := _title_opening(page, title_el, _squash(name))):
            return name if tokens(name) == tokens(opening) else opening
    return None


def _filed_under_brand(page: Layout, title_el: Any) -> str | None:
    """The brand the page's own URL files the product under ("/brands/saucony/endorphin-speed-4": a
    brand word's segment, `_BRAND_WORD`, then the name's), as the title or the document title writes
    it at its opening (`_title_opening`: "Saucony Endorphin Speed 4"); None when neither opens with it."""
    segs = [s for s in urlsplit(page.base).path.split("/") if s]
    for i, seg in enumerate(segs[:-1]):
        if _BRAND_WORD.fullmatch(seg):
            name = _squash(_PAGE_EXT.sub("", segs[i + 1]))
            return _title_opening(page, title_el, name) if name else None
    return None


# "by Acme", and the maker's own "Made by Acme" / "Handmade by Acme" / "Crafted by Acme" ("Designed by"
# names a designer, often a person, not the brand)
_BY = re.compile(r"^(?:(?:hand)?made by|crafted by|by|von|par|door)\s+([^\W\d].{0,38}?)\s*$", re.I)


def _by_line(page: Layout, title_el: Any) -> str | None:
    """A "by Acme" line among the 8 elements after the title (a byline without a brand name on the
    element; "von Acme", "par Acme"), or a "Visit the Acme Store" link line (`_store_line`) there or
    among the 8 elements before it (an open market's "나이키 브랜드관 >" over the name)."""
    if title_el is None:
        return None
    after = title_el.xpath("following::*[position() <= 8]")
    before = [*reversed(title_el.xpath("preceding::*[position() <= 8]"))]
    for el in after + before:
        if not isinstance(el.tag, str) or el.tag in ("script", "style", "option", "button"):
            continue
        text = _shown_line(visible_text(el))
        m = (_BY.match(text) if el in after else None) or _store_line(text)
        if m and len(m.group(m.lastindex or 1).split()) <= 4 and not any(page.context(el)) and not hidden(el):
            if m.re is _BY and _authored(page, el):
                return None  # a book's or a record's "by <author>": a person, no brand
            return m.group(m.lastindex or 1).strip(" .")
    return None


# a line of two links, a product type "by" its brand (ASOS's product details: "<a>Trainers</a> by <a>Nike</a>",
# "<a>T-Shirts &amp; Vests</a> by <a>ASOS DESIGN</a>"; its French and German stores write "par" / "von")
_TYPE_BY = re.compile(r"^(.{1,40}?)\s+(?:by|par|von|di|door)\s+(.{1,40})$", re.I)


def _type_by_brand(page: Layout, title_el: Any) -> str | None:
    """The brand of a "<type> by <brand>" line of two links (`_TYPE_BY`), outside menus and cards, when
    the product's title opens with that brand ("Nike Air Force 1 '07 trainers", "ASOS DESIGN oversized
    t-shirt"): a multi-brand shop filing the product under its type and its brand (ASOS). A line whose
    brand the title does not open with (an author's "Novels by Margaret Atwood") gives none."""
    if title_el is None:
        return None
    title = tokens(visible_text(title_el))
    for el in page.root.xpath("//*[count(a) = 2 and not(*[not(self::a)])]")[:400]:
        m = _TYPE_BY.match(_shown_line(visible_text(el)))
        if not m or any(page.context(el)) or hidden(el):
            continue
        first, second = (_shown_line(visible_text(a)) for a in el.findall("a"))
        words = tokens(second)
        if (m.group(1), m.group(2)) == (first, second) and words and title[: len(words)] == words:
            return second
    return None


# a title heading ending in "by <Name>" (1-3 words, each capitalised, "&" / "and" / "of" between them)
_HEADING_BY = re.compile(r"\s[Bb]y\s+((?:[A-Z][\w'&.-]*)(?:\s+(?:[A-Z][\w'&.-]*|&|and|of)){0,2})$")
# words of set phrases, measures and personalisation after "by" that name no maker ("Paint by Numbers", "Fabric
# By The Yard", "Stand By Me", "Side by Side", "Made by Hand", "Sold by the Dozen", "Monogram by Initial")
_BY_PHRASE = re.compile(
    r"numbers?|hand|side|step|day|night|me|you|us|mail|request|design|colou?r|yard|foot|feet|pound|inch|meter|metre"
    r"|dozen|case|roll|bolt|piece|each|pair|box|ounce|gallon|size|weight|length|height|width|room|age|season|month"
    r"|year|week|hour|date|name|letter|initials?|monogram|the|a|an",
    re.I,
)


def _heading_ends_by(page: Layout, title_el: Any) -> str | None:
    """The name a title heading ends with after "by" (`_HEADING_BY`: "Slim Leather Bifold Wallet by Fossil", a
    reseller's naming of 2017), when the page's URL or document title writes "by <name>" too, the name no set
    phrase's or measure's words (`_BY_PHRASE`) and the page no book's (`_book_page`: "The Testaments by Margaret
    Atwood" names its author). Source: test_brand_review9."""
    if title_el is None:
        return None
    m = _HEADING_BY.search(_shown_line(visible_text(title_el)))
    if not m or any(_BY_PHRASE.fullmatch(w) for w in m.group(1).split()) or _book_page(page):
        return None
    said = _squash("by " + m.group(1))
    if said not in _squash(unquote(urlsplit(page.base).path)) and said not in _squash(page.doc_title or ""):
        return None
    return m.group(1)


# a contributor's role in brackets after a person's name, as Amazon's bylines of books, records and films
# write them ("Margaret Atwood (Author)", "Taylor Swift (Artist)", "(Autor)", "(Auteur)", "(Herausgeber)")
_CONTRIBUTOR = re.compile(
    r"\((?:author|artist|editor|illustrator|narrator|translator|composer|performer|director|actor|contributor"
    r"|autor|autorin|auteur|autore|herausgeber|übersetzer|illustrateur|traducteur|traduttore|illustratore|künstler"
    r"|interprète|artista|regisseur|réalisateur)s?\)",
    re.I,
)
# a link to an author's or artist's page ("/authors/margaret-atwood", "/contributor/123", "/autor/x")
_AUTHOR_PATH = re.compile(
    r"/(?:authors?|contributors?|writers?|artists?|autor(?:en|es)?|auteurs?|autori|illustrators?)(?:/|\?|$)",
    re.I,
)
# a book's number written on the page ("ISBN-13", "ISBN: 978..")
_ISBN = re.compile(r"\bISBN(?:-1[03])?\b")


def _authored(page: Layout, el: Any) -> bool:
    """The "by" line `el` names an author, not a maker: it links to an author's or artist's page
    (`_AUTHOR_PATH`), or the page shows an ISBN (a book's page: its "by" line is the writer's)."""
    if any(_AUTHOR_PATH.search(urlsplit(h).path) for h in el.xpath("descendant-or-self::a/@href")):
        return True
    return _book_page(page)


def _book_page(page: Layout) -> bool:
    """The page shows an ISBN (`_ISBN`): a book's page, whose makers are its author and publisher."""
    return any(_ISBN.search(t) for _, t in page.text_nodes()[:20000])


def _store_line(text: str) -> re.Match[str] | None:
    """`text` is a link line to the brand's store on a marketplace ("Visit the Hausbell Store",
    "Besuche den Bosch-Store": `_BYLINE` past its "Brand:"/"by" form), else None."""
    m = _BYLINE.match(text)
    return m if m and (m.lastindex or 1) >= 2 else None


def _brand_in_heading(page: Layout, title_el: Any) -> str | None:
    """The first of 2+ parts of the title heading, of 1-4 words, when the document title repeats
    the rest of the heading but not that part: `<h1><span>Champion</span> <span>Stanford Hooded
    Sweatshirt</span></h1>` titled "Stanford Hooded Sweatshirt | Shop"; or the first of exactly
    two parts, of 1-3 words, when the document title less the shop's part opens with it and the
    other part's first two words ("PUMA" of "PUMA | Smashic Sneakers For Men (White)" titled "PUMA Smashic Sneakers
    For Men (White) - Buy ... | Flipkart.com")."""
    if title_el is None or not page.doc_title:
        return None
    if (linked := _linked_heading(page, title_el)) is not None:
        return linked
    # badges set beside the name ("<span class=badge>New</span>") are no part of it (stop 41's field mutations)
    kids = [
        (c, t)
        for c in title_el
        if isinstance(c.tag, str) and not hidden(c, 0) and not heading_badge(c) and (t := visible_text(c))
    ]
    parts = [t for _, t in kids]
    if len(parts) < 2:
        return None
    if _heading_part_links_brand(page, kids[0][0], parts[0]):
        return _shown_line(parts[0])
    first, rest = tokens(parts[0]), tokens(" ".join(parts[1:]))
    doc = tokens(page.doc_title)
    if not (1 <= len(first) <= 4 and len(parts[0]) <= 40 and len(rest) >= 2):
        return None
    if _words_in(rest, doc, shorter=False) and not _words_in(first, doc, shorter=False):
        return parts[0]
    # a heading split in two, brand then name ("<span>PUMA</span><span>Smashic Sneakers For Men
    # (White)</span>"), whose product name the document title opens with: "PUMA Smashic Sneakers
    # For Men - Buy ... | Flipkart.com". Any two-span heading the title repeats has that shape
    # ("Classic Leather" + "Tote Bag", "Trail Runner" + "Black / 42", "Men's" + "Trail Runner"),
    # so the first part counts only when the page names it as a brand elsewhere too.
    words = first + rest[:2]  # the document title may leave the heading's tail out ("(White)")
    if (
        len(parts) == 2
        and len(first) <= 3
        and not _DEPARTMENT.match(_shown_line(parts[0]))  # "<a href="/women">Women</a> Linen Shirt Dress"
        and _product_part(page)[: len(words)] == words
        and (
            _named_as_brand(page, first)
            or _listing_link(kids[0][0], parts[0])
            or (_links_away(page, kids[0][0]) and _files_under(page, parts[0]))
        )
    ):
        return parts[0]
    return None


def _heading_part_links_brand(page: Layout, el: Any, text: str) -> bool:
    """The title heading's first part `el` (its text `text`, 1-8 words) is, or holds only, a link into
    a brand's listing (`_BRAND_PATH`) whose name opens the part: Sephora's `<h1><a href="/brand/rare-
    beauty">Rare Beauty by Selena Gomez</a><span>Soft Pinch Liquid Blush</span></h1>`, the brand's
    full name longer than its URL's."""
    links = el.xpath("descendant-or-self::a[@href]")
    if len(links) != 1 or _squash(visible_text(links[0])) != _squash(text) or not 1 <= len(text.split()) <= 8:
        return False
    slug = _brand_slug(urljoin(page.base, links[0].get("href") or ""))
    return bool(slug) and _squash(text).startswith(slug)


def _links_away(page: Layout, el: Any) -> bool:
    """`el` is, or holds only, a link to another page of the site than the page itself."""
    links = el.xpath("descendant-or-self::a[@href]")
    if len(links) != 1 or _squash(visible_text(links[0])) != _squash(visible_text(el)):
        return False
    to = urlsplit(urljoin(page.base, links[0].get("href") or ""))
    return to.path.rstrip("/") not in ("", urlsplit(page.base).path.rstrip("/"))


def _files_under(page: Layout, text: str) -> bool:
    """The page's own URL opens its path (past locale and generic segments, `_PREFIX_SEG`) with a
    segment spelling `text`, then the product's own segment: Trendyol's "/nike/air-max-90-...-p-123"
    files the product under its brand. A department ("/women/...", `_DEPARTMENT`) is none."""
    if _DEPARTMENT.match(_shown_line(text)):
        return False
    segs = [seg for seg in urlsplit(page.base).path.split("/") if seg.strip()]
    while len(segs) > 2 and _PREFIX_SEG.fullmatch(segs[0]):
        segs = segs[1:]
    return len(segs) >= 2 and _squash(segs[0]) == _squash(text) and not _GROUP_SEG.fullmatch(segs[0])


# a URL path segment naming a collection, category or tag listing: the segment after it names a
# group of products, not a maker ("/collections/linen", "/category/coffee", "/c/mens-jackets")
_GROUP_SEG = re.compile(r"collections?|categor(?:y|ies)|c|cat|cats|tags?|departments?|dept|sections?", re.I)


def _url_spells(href: str, text: str) -> bool:
    """A segment of `href`'s path spells `text` (`_squash`ed, an id of digits around it ignored:
    "/shopping/women/gucci/items.aspx", "/b/threshold/-/N-4ulzb", "/no7"), not right after a segment
    naming a collection or category (`_GROUP_SEG`: "/collections/linen" lists linen things)."""
    name = _squash(text)
    segs = [s for s in urlsplit(href).path.split("/") if s]
    for i, seg in enumerate(segs):
        squashed = _squash(_PAGE_EXT.sub("", seg))
        if name and name in (squashed, squashed.strip("0123456789")):
            return not (i and _GROUP_SEG.fullmatch(segs[i - 1]))
    return False


def _linked_heading(page: Layout, title_el: Any) -> str | None:
    """The title heading's whole text when it is one link of 1-4 words to that name's listing on
    another page (`_listing_link`) and the document title's product part opens with its words and
    goes on: the brand heading over the name, the name outside the heading (Farfetch's `<h1><a
    href="/shopping/women/gucci/items.aspx">Gucci</a><p>GG Marmont ..</p></h1>`, the parser closing the
    `<h1>` at the `<p>`, titled "Gucci GG Marmont Leather Belt - Farfetch"). A heading linking to the
    product's own page is its name."""
    links = title_el.xpath("descendant-or-self::a[@href]")
    text = _shown_line(visible_text(title_el))
    words = tokens(text)
    if len(links) != 1 or _shown_line(visible_text(links[0])) != text or not (1 <= len(words) <= 4):
        return None
    to = urlsplit(urljoin(page.base, links[0].get("href") or ""))
    if to.path.rstrip("/") == urlsplit(page.base).path.rstrip("/") or not _listing_link(links[0], text):
        return None
    product = _product_part(page)
    return text if len(product) > len(words) and product[: len(words)] == words else None


def _listing_link(el: Any, text: str) -> bool:
    """`el` is, or sits in, a link to the listing of `text` (`_url_spells`): the heading's first part
    linking to the brand's products (Farfetch's `<h1><a href="/shopping/women/gucci/items.aspx">Gucci</a>
    <p>GG Marmont leather belt</p></h1>`)."""
    a = el if el.tag == "a" else next(el.iterancestors("a"), None)
    if a is None:
        a = next(iter(el.iter("a")), None)
        if a is None or _squash(visible_text(a)) != _squash(text):
            return False
    return bool(a.get("href")) and _url_spells(a.get("href") or "", text)


# a link into a brand's listing names the brand beside a brand word in one URL part, or in the
# part after it: "/sports-shoes/puma~brand/pr?sid=..." (Flipkart), "/brand/puma", "?brand=puma"
_BRAND_WORD = re.compile(
    r"brands?|marken?|marques?|marcas?|merken?|manufacturers?|hersteller|designers?|ブランド|品牌|브랜드",
    re.I,
)
# a brand field of the page's script data ('"brand":"PUMA"', '"vendor": "Acme"', '"brand": {"name": "Acme"}')
_BRAND_FIELD = r'"(?:brand|brand_?name|vendor|manufacturer)"\s*:\s*(?:\{{[^{{}}]{{0,200}}?"name"\s*:\s*)?"{}"'


def _href_brands(href: str) -> list[str]:
    """The brand names (`_squash`ed) a link's URL gives beside a brand word (`_BRAND_WORD`)."""
    parts = re.split(r"[/?&#]", unquote(href))
    out = []
    for i, part in enumerate(parts):
        if _BRAND_WORD.search(part):
            name = _squash(_BRAND_WORD.sub(" ", part))
            out.append(name or (_squash(parts[i + 1]) if i + 1 < len(parts) else ""))
    return out


def _named_as_brand(page: Layout, words: list[str]) -> bool:
    """The page names `words` (case-folded, `dom.tokens`) as a brand outside the heading: a link
    into that brand's listing (`_href_brands`) or a brand/vendor field of its script data holding
    exactly them (`_BRAND_FIELD`)."""
    name = "".join(words)
    for href in page.root.xpath("//a/@href")[:3000]:
        if _BRAND_WORD.search(href) and name in _href_brands(href):
            return True
    field = re.compile(_BRAND_FIELD.format(r"\W*".join(map(re.escape, words))), re.I)
    return any(field.search(s) for s in page.sel.xpath("//script[not(@src)]/text()").getall()[:50])


def _shop_brand(page: Layout, title_el: Any) -> str | None:
    """The shop's name (a document-title part naming the host) when the product title opens with
    all of its words: a brand's own shop ("OSTRICHPILLOW® Original | OSTRICHPILLOW®" on
    ostrichpillow.com). A retailer's name does not open its products' titles."""
    if title_el is None or not page.doc_title:
        return None
    is_site = site_test(urlsplit(page.base).hostname or "", "")
    title = tokens(visible_text(title_el))
    parts = [p.strip() for p in DOC_TITLE_SEP.split(page.doc_title) if p.strip()]
    for part in (parts[-1], parts[0]) if len(parts) > 1 else ():
        # a brand's storefront for one market ("Anker 737 Power Bank ... - Anker US"): its products'
        # titles open with the brand, not with the market marker (`without_region`)
        words = tokens(without_region(part))
        if shop_part(part, is_site) and title[: len(words)] == words and len(title) > len(words):
            return without_region(part)
    return _shop_name_opens_title(page, title_el)


# the words after a brand's name in its own shop's name: a store word ("ASUS Store", "Podravka Webshop",
# "Gorenje Online Shop", "Topper Tienda Oficial"), the house's division ("Bosch Hausgeräte", "Philips Home
# Appliances") or a market ("ASUS Store 台灣", "Samsung Deutschland", "LG Hrvatska")
_STORE_TAIL = re.compile(
    r"^(?:(?:official |online |e-?|web ?)?(?:store|shop|webshop|eshop|onlineshop|boutique|outlet)|store online"
    r"|shop online|tienda(?: oficial| online)?|loja(?: oficial)?|negozio(?: ufficiale| online)?|boutique officielle"
    r"|(?:spletna |web |internet )?trgovina|web ?shop|интернет-магазин|магазин|商城|官方商城|官方網站|官網|線上商店"
    r"|스토어|공식몰|온라인몰|hausgeräte|home appliances|appliances|elettrodomestici|électroménager|electrodomésticos"
    r"|deutschland|österreich|schweiz|france|italia|españa|argentina|slovenija|hrvatska|україна|казахстан"
    r"|台灣|台湾|한국|korea|taiwan|kazakhstan|uk|us|usa|de|at|ch|fr|it|es|ar|si|hr|kr|tw|kz)"
    r"(?:\s+(?:deutschland|österreich|italia|españa|argentina|slovenija|hrvatska|台灣|台湾|한국|korea|taiwan"
    r"|kazakhstan|uk|us|usa|de|at|fr|it|es|ar|si|hr|kr|tw|kz))?$",
    re.I,
)


def _shop_name_opens_title(page: Layout, title_el: Any) -> str | None:
    """The opening words of the shop's name (a document-title part naming the host) when the rest of
    the part is a store, division or market word (`_STORE_TAIL`), the title heading opens with them
    (more words after them) and the site is theirs: the host spells them ("ASUS Store 台灣" on
    shop.asus.com) or opens with them while the logo linking home writes them alone and the copyright line
    gives them with a legal form (`_legal_name`: "Podravka Webshop" on podravka-webshop.hr, logo "Podravka",
    "© 2025 Podravka d.d."); not on a multi-brand shop (`_other_makers`). A shop named for what it sells
    ("Kitchen Store", logo "Kitchen", on kitchenstore.com, "© 2025 Kitchen Store") gives no legal form.
    Source: test_brand_kinds10."""
    key = _host_key(page)
    if not key or not page.doc_title:
        return None
    is_site = site_test(urlsplit(page.base).hostname or "", "")
    title = tokens(visible_text(title_el))
    parts = [_shown_line(p) for p in DOC_TITLE_SEP.split(page.doc_title) if p.strip()]
    logos = {_squash(t) for t in _home_link_names(page)}
    for part in (parts[-1], parts[0]) if len(parts) > 1 else ():
        words = part.split()
        if not shop_part(part, is_site):
            continue
        for n in range(1, min(3, len(words) - 1) + 1):
            name, tail = " ".join(words[:n]), " ".join(words[n:])
            own = tokens(name)
            if not _STORE_TAIL.match(tail) or title[: len(own)] != own or len(title) <= len(own):
                continue
            plain = _squash(_ascii_fold(name))
            if not plain or not (
                key == plain or (key.startswith(plain) and plain in logos and _legal_name(page, name))
            ):
                continue
            return None if _other_makers(page, name) else name
    return None


# a company's legal form in the issue's other markets, beside `_COMPANY_FORM`'s: Slovenian and Croatian "d.o.o." /
# "d.d.", Czech and Slovak "s.r.o." / "a.s.", Polish "sp. z o.o." / "S.A.", Kazakh and Russian "ТОО" / "АО" / "ООО",
# Korean "주식회사" / "(주)", Taiwanese "股份有限公司" / "有限公司"
_LOCAL_FORM = r"(?:,?\s*(?:d\.o\.o\.|d\.d\.|s\.r\.o\.|a\.s\.|sp\. z o\.o\.|тоо|ао|ооо|주식회사|\(주\)|股份有限公司|有限公司))"


def _legal_name(page: Layout, name: str) -> bool:
    """A copyright line writes `name` with a company's legal form after it (`_COMPANY_FORM`, `_LOCAL_FORM`:
    "© 2025 Podravka d.d."): the house's own company, not a shop named for its goods ("© 2025 Kitchen Store")."""
    pattern = r"\W*".join(re.escape(w) for w in name.split())
    form = re.compile(rf"(?<!\w){pattern}(?:{_COMPANY_FORM}|{_LOCAL_FORM})", re.I)
    return any(form.search(line) for line in _copyright_lines(page))


# a market or storefront marker closing a shop's name ("Nimbara US", "UNIQLO US", "H&M UK", "Acme
# Official Store"): the shop's storefront for one market, the brand's name without it. Country codes in
# upper case only ("Acme Co" keeps its "Co"); not "Shop"/"Store" alone ("The Body Shop", "The Container
# Store" are names).
_REGION_TAIL = re.compile(
    r"\s+(?:US|USA|UK|EU|CA|AU|NZ|IE|DE|AT|CH|FR|BE|NL|IT|ES|PT|PL|SE|DK|NO|FI|JP|KR|CN|TW|HK|SG|IN|AE|SA|MX|BR|AR"
    r"|(?i:canada|europe|australia|international|intl\.?|global|official (?:store|site|shop)|online (?:store|shop)))$"
)


def without_region(name: str) -> str:
    """A shop's `name` without a closing market or storefront marker (`_REGION_TAIL`: "Nimbara US" ->
    "Nimbara"); the name as it is when nothing else would be left."""
    name = _shown_line(name)
    short = _REGION_TAIL.sub("", name).strip()
    return short if tokens(short) else name


# a shop's name written as its domain ("Amazon.com", "Overstock.com", "Flipkart.com"): a retailer or
# marketplace naming itself by its address, not a brand's name
_DOMAIN_NAME = re.compile(r"\.[a-z]{2,6}$", re.I)
# a link to a seller's storefront on the marketplace ("/shop/MochiKids", "/seller/gadgethub", "/str/acme",
# "/tienda/tecnoshop") whose text spells it
_STOREFRONT = re.compile(
    r"^/(?:[a-z]{2}(?:-[a-z]{2})?/)?(?:shop|shops|seller|sellers|store|stores|str|tienda|loja|boutique|vendor"
    r"|uzytkownik)/([^/?#]+)/?$",
    re.I,
)


def _line_over_title(title_el: Any) -> str | None:
    """The short line (1-4 words, at most 40 characters, a letter in it) right over the title: the
    element before it, or before the wrapper holding only it (Shopify Dawn's vendor `<p>` over
    `<div><h1>`); None without one."""
    el = title_el
    while el.getparent() is not None and len([c for c in el.getparent() if isinstance(c.tag, str)]) == 1:
        el = el.getparent()
    prev = el.getprevious()
    while prev is not None and not isinstance(prev.tag, str):
        prev = prev.getprevious()
    if (
        prev is None
        or prev.tag in ("script", "style", "img", "picture", "svg", "nav", "ol", "ul")
        or hidden(prev)
    ):
        return None
    text = _shown_line(visible_text(prev))
    short = 1 <= len(text.split()) <= 4 and len(text) <= 40 and re.search(r"[^\W\d_]", text)
    return text if short else None


def _shop_name(page: Layout) -> str | None:
    """The shop's name: the last, else the first, of 2+ document-title parts naming the host
    (`titles.shop_part`); None when no part does, when it is a domain ("Overstock.com",
    `_DOMAIN_NAME`) or a placeholder (`no_brand`)."""
    if not page.doc_title:
        return None
    parts = [p.strip() for p in DOC_TITLE_SEP.split(_shown_line(page.doc_title)) if p.strip()]
    if len(parts) < 2:
        return None
    site = page.sel.xpath("//meta[@property='og:site_name']/@content").get() or ""
    is_site = site_test(urlsplit(page.base).hostname or "", site)
    name = next((p for p in (parts[-1], parts[0]) if shop_part(p, is_site)), None)
    return None if name is None or _DOMAIN_NAME.search(name) or no_brand(name) else name


def _collection_house(page: Layout, line: str) -> str | None:
    """The shop's name (`_shop_name`, `without_region`) when `line`, shown over the title, is a
    collection named after the house and not the house itself: the two share a word of 3+ letters
    and neither opens with the other ("Tiffany Novo®" over a ring on "... | Tiffany & Co.", "Aurelle
    Lumière" on "... | Maison Aurelle": the house's collection, the brand the house's); None otherwise
    ("Northpeak" over the title on "... – Northpeak Supply" is the vendor; "HOKA" on "... | Trail
    Runner Supply" names another maker)."""
    shop = _shop_name(page)
    if shop is None:
        return None
    a, b = tokens(line), tokens(shop)
    if a[: len(b)] == b or b[: len(a)] == a:
        return None
    shared = {w for w in a if len(w) > 2} & {w for w in b if len(w) > 2}
    return without_region(shop) if shared else None


def _house_over_title(page: Layout, title_el: Any) -> str | None:
    """The shop's name when the line right over the title (`_line_over_title`) is a collection named
    after it (`_collection_house`)."""
    line = _line_over_title(title_el) if title_el is not None else None
    return _collection_house(page, line) if line else None


def _storefront_links(page: Layout) -> list[tuple[Any, str]]:
    """(link, its text) for each link to a seller's storefront on the site whose text spells the
    storefront's name (`_STOREFRONT`: "/shop/MochiKids" reading "MochiKids"), outside menus and cards."""
    here, out = urlsplit(page.base).netloc, []
    for a in page.root.xpath("//a[@href]")[:3000]:
        to = urlsplit(urljoin(page.base, a.get("href") or ""))
        m = _STOREFRONT.match(to.path)
        text = _shown_line(visible_text(a))
        same = m and to.netloc == here and _squash(m.group(1)) == _squash(text)
        if same and not any(page.context(a)) and not _in_trail(a):
            out.append((a, text))
    return out


_TRAIL_NAMES = re.compile(r"crumb|refine|facet|filter", re.I)


def _in_trail(el: Any) -> bool:
    """`el` sits in a breadcrumb trail or a search's refinements (an ancestor whose id or class names
    them): a category's link where a shop's categories live at /shop/NAME (formasaurus 0.10.0's
    firemountaingems page: "Beads" to "/shop/beads?sortby=bestmatch" in its trail and its "Selected
    Refinements"; stop 64), not a seller's storefront."""
    return any(_TRAIL_NAMES.search(f"{n.get('id') or ''} {n.get('class') or ''}") for n in el.iterancestors())


def _maker_shop(page: Layout, title_el: Any) -> str | None:
    """The seller's shop name when the page's first storefront link (`_storefront_links`) comes
    before the title: a marketplace of makers showing the shop over its listing (Etsy's shop line
    "LunaLeatherCo" over the listing's name; the shop made the item, and Etsy's Product data names
    the shop as its brand). A seller shown after the title (eBay's, Mercado Libre's seller card) is a
    reseller: no brand."""
    if title_el is None:
        return None
    links = _storefront_links(page)
    if not links:
        return None
    a, text = links[0]
    return text if 1 < len(text) <= 40 and title_el in a.xpath("following::*") else None


def _link_named_by_url(el: Any) -> bool:
    """`el` sits in a link whose URL path has a segment spelling its text ("Keepsake the Label" to
    "/c/keepsake-the-label"): a link to the brand's listing."""
    a = next((n for n in el.iterancestors("a") if n.get("href")), el if el.tag == "a" else None)
    text = _squash(el.text or "")
    if a is None or len(text) < 2:
        return False
    return any(_squash(seg) == text for seg in urlsplit(a.get("href") or "").path.split("/"))


def _home(el: Any, base: str) -> bool:
    """`el` links to the front page of the site at `base` (`href` "/", "", "#" or its own host with
    no path): the shop's own logo in its header, or a breadcrumb's "Home", not a brand's page (a
    brand's own site, "https://brand.example/", is another host)."""
    href = el.get("href")
    if href is None:
        return False
    to, here = urlsplit(urljoin(base, href.strip())), urlsplit(base)
    return to.netloc == here.netloc and to.path.strip("/") == "" and not to.query


def _brand_above(page: Layout, title_el: Any) -> str | None:
    """A 1-4 word line among the 6 elements before the title (then a link among the 6 after it whose
    URL spells it, `_link_named_by_url`: Nordstrom's "/c/keepsake-the-label" under "Be the One
    Sleeveless Dress", titled "Keepsake the Label Be the One ...")
    that the document title starts with, or that opens the document title's last part, the shop's
    name (a brand's own shop: Shopify's vendor line "Northpeak" over the title, titled "Trailhead
    Bottle – Northpeak Supply"). A link under the title counts only when its words open the title's
    first part, the product's words after them in that part (a category "Dresses" under the title,
    titled "Dresses - Be the One ...", is no brand). An `<h1>` over the title's `<h1>` is no such
    line: a category ("Laptops" over "Lenovo ThinkPad X1 ...", titled "Laptops | Lenovo ...") or the
    shop's logo heading (over an `<h2>` title) is written so as often as a brand; `_heading_pair`
    asks the page to name a heading over the title's `<h1>` apart. A line that is a collection named
    after the shop gives the shop's name (`_collection_house`: "Tiffany Novo®" on "... | Tiffany & Co.")."""
    if title_el is None or not page.doc_title:
        return None
    doc = page.doc_title.casefold()
    parts = [p.strip() for p in DOC_TITLE_SEP.split(doc) if p.strip()]
    last_part = parts[-1] if len(parts) > 1 else ""  # the shop's name, on a brand's own shop
    title = visible_text(title_el).casefold()
    before = [*reversed(title_el.xpath("preceding::*[position() <= 6]"))]
    after = [el for el in title_el.xpath("following::*[position() <= 6]") if _link_named_by_url(el)]
    first_part = parts[0] if parts else ""
    for el in before + after:
        if not isinstance(el.tag, str) or el.tag in ("script", "style", "title", "meta", "link"):
            continue
        if el.tag == "h1":
            continue  # a page heading over the title: a category or the shop's logo (`_heading_pair` judges a pair)
        if any(_home(a, page.base) for a in el.xpath("ancestor-or-self::a[@href]")):
            continue  # the shop's name in its header, a text link home ("오픈몰" over the title of a small page)
        own = el.text or ""
        if (
            not own.strip()
            and len(el)
            and all(c.tag in ("img", "svg", "picture") for c in el)
            and not _home(el, page.base)
        ):
            own = " ".join(c.tail or "" for c in el)  # <a href="/brand/x"><img src="logo">Brand</a>
        text = re.sub(r"\s+", " ", own).strip()
        words = text.split()
        if not (1 <= len(words) <= 4 and len(text) <= 40) or any(page.context(el)) or hidden(el):
            continue
        low = text.casefold()
        # the title may write the brand's Latin name in brackets right after it ("무신사 스탠다드(MUSINSA
        # STANDARD) 릴렉스드 ...")
        head = re.compile(re.escape(low) + r"(?:\s|[(（]\S)")
        if el in after:  # a link under the title: the words opening the product's own part of the title
            opens = first_part.startswith(low + " ")
        else:
            opens = bool(head.match(doc)) or last_part == low or last_part.startswith(low + " ")
        if opens and not title.startswith(low):
            return _collection_house(page, text) or text
    return None


# an element named for the product's vendor (Shopify's 2017 themes: Debut's and Brooklyn's
# `p.product-single__vendor`, Supply's `.product-vendor`, Minimal's `.product__vendor`)
_VENDOR = re.compile(r"(?:^|[\s_-])vendor(?:$|[\s_-])", re.I)


def _vendor_line(page: Layout, title_el: Any) -> str | None:
    """The text (1-4 words) of an element named for the vendor (`_VENDOR`) among the 4 elements right
    before or after the title heading, as Shopify's 2017 themes show the product's vendor when the
    theme's "Show vendor" setting is on (Debut's `<p class="product-single__vendor">Hydro Flask</p>`
    under the title, without a link); a multi-brand shop (`_other_makers`) writing its own name there
    (the vendor Shopify fills in by default; its words spelling the host, `_name_run`) claims none. Source: test_brand_review9
    (a brand's own Shopify store, "Lumberjack Scents" under "Beard Oil - Cedar & Pine")."""
    if title_el is None:
        return None
    near = [
        *title_el.xpath("following::*[position() <= 4]"),
        *title_el.xpath("preceding::*[position() <= 4]"),
    ]
    for el in near:
        if not isinstance(el.tag, str) or not _VENDOR.search(page.names.get(el, "")):
            continue
        if el in title_el.iterancestors() or any(page.context(el)) or hidden(el):
            continue
        text = _shown_line(visible_text(el))
        words = text.split()
        if not (1 <= len(words) <= 4 and len(text) <= 40) or not re.match(r"[^\W\d_]", text):
            continue
        if re.search(r"[:：]", text) or _BY.match(text) or _SELLER_LINE.match(text):
            continue  # a seller's line ("판매자: 클린마켓", "Sold by Wickwax"), a "by" line (`_by_line` reads it)
        house = _name_run(text, _host_key(page))
        if house and _other_makers(page, house):
            return None  # a multi-brand shop's default vendor, its own name ("Tidewater General Store")
        return text
    return None


# the vendor block of a Shopify theme's product template, by the theme's own markup: Dawn's (Shopify's
# default theme since 2021) templates/product.json opens the product info with a text block showing
# "{{ product.vendor }}" in upper-case caption style (`<p class="product__text inline-richtext
# caption-with-letter-spacing">HOKA</p>` over `<div class="product__title"><h1>`), inside
# `.product__info-container`; Supply's product template writes `<p class="product-meta">{{ product.vendor }}</p>`
# under the title in `.product-single__meta`. Sources: test_brand_review, test_us_sku_brand_probe,
# test_brand_review9, test_brand_kinds10.
_THEME_VENDOR = (
    # (the block's classes, the container's class, the block before (True) or after the title)
    (("product__text", "caption-with-letter-spacing"), "product__info-container", True),
    (("product-meta",), "product-single__meta", False),
)
# what a merchant writes in such a block when it is not the vendor (test_brand_kinds10's must-not-fire pages):
# a badge ("New arrival", "Best Seller", "Limited Edition", "Pre-order", "Sale", "Nouveauté", "Neu", "Novità",
# "Novedad", "Novo", "Новинка", "신상", "新品"), a shipping or making note ("Free shipping", "Handmade in
# Portland", "Made in Italy"), a collection or season ("Summer Collection", "Holiday Edition")
_MERCH_LABEL = re.compile(
    # a badge or note opening the line ("New arrival", "Best Seller", "Handmade in Portland"); "New" only alone or
    # before a badge's word ("New Balance" is a vendor)
    r"^(?:new(?:\s+(?:arrivals?|in|season|drop|collection|edition|release))?$|just (?:in|landed|dropped)|best\s?sellers?"
    r"|top (?:sellers?|rated)|staff picks?|trending|popular|sale|on sale|clearance|limited|exclusive|online exclusive"
    r"|pre-?order|back in stock|coming soon|sold out|low stock|free (?:shipping|delivery|returns)|gifts?|gift ideas?"
    r"|(?:hand)?made in|handmade|hand-?crafted|organic|vegan|nouveaut[ée]s?|nouveau$|soldes|promo|neu(?:heit)?$"
    r"|angebot|novit[àa]|nuovo$|saldi|novedad(?:es)?|nuevo$|oferta|rebajas|novo$|novost|akcija|popust|новинка|хит"
    r"|распродажа|акция)\b"
    # a collection, an edition or a series closing it ("Summer Collection", "Holiday Edition")
    r"|\b(?:collections?|editions?|series|kollektion|collezione|colecci[óo]n|kolekcija|коллекция)$"
    # a share off, the Korean and Chinese badges anywhere ("20% off", "신상", "新品上市")
    r"|\d\s?%|신상|신제품|베스트|세일|新品|熱銷|热销|限定|特價|特价",
    re.I,
)


def _theme_vendor(page: Layout, title_el: Any) -> str | None:
    """The text of a Shopify theme's vendor block beside the title (`_THEME_VENDOR`: Dawn's caption over
    it, Supply's `.product-meta` under it): 1-4 words (at most 40 characters) opening with a letter,
    not a label's line, a "by" or seller's line, a merchandising badge or note (`_MERCH_LABEL`), the
    product's type or category (a word the title heading, a crumb or a menu entry writes: "Candles" over
    "Fig & Cedar Soy Candle"), the title's own opening words (the title names the maker then), nor a
    multi-brand shop's own name (Shopify's default vendor, `_vendor_line`)."""
    if title_el is None:
        return None
    for classes, holder, before in _THEME_VENDOR:
        el = title_el
        while el.getparent() is not None and holder not in (el.getparent().get("class") or "").split():
            el = el.getparent()
        if el.getparent() is None:
            continue
        line = el.getprevious() if before else el.getnext()
        while line is not None and not isinstance(line.tag, str):
            line = line.getprevious() if before else line.getnext()
        if line is None or line.tag != "p" or not set(classes) <= set((line.get("class") or "").split()):
            continue
        if hidden(line) or any(page.context(line)):
            continue
        text = _shown_line(visible_text(line))
        if not (1 <= len(text.split()) <= 4 and len(text) <= 40) or not re.match(r"[^\W\d_]", text):
            continue
        if (
            re.search(r"[:：]", text)
            or _BY.match(text)
            or _SELLER_LINE.match(text)
            or _MERCH_LABEL.search(text)
        ):
            continue
        if _type_word(page, title_el, text):
            continue
        house = _name_run(text, _host_key(page))
        if house and _other_makers(page, house):
            continue
        return text
    return None


# the departments and product types a shop's menu and Shopify's product types are named with, the words a
# merchant's text block shows when it holds `{{ product.type }}` rather than the vendor (test_brand_kinds10's
# "Outerwear" over "Better Sweater Fleece Jacket"); a type word outside the list is read as a vendor (left)
_TYPE_LINE = re.compile(
    r"^(?:(?:men['’]?s|women['’]?s|kids['’]?|unisex)\s+)?(?:apparel|clothing|outerwear|footwear|swimwear|knitwear"
    r"|activewear|sportswear|loungewear|sleepwear|underwear|intimates|basics|essentials|tops|bottoms|dresses|shoes"
    r"|boots|sneakers|bags|jewell?e?ry|watches|eyewear|accessories|beauty|skincare|skin care|haircare|hair care"
    r"|makeup|fragrances?|bath & body|home|home decor|homeware|decor|furniture|lighting|kitchen|kitchenware"
    r"|tableware|drinkware|cookware|bedding|stationery|toys|games|books|gear|equipment|tools|supplies|pet"
    # a perfume's concentration and a colour shown in the block ("Eau de Parfum" over "Iris Poudre 50 ml",
    # "Black" over "Relaxed Linen Shirt"; test_brand_kinds10)
    r"|eau de (?:parfum|toilette|cologne)|parfum|extrait(?: de parfum)?|cologne"
    r"|black|white|grey|gray|navy|blue|red|green|pink|beige|brown|cream|ivory|olive|sand|charcoal|natural"
    r"|schwarz|weiß|weiss|noir|blanc|nero|bianco|negro|blanco|črna|bela|crna|bijela|черный|белый)$",
    re.I,
)


def _stem(word: str) -> str:
    """A word case-folded less a plural's or possessive's closing "s" / "es" / "'s" ("Candles" -> "candl")."""
    word = word.casefold().strip("'’")
    return re.sub(r"(?:['’]s|es|s|e)$", "", word) if len(word) > 3 else word


def _type_word(page: Layout, title_el: Any, text: str) -> bool:
    """`text` is the product's type or category rather than a maker's name: one of its words is one of
    the title heading's (`_stem`: "Candles" and "Candle"), or it is a crumb's or a menu entry's text
    whole, a department (`_DEPARTMENT`) or a type line (`_TYPE_LINE`: "Outerwear"); or the title heading
    opens with it."""
    if _DEPARTMENT.match(_shown_line(text)) or _TYPE_LINE.match(_shown_line(text)):
        return True
    words = {_stem(w) for w in tokens(text) if len(w) > 2}
    heading = tokens(visible_text(title_el))
    if words & {_stem(w) for w in heading} or heading[: len(tokens(text))] == tokens(text):
        return True
    low = _shown_line(text).casefold()
    for el in page.named(_BREADCRUMB)[:5] + page.root.xpath("//nav | //header")[:10]:
        if any(_shown_line(visible_text(a)).casefold() == low for a in el.xpath(".//a")[:300]):
            return True
    return False


def _heading_pair(page: Layout, title_el: Any) -> str | None:
    """The first of two `<h1>` side by side (siblings, nothing between; the title heading one of
    them) when it is the brand written over the product's name: Myntra's `<h1>HRX by Hrithik
    Roshan</h1><h1>Men Black Solid Rapid-Dry Training T-shirt</h1>`, titled "Buy HRX By Hrithik
    Roshan Men Black Solid ... | Myntra". The first has 1-4 words (at most 40 characters) and fewer
    than the second, is not the shop's name (`titles.site_test`), the document title less the
    shop's part opens with its words and then the second's first two, and the page names it apart
    from the headings: a segment of the page's URL path spelling it, filing the product under it
    (`_slug_brand`: "/tshirts/hrx-by-hrithik-roshan/..."; not the path's first segment alone, a
    department or collection, "/women/linen-shirt-dress"), or a link into its brand listing or a
    brand field of its script data (`_named_as_brand`). A store or category heading over the name is titled after the name ("Trail Runner 2 | Running
    Shoes"); a model over its description ("Air Max" over "Men's Running Shoe") is named nowhere
    else."""
    if title_el is None or title_el.tag != "h1" or not page.doc_title:
        return None
    site = page.sel.xpath("//meta[@property='og:site_name']/@content").get() or ""
    is_site = site_test(urlsplit(page.base).hostname or "", site)
    for first, second in ((title_el.getprevious(), title_el), (title_el, title_el.getnext())):
        if first is None or second is None or first.tag != "h1" or second.tag != "h1":
            continue
        text = _shown_line(visible_text(first))
        words, rest = tokens(text), tokens(visible_text(second))
        if not (1 <= len(words) <= 4 and len(text) <= 40 and len(rest) > len(words)) or is_site(text):
            continue
        if (
            any(page.context(first))
            or hidden(first)
            or _product_part(page)[: len(words) + 2] != words + rest[:2]
        ):
            continue
        if _slug_brand(page.base, text) or _named_as_brand(page, words):
            return text
    return None


# a segment opening a URL path before the site's sections: a locale ("/en/", "/en-in/", "/de_DE/")
# or a shop's generic prefix ("/shop/women/...", "/collections/summer-sale/products/...")
_PREFIX_SEG = re.compile(
    r"[a-z]{2}(?:[-_][a-z]{2})?|shop|store|products?|collections?|catalog(?:ue)?|categor(?:y|ies)", re.I
)


def _slug_brand(url: str, text: str) -> bool:
    """A segment of `url`'s path spells `text`, below a first segment ("/tshirts/hrx-by-hrithik-
    roshan/..."; leading locale and generic segments, "/en-in/", "/shop/", "/collections/", not
    counted: `_PREFIX_SEG`) or repeated at the start of a later one, the product's slug
    ("/hrx-by-hrithik-roshan/hrx-by-hrithik-roshan-men-black-..."): the URL files the product under
    its brand. The first section segment alone is a department or collection ("/women/linen-shirt-
    dress", "/shop/women/...", "/collections/summer-sale/products/trail-runner-2")."""
    name = _squash(text)
    segs = [s for s in urlsplit(url).path.split("/") if s.strip()]
    while len(segs) > 1 and _PREFIX_SEG.fullmatch(segs[0]):
        segs = segs[1:]
    path = [_squash(s) for s in segs]
    return bool(name) and any(
        seg == name
        and (i > 0 or any(later.startswith(name) and len(later) > len(name) for later in path[i + 1 :]))
        for i, seg in enumerate(path)
    )


# ---- a brand's own shop: the shop's name is the brand ---------------------------------------------

# host labels that are no part of a shop's name ("www", "shop" of shop.lululemon.com, "store" of
# store.hermanmiller.com) and second-level labels of country domains ("co" of currys.co.uk)
_HOST_PREFIX = {
    "www",
    "www1",
    "www2",
    "m",
    "shop",
    "store",
    "stores",
    "buy",
    "en",
    "us",
    "uk",
    "eu",
    "global",
}
_SECOND_LEVEL = {"co", "com", "net", "org", "ac", "gov", "ne", "or"}
# a company's legal form after its name in a copyright line ("Allbirds, Inc.", "Gymshark Limited",
# "Melissa & Doug, LLC", "adidas America, Inc.", "The North Face, a VF Company", "The LEGO Group")
_COMPANY_FORM = (
    r"(?:,?\s+(?:\S+\s+){0,2}?,?\s*(?:inc\.?|incorporated|llc|l\.l\.c\.|ltd\.?|limited|gmbh|ag|s\.a\.?|s\.p\.a\.?|b\.v\.?"
    r"|n\.v\.?|a/s|oy|plc|pty|corp\.?|corporation|company|group|se|kg|k\.k\.|sas|s\.r\.l\.?|co\.,? ltd\.?)(?!\w))"
)
_COPYRIGHT = re.compile(r"©|\(c\)|&copy;|\bcopyright\b", re.I)
# a line naming the page's seller (a marketplace's or reseller's page): "Sold by", "Vendido por",
# "Продавец", "Satıcı", "Verkoop door", "Vândut de", "Vendu et expédié par", "Ships from"
_SELLER_LINE = re.compile(
    r"^(?:sold by|sold and shipped by|ships from|seller|seller information|about this seller|vendido por|vendedor|"
    r"verkauf(?:t)? durch|verkäufer|vendu (?:et expédié )?par|vendeur|venduto da|venditore|verkoop door|verkoper|"
    r"продавец|satıcı|sprzedawca|sprzedający|vândut de|prodejce|販売者|판매자|卖家|賣家"
    # a marketplace of sellers' shops: Etsy's "Star Seller", "More from this shop", "Sell on Etsy"
    r"|star seller|more from this (?:shop|seller|store)|meet your seller|sell on|verkaufen (?:auf|bei)|vendre sur"
    r"|vender en|vendi su)\b"
    # a seller's feedback score on a marketplace, the whole line (eBay's "99.4% positive", AliExpress's "95.1%
    # Positive Feedback"; not a shop's "96% positive reviews", test_brand_review6)
    r"|^\d{1,3}(?:[.,]\d{1,2})?\s?%\s+(?:positive(?: feedback)?|positivas?|positivos?|positiv|positifs?|pozitiv\w*)$"
    # eBay's score in its other sites' words (test_brand_review7): "99,2 % positive Bewertungen" (.de), "99,5 %
    # d'évaluations positives" (.fr), "99,6% di feedback positivi" (.it), "99,4% de votos positivos" (.es), a
    # score with one decimal or 100 % (a shop's own "96 % positive Bewertungen", its reviews, is none)
    r"|^(?:\d{1,2}[.,]\d|100)\s?%\s+(?:positive bewertungen|d['’]évaluations positives|di feedback positivi"
    r"|de (?:votos|valoraciones) positiv[oa]s|pozytywnych (?:komentarzy|opinii)|positieve feedback)$"
    # a classifieds ad's user card naming the kind of seller, the whole line: Kleinanzeigen's "Privater Nutzer" /
    # "Gewerblicher Nutzer", OLX's "Частное лицо" / Kazakh "Жеке тұлға", "Private seller", "Privatni oglašivač",
    # "Zasebna oseba": the site's own name is then no house (test_brand_review7)
    r"|^(?:privater? (?:nutzer|anbieter|verkäufer)|gewerblicher? (?:nutzer|anbieter|verkäufer)|privatanbieter"
    r"|privatverkäufer|private seller|частное лицо|жеке тұлға|privatni (?:oglašivač|prodavatelj)|privatna osoba"
    r"|zasebn[ia] (?:oseba|oglaševalec|prodajalec)|fizička osoba|fizična oseba)$",
    re.I,
)
# a line naming the makers a shop stocks ("Brands we stock: Ercol, Nordic House"): a stockist's page, test_brand_review6
_STOCKIST_LINE = re.compile(
    r"\b(?:brands we (?:stock|carry|sell|offer)|(?:authori[sz]ed |official )?stockists? of)\b", re.I
)
# a link to a list of makers: a "Brands" / "Shop by Brand" / "Designers" menu entry (a multi-brand shop)
_BRANDS_MENU = re.compile(
    r"^(?:(?:shop |browse )?(?:by |all |our |top |featured )?(?:brands?|designers?)(?: a-z| a ?- ?z)?|marken|marques|marcas|"
    r"merken|marki|marche|brendovi|robne marke|бренды|ブランド一覧|브랜드|品牌)$",
    re.I,
)
# a link to a list of makers in the markets' words (a menu's "Hersteller", "Marchi", "Proizvođači", "Производители",
# Kazakh "Брендтер"): as `_BRANDS_MENU`, for links only: a heading "Hersteller" over the maker's address is a
# product-safety block's (GPSR) on a maker's own shop too (test_brand_review7)
_MAKERS_LINK = re.compile(
    r"^(?:hersteller|manufacturers|marchi|proizvođači|proizvodjači|proizvajalci|производители|брендтер|өндірушілер"
    r"|fabricantes|fabricants|produttori)$",
    re.I,
)


def _host_key(page: Layout) -> str:
    """The name the page's host spells, squashed: its registrable label ("allbirds" of
    www.allbirds.com, "hermanmiller" of store.hermanmiller.com, "currys" of www.currys.co.uk);
    "" for an address without one."""
    labels = [x for x in (urlsplit(page.base).hostname or "").lower().split(".") if x]
    if len(labels) < 2:
        return ""
    labels = labels[:-1]  # the top-level domain
    if len(labels) > 1 and labels[-1] in _SECOND_LEVEL:
        labels = labels[:-1]
    label = labels[-1] if labels and labels[-1] not in _HOST_PREFIX else ""
    return label.replace("-", "")


def _ascii_fold(text: str) -> str:
    """`text` with accents dropped, as a host spells a name ("Le Slip Français" on leslipfrancais.fr)."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _host_spells(key: str, run: str) -> bool:
    """The words `run` (trade-mark signs aside) spell the host's name `key` (`_host_key`): "Melissa &
    Doug" for "melissaanddoug", "Stanley" for "stanley1913" (a year or number after the name)."""
    plain = _squash(_ascii_fold(run))
    if not plain or not key:
        return False
    forms = {plain, _squash(_ascii_fold(run).replace("&", " and "))}
    return key in forms or any(key.startswith(f) and key[len(f) :].isdigit() for f in forms)


def _name_run(text: str, key: str) -> str | None:
    """The run of 1-4 words of `text` that spells the host's name (`_host_spells`), as written
    without trade-mark signs or closing punctuation ("LEGO" of "Buy online at the Official LEGO®
    Shop US", "adidas" of "adidas US"); None without one."""
    words = _shown_line(text.replace("®", " ").replace("™", " ")).split()
    for n in range(1, 5):
        for i in range(len(words) - n + 1):
            run = " ".join(words[i : i + n]).strip(" ,.:;-|–—©")
            if _host_spells(key, run) and re.match(r"[^\W\d_]", run):
                return run
    return None


def _home_link_names(page: Layout) -> list[str]:
    """The texts and logo alt texts of links to the site's front page (`_home`): the shop's logo."""
    out = []
    for a in page.root.xpath("//a[@href]")[:300]:
        if _home(a, page.base):
            out.extend([*a.xpath(".//img/@alt"), visible_text(a)])
    return [_shown_line(t) for t in out if t and t.strip()]


def _copyright_lines(page: Layout) -> list[str]:
    """The page's copyright lines ("© 2025, Allbirds, Inc."), each a text node's text."""
    return [_shown_line(t) for _, t in page.text_nodes() if _COPYRIGHT.search(t) and len(t) <= 300]


def _site_house(page: Layout) -> str | None:
    """The site's name as the page writes it where it spells the host (`_name_run`): in the document
    title (its last part first), else in the logo linking home, else in the copyright line; None
    when none does."""
    key = _host_key(page)
    if not key:
        return None
    parts = [p for p in DOC_TITLE_SEP.split(_shown_line(page.doc_title or "")) if p.strip()]
    for text in [*reversed(parts), *_home_link_names(page), *_copyright_lines(page)]:
        if run := _name_run(text, key):
            return run
    return None


def _other_makers(page: Layout, house: str = "") -> bool:
    """The page is a multi-brand shop's or a marketplace's: it links into the listing of a brand
    other than `house` on its own site (`_BRAND_PATH`: a brand menu, a card's brand link; not the
    house's own group site, "careers.adidas-group.com/?brand=adidas"), has a "Brands" / "Designers"
    menu entry (`_BRANDS_MENU`) or a "Shop all <name>" link, links 2+ products opening with other
    names in brackets (`_bracketed_makers`), names a seller (`_SELLER_LINE`: "Sold by", "Продавец") or the
    makers it stocks (`_STOCKIST_LINE`)."""
    here, own = urlsplit(page.base).netloc, _squash(house)
    for a in page.root.xpath("//a[@href]")[:3000]:
        text = _shown_line(visible_text(a))
        to = urlsplit(urljoin(page.base, a.get("href") or ""))
        slug = _brand_slug(a.get("href") or "") if to.netloc == here else ""
        if (
            (slug and slug != own)
            or _BRANDS_MENU.match(text)
            or _MAKERS_LINK.match(text)
            or _SHOP_ALL.match(text)
        ):
            return True
    for el in page.root.xpath("//body//*[self::h2 or self::h3 or self::h4 or self::p or self::li]")[:3000]:
        if _BRANDS_MENU.match(_shown_line(visible_text(el))):
            return True
    if len(_bracketed_makers(page, own)) >= 2:
        return True
    return any(
        (len(t) <= 80 and _SELLER_LINE.match(_shown_line(t))) or (len(t) <= 300 and _STOCKIST_LINE.search(t))
        for _, t in page.text_nodes()
    )


def _bracketed_makers(page: Layout, own: str) -> set[str]:
    """The names other than the house's (`own`, squashed) that links on the page open with in brackets,
    the way Taiwanese and Korean shops title their products ("【THERMOS 膳魔師】保溫瓶", "[쿠첸] 10인용 밥솥"; a
    note in brackets, `_bracket_note`, is none): the cards of a marketplace selling other makers' goods
    (PChome's "看了又看" cards on a page naming no brand, test_brand_review6), not a maker's own cards
    opening with its name ("【SAMPO 聲寶】14吋 DC 風扇" on sampo.com.tw)."""
    names = set()
    for a in page.root.xpath("//a[@href]")[:3000]:
        m = _BRACKET_HEAD.match(_shown_line(visible_text(a)))
        inner = _shown_line(m.group(1)) if m else ""
        if not inner or len(inner.split()) > 4 or _bracket_note(inner):
            continue
        name = _squash(inner)
        if name and not (own and own in name):
            names.add(name)
    return names


def _house_evidence(page: Layout, name: str, title_el: Any) -> bool:
    """The page says its shop is the house making the product, not a reseller of others' goods named
    after itself: the copyright line gives the name with a company's legal form (`_COMPANY_FORM`:
    "© 2025 Allbirds, Inc.", "Gymshark Limited", "The LEGO Group"), the page writes the name with a
    trade-mark sign ("LEGO®"), the title heading names it after other words ("Standard Baggu"; a
    heading opening with it is the shop's heading over the name, `_shop_brand` judges) or carries the house's
    own mark ("Men's Better Sweater® Fleece Jacket"), or two or more of the other products shown open
    with the name (adidas' "adidas - Gazelle Shoes" cards; not the links of the site's menus and
    footer, `_site_chrome`). A small shop's "© 2026 Maison Barista. Tous droits réservés." is none."""
    words = [re.escape(w) for w in name.split()]
    pattern = r"\W*".join(words)
    form = re.compile(rf"(?<!\w){pattern}{_COMPANY_FORM}", re.I)
    if any(form.search(line) for line in _copyright_lines(page)):
        return True
    mark = re.compile(rf"(?<!\w){pattern}\s?[®™]", re.I)
    if mark.search(page.doc_title or "") or any(mark.search(t) for _, t in page.text_nodes()):
        return True
    heading = visible_text(title_el) if title_el is not None else ""
    own, said = tokens(name), tokens(heading)
    if (_words_in(own, said) and said[: len(own)] != own) or re.search(r"[®™]", heading):
        return True  # "Standard Baggu"; a heading opening with the shop's name is its store heading
    opens = re.compile(rf"^\W*{pattern}\b", re.I)
    shown = [(img, img.get("alt") or "") for img in page.root.xpath("//img[@alt]")[:3000]]
    shown += [(a, visible_text(a)) for a in page.root.xpath("//a[@href]")[:3000]]
    named = {t for el, t in shown if opens.match(t) and len(tokens(t)) > len(words) and t != heading}
    return len({t for el, t in shown if t in named and not _site_chrome(page, el)}) >= 2


# names of a site's header, menus and footer ("site-header", "mega-menu", "navbar", "footer-links")
_CHROME = re.compile(r"\b(?:header\w*|footer\w*|nav\w*|menu\w*|mega\w*|masthead)\b")


def _site_chrome(page: Layout, el: Any) -> bool:
    """`el` sits in the site's header, menus or footer (a `<header>`, `<nav>`, `<footer>` or an
    element named for one): the shop's own links ("H&M Edition", "Nordstrom Rewards", "Kohl's Cash"),
    which a retailer names after itself as a brand names its lines."""
    return any(
        n.tag in ("header", "nav", "footer") or _CHROME.search(page.names.get(n, ""))
        for n in el.iterancestors()
    )


def _house_brand(page: Layout, title_el: Any) -> str | None:
    """The site's name (`_site_house`: it spells the host and the document title, the logo or the
    copyright line writes it) on a brand's own shop: the page names no other maker (`_other_makers`)
    and says its shop is the house making the product (`_house_evidence`). Allbirds' "Men's Tree
    Runners | Allbirds" on allbirds.com with "© 2025 Allbirds, Inc.", Sonos' "Era 100 | Sonos". A
    multi-brand shop (a brand menu, brand links), a marketplace (a seller's line) and a small shop
    whose page shows no such evidence claim none; so does a bookshop's page (an ISBN shown, `_book_page`:
    Waterstones' or Blackwell's "ISBN-13: 978...", the book's makers its author and publisher)."""
    if title_el is None:
        return None
    name = _site_house(page)
    if (
        name is None
        or no_brand(name)
        or _book_page(page)
        or _other_makers(page, name)
        or _other_name_opens_title(page, title_el, name)
    ):
        return None
    return name if _house_evidence(page, name, title_el) else None


def _other_name_opens_title(page: Layout, title_el: Any, house: str) -> bool:
    """A link in the title's block or the breadcrumb (not the title heading's own) whose text (1-4
    words, not the house's name, not a department) opens the heading with more words after it or
    whose URL spells it (`_link_named_by_url`): a retailer's link to the maker's listing ("Keepsake
    the Label" to "/c/keepsake-the-label" under "Be the One Sleeveless Dress"); or the page's URL
    naming another maker before the title's words (`_slug_names_another`). A link whose words come right
    before the house's name in the heading is a type word, not another maker ("Zapatillas" over "Zapatillas
    Topper Costa Blanco" on topper.com.ar, test_brand_kinds10)."""
    heading, own = tokens(visible_text(title_el)), tokens(house)
    holders = title_el.xpath("ancestor::*[position() <= 2]")  # document order: the block first
    block = (
        set(holders[0].xpath(".//a")) if holders and holders[0].tag not in ("body", "html", "main") else set()
    )
    for a in page.root.xpath("//a[@href]")[:3000]:
        text = _shown_line(visible_text(a))
        words = tokens(text)
        if not (1 <= len(words) <= 4) or _squash(text) == _squash(house) or _DEPARTMENT.match(text):
            continue
        if title_el in a.iterancestors():
            continue
        crumb = any(_BREADCRUMB.search(page.names.get(n, "")) for n in a.iterancestors())
        if a not in block and not crumb:
            continue  # another product's card ("Galaxy S25+" beside "Galaxy S25 Ultra"), a menu
        if heading[len(words) : len(words) + len(own)] == own:
            continue  # a type word before the house's name ("Zapatillas" over "Zapatillas Topper Costa Blanco")
        if (len(heading) > len(words) and heading[: len(words)] == words) or (
            a in block and _link_named_by_url(a)
        ):
            return True
    return _slug_names_another(page, title_el, house)


# words a product URL's slug may open with before the title's words that name no maker
_SLUG_LEAD = re.compile(
    r"(?:the|buy|new|shop|product|item|p|(?:wo)?mens?|ladies|kids|girls|boys|baby|unisex)+"
)


def _slug_names_another(page: Layout, title_el: Any, house: str) -> bool:
    """The page's own URL writes a name before the title's words in the product's slug, not the
    house's, a department or a shop word (`_SLUG_LEAD`): Nordstrom's "/s/keepsake-the-label-be-the-
    one-sleeveless-dress/4608472" for "Be the One Sleeveless Dress", a retailer filing the product
    under its maker."""
    title = _squash(visible_text(title_el))[:16]
    if len(title) < 6:
        return False
    for seg in urlsplit(page.base).path.split("/"):
        slug = _squash(_PAGE_EXT.sub("", seg))
        i = slug.find(title)
        lead = slug[:i] if i > 0 else ""
        if len(lead) >= 3 and lead != _squash(house) and not _SLUG_LEAD.fullmatch(lead):
            return True
    return False


# a marketplace storefront named after the brand it sells officially ("Samsung Official Store",
# "Anker Official Shop", "Xiaomi Flagship Store", "Nike Official")
_OFFICIAL_STORE = re.compile(
    r"^(.{2,30}?)\s+(?:official\s+(?:store|shop|flagship(?:\s+store)?)|flagship\s+store|official)$"
    # Mercado Libre's "Tienda oficial Samsung" over the title, Mercado Livre's "Loja oficial Samsung"
    r"|^(?:tienda|loja)\s+oficial\s+(?:de\s+|da\s+|do\s+)?(.{2,30}?)$"
    # Shopee TW's / momo's "Samsung 三星官方旗艦店", Korean open markets' "LG전자 공식스토어", Allegro's "Xiaomi
    # Oficjalny Sklep" (test_brand_review6)
    r"|^(.{2,30}?)\s*(?:官方旗艦店|官方旗舰店|旗艦店|旗舰店|官方館|공식\s?(?:스토어|판매처|몰|대리점))$"
    r"|^(.{2,30}?)\s+oficjalny\s+sklep$",
    re.I,
)


def _official_store(page: Layout, title_el: Any) -> str | None:
    """The brand of a marketplace's official storefront (`_OFFICIAL_STORE`: "Samsung Official
    Store") when the title heading opens with that name (`_title_opening`): Tokopedia's, Shopee's,
    Lazada's brand stores. A reseller's shop named otherwise, or a title opening with another
    name, gives none."""
    if title_el is None:
        return None
    for node, text in page.text_nodes():
        m = _OFFICIAL_STORE.match(_shown_line(text)) if len(text) <= 60 else None
        if m is None or hidden(node.getparent()):
            continue
        name = next(g for g in m.groups() if g).strip()
        # the Latin name of a store named in both scripts ("Samsung 三星" of "Samsung 三星官方旗艦店")
        latin = _LATIN_BESIDE.fullmatch(name)
        for said in (name, (latin.group(1) or latin.group(2)).strip() if latin else ""):
            opening = _title_opening(page, title_el, _squash(said)) if 1 <= len(said.split()) <= 3 else None
            if opening and tokens(opening) == tokens(said):
                return opening
    return None


def _dash_heading_brand(page: Layout, title_el: Any) -> str | None:
    """The first of the title heading's " - " parts (1-3 words, no digit, not a department) when
    the document title writes the same words glued to the next part's opening: Best Buy's heading
    "Sony - WH-1000XM5 Wireless Noise-Canceling Headphones - Black" titled "Sony WH-1000XM5 Wireless
    ... - Best Buy". A name split by dashes the document title repeats as it is ("Linen Shirt - Blue -
    XL | Shop") is a name and its options."""
    if title_el is None or not page.doc_title:
        return None
    # a bar parts them as a dash does ("Chaco | Z/1 Classic Sandal - Men's" titled "Chaco Z/1 Classic ..."; the
    # lead's tenth probe)
    parts = [p.strip() for p in re.split(r"\s+[-|]\s+", _shown_line(visible_text(title_el)))]
    if len(parts) < 2 or not parts[1]:
        return None
    first = parts[0]
    if (
        not (1 <= len(first.split()) <= 3 and len(first) <= 30)
        or re.search(r"\d", first)
        or _DEPARTMENT.match(first)
    ):
        return None
    glued = f"{first} {' '.join(parts[1].split()[:2])}".casefold()
    doc = _shown_line(page.doc_title).casefold()
    return first if doc.startswith(glued) else None


def _title_prefix_in_url(page: Layout, title_el: Any) -> str | None:
    """The 1-3 words the document title less the shop's part writes before the whole title heading (no digit, not
    a department or a verb of buying), when the page's URL writes them too: "KEEN" of "KEEN Newport H2 Sandal -
    Men's | Shoe Shop" over the heading "Newport H2 Sandal - Men's" at "/keen-newport-h2-mens" (a shop's SEO title
    and slug name the maker the heading leaves out), the URL's last segment opening with them. Source: the lead's
    tenth probe."""
    if title_el is None or not page.doc_title:
        return None
    heading = _shown_line(visible_text(title_el))
    doc = _doc_product_title(page)
    if not heading:
        return None
    if doc.casefold().endswith(heading.casefold()) and len(doc) > len(heading):
        prefix = doc[: len(doc) - len(heading)].strip(" |-–:,")
    elif not (prefix := _prefix_before_opening(page, doc, heading)):
        return None
    words = tokens(prefix)
    if not 1 <= len(words) <= 3 or re.search(r"\d", prefix) or _DEPARTMENT.match(prefix):
        return None
    if re.match(r"(?i)(?:buy|shop|order|sale|new|free|hot|best)\b", prefix):
        return None
    # the URL's last segment opens with them (a category's folder earlier in the path names no maker)
    slug = unquote(urlsplit(page.base).path.rstrip("/").rsplit("/", 1)[-1])
    return prefix if tokens(slug.replace("-", " ").replace("_", " "))[: len(words)] == words else None


def _prefix_before_opening(page: Layout, doc: str, heading: str) -> str:
    """The words the document title (less the shop's part) `doc` writes before the title heading's first
    three words or more, where it goes on with them but not with the whole heading (a Yahoo Store's
    "Weber Genesis II E-310 Gas Grill - Grills Direct" over "Genesis II E-310 Liquid Propane Gas Grill");
    "" when it does not, when the words are a link's text on the page (a menu's or crumb's category:
    "Gas Grills 3-Burner Propane Grill" beside the crumb "Gas Grills"), or when the host spells them (the
    origin Made-in-China.com writes before its sellers' titles, "China Men Sneakers ..."). Source:
    test_brand_review9."""
    said, doc_words = tokens(heading), tokens(doc)
    if len(said) < 3:
        return ""
    for n in range(1, 4):
        if len(doc_words) < n + 3 or doc_words[n : n + 3] != said[:3]:
            continue
        parts = doc.split()
        if len(parts) < n + 3 or tokens(" ".join(parts[:n])) != doc_words[:n]:
            return ""
        prefix = " ".join(parts[:n]).strip(" |-–:,")
        links = {_squash(visible_text(a)) for a in page.root.xpath("//a[@href]")[:3000]}
        host = _squash(urlsplit(page.base).hostname or "")
        return "" if _squash(prefix) in links or _squash(prefix) in host else prefix
    return ""


# a title opening with a one-word name and its trade-mark sign ("Crocs™ Adult Classic Clogs", "YETI®
# Rambler Tumbler"), or two words in capitals ("RAY-BAN®", "THE NORTH FACE®" is three: left)
_MARKED_OPENING = re.compile(r"^([^\W\d_][\w'&.-]*|[A-Z0-9&'.-]+\s[A-Z0-9&'.-]+)\s?[™®]\s+\S+\s+\S")


def _marked_opening(page: Layout, title_el: Any) -> str | None:
    """The one word (or two in capitals) with a trade-mark sign that opens the title heading, more
    words after it, on a multi-brand shop's page (`_other_makers`), when the document title less the
    shop's part opens with it too: Dick's "Crocs™ Adult Classic Clogs", REI's "YETI® Rambler
    Tumbler". On a brand's own shop such a mark is its product line's ("Align™ High-Rise Pant"), a
    department word opening the title is no brand ("Men's Better Sweater®")."""
    if title_el is None:
        return None
    m = _MARKED_OPENING.match(_shown_line(visible_text(title_el)))
    if not m or _DEPARTMENT.match(m.group(1)) or not _other_makers(page):
        return None
    words = tokens(m.group(1))
    return m.group(1) if _product_part(page)[: len(words)] == words else None
