"""The item code (SKU) of a product page without structured data, in the languages of the big
marketplaces.

Shops write the code as a labelled value ("SKU: NP-TB750", "Art.-Nr. 4711", "Réf. VC-2040",
"货号：HY-CS-030", "품번: BT-500", "Šifra: AL-CP-120", "Артикул: 152233", "ASIN ‏:‎ B01KLOA1PI"), in an
element named for it (`.sku`, `itemprop=sku`, `.product-reference`, `.item_number`), or in a form's
hidden field / data attribute (`<input type=hidden name=ASIN>`, `data-product-sku`). `find_sku` tries
these from the most to the least specific; model and part numbers are the last resort. Pure
functions over a parsed page (`crawler.heuristics.Page`); no I/O.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

from knockoff.crawler.codes import gtin as valid_gtin
from knockoff.crawler.codes import gtin14, listed_gtin
from knockoff.crawler.heuristics import Page, visible_text
from knockoff.crawler.heuristics.brands import labelled
from knockoff.crawler.heuristics.dom import (
    MONEY,
    closed,
    element_names,
    hidden,
    shut_within,
    text_pieces,
    under_other_items_heading,
)
from knockoff.crawler.heuristics.photos import other_items_block
from knockoff.crawler.heuristics.titles import BRACKET_CODE
from knockoff.crawler.values import clean_text

# labels of the item code; the value follows in the same text ("SKU: X") or in the next one
_LABELS = (
    # the Spanish "Cód. producto" / "Cód. artículo" (Argentine chains; issue 14's fifth sku review), before
    # the bare "cód." below would take "producto: 990214" as its value
    r"cód\.?\s*(?:de\s+)?(?:producto|artículo|art\.)|"
    # issue 14's sixth sku review: the seller's own code of a marketplace or Tiendanube listing ("SKU del
    # vendedor: DS-COPA3-42", "Seller SKU"), an Argentine chain's "Código interno: 3004567" beside the
    # maker's "Modelo", before the bare "sku" / "código" below would take "del vendedor: ..." as the value
    r"sku\s+(?:del|de|do)\s+(?:vendedor|produto|producto)|seller\s*sku|(?:código|cód\.?)\s+interno|"
    r"sku|asin|item\s*(?:#|no\.?|number|code|id)|product\s*(?:code|id|number|no\.?|#)|article\s*(?:no\.?|number)|"
    # US retailers' bare "Item" before the number (Costco "Item 1701234", Academy "Item 123456789", Sephora's
    # upper-case "ITEM 2178632"): alone in its text or before 5+ digits closing it (not "Item 1 of 4"; the lead's
    # ninth probe, stop 39)
    r"item(?=\s*[:：]?\s*(?:\d{5,}\s*)?$)|"
    # a fashion shop's number of the style ("Style no. AK-2291-CHR", "Style # 80412"), and the bare "Style" before a
    # colon (Nike's "Style: DD1391-100"; its value must read as a code: not "Style: Casual"; the lead's ninth probe)
    r"style\s*(?:#|no\.?|number|code)|style(?=\s*[:：])|"
    # English catalogue and stock codes ("Catalog #: 12-345", "Cat. No. AB-12", "Stock code: HG-AP-001",
    # H&M's "Art. No.: 0987654")
    # Argos' "Cat no: 844/2031" (its catalogue number written without the dot; issue 14's twelfth sku review)
    # only before a colon or alone
    r"catalog(?:ue)?\s*(?:#|no\.?|number)|cat\.\s*no\.?|cat\s+no\.?(?=\s*[:：]|\s*$)|stock\s*code|art\.\s*no\.?|"
    # the bare "Art." (artículo / articolo) of Argentine and Italian chains ("Art. 990214" under Frávega's
    # heading) only before a number of 5+ digits ending its text: not "Art. 13 GDPR" in a footer, nor
    # the German "Art" (kind) of a spec row
    r"art\.(?=\s*\d{5,}\s*$)|"
    # the French "UGS" (unité de gestion de stock, Magento's French label of the SKU), alone or before a colon
    r"ugs(?=\s*[:：]|\s*$)|unité de gestion de stock|"
    r"artikelnummer|artikel-?nr\.?|art\.?\s*-?\s*nr\.?|bestellnummer|best\.?-?nr\.?|"
    # French and Swiss shops' item numbers ("Référence produit : X", Darty / Fnac "Réf. article", Manor
    # and Migros "N° d'article", "Numéro d'article"); Dutch / German "Productcode" / "Produktcode"
    r"(?:référence|réf\.?) (?:produit|article|de l'article)|n°\s*d'article|no\.? d'article|numéro d'article|"
    r"productcode|produktcode|"
    # Conrad's "Bestell-Nr.: 1234567" (the catalogue's order code of the item)
    # PrestaShop's Slovenian and Croatian "Referenca:" (its "Reference" field; issue 14's twelfth sku review)
    r"bestell-?nr\.?|référence|réf\.?|reference|referência|referenca|ref\.?|"
    r"code article|code produit|codice(?: articolo| prodotto)?|riferimento|cod\.?(?: art\.?| articolo| prodotto| produs| articol)?|referencia|"
    r"código(?: de producto| do produto| del producto| de artículo| del artículo)?|cód\.?(?: do produto| do item)?|artikelcode|artikelnr\.?|numer katalogowy|"
    r"kod produktu|kód produktu|katalogové číslo|šifra(?: proizvoda| artikla| izdelka)?|koda(?: izdelka| artikla)?|"
    r"kataloški broj|"
    # the Slovenian catalogue number of a tools or parts shop ("Kataloška številka: DF333DSAE"), before an EAN
    r"kataloška (?:številka|št\.)|"
    # the Croatian abbreviation "Kat. br." (kataloški broj) of tools shops, the item numbers "Broj artikla" (hr)
    # and "Številka artikla" / "Št. artikla" (sl) of furniture and DIY shops ("Broj artikla 802.758.87")
    r"kat\.\s*br\.|broj artikla|(?:številka|št\.) artikla|артикул|код товара|тауар коды|(?:商品)?貨號|(?:商品)?货号|商品編號|商品编号|商品代碼|"
    # Taiwanese shops' "商品料號" (item material number), Croatian "Kod proizvoda" (issue 14 review)
    r"(?:商品)?料號|(?:商品)?料号|kod (?:proizvoda|artikla)|"
    r"商品番号|商品コード|品番|品號|품번|상품\s*코드|상품\s*번호|자체\s*상품\s*코드|"
    # issue 14's seventh sku review: Taiwanese fashion shops' "款號" (style number: "款號：AW24-KN018") and
    # "產品編號" (product number), the Kazakh "Өнім коды" (product code; "Тауар коды" above), Korean
    # shops' "제품코드" / "제품번호" (product code / number), the Argentine "Nro. de artículo" / "N° de artículo"
    # (not eBay's "Número de artículo de eBay", read above)
    r"(?:商品)?款[號号]|產品編號|产品编号|өнім коды|제품\s*코드|제품\s*번호|(?:nro\.?|n[º°]\.?|número)\s*de\s+artículo(?!\s+de\s+ebay)|"
    # nl/de/da/no/fi/hu/tr/vi/th/id shop labels
    r"productnummer|produktnummer|bestelnummer|varenummer|varenr\.?|tuotenumero|tuotekoodi|cikkszám|termékkód|"
    r"ürün kodu|stok kodu|mã sản phẩm|mã hàng|"
    # the Vietnamese abbreviation (Thế Giới Di Động, FPT Shop "Mã SP: 321771")
    r"mã sp\.?(?=\s*[:：]|\s*$)|"
    r"รหัสสินค้า|kode produk|kode barang|"
    # a marketplace's own item number (The Home Depot "Internet #204279858", a department store's
    # "Web ID: 3312254"), an old shop's or a car
    # dealer's "Stock #: HO-2231" (its own number of the item, not a count in stock); ar/he/el labels
    # "κωδικός" alone is any code (a coupon's: "Κωδικός έκπτωσης"): a label only before a colon or alone
    r"internet\s*(?:#|no\.?|number)|web\s*id|stock\s*(?:#|no\.?|number)|رمز المنتج|رقم المنتج|كود المنتج|رقم الصنف|מק[\"״]ט|"
    r"κωδικός (?:προϊόντος|είδους)|κωδικός(?=\s*[:：]|\s*$)|"
    # ro/cs/sk/hu/pl/tr/el shop labels (eMAG "Cod produs", Alza "Kód", Allegro "Kod"); the bare cs/sk/pl
    # "kód"/"kod" is any code ("Kód kupónu", "Kod pocztowy"): a label only before a colon or alone
    r"cod intern|kód (?:zboží|tovaru|položky)|objednací kód|číslo (?:produktu|zboží|tovaru)|"
    r"katalógové číslo|kód(?=\s*[:：]|\s*$)|kod (?:towaru|katalogowy)|kod(?=\s*[:：]|\s*$)|termékazonosító|"
    # the bare Russian "Код" likewise (a coupon's "Код купона" goes on)
    r"код(?=\s*[:：]|\s*$)|"
    r"termékszám|ürün (?:no|numarası)|stok no|κωδ\. (?:προϊόντος|είδους)|"
    # uk/bg/sr/lt/lv/et/cs/es shop labels (Rozetka "Код товару", Technopolis "Код на продукта", Gigatron
    # "Шифра", Pigu "Prekės kodas", 1a.lv "Preces kods", Kaup24 "Tootekood", OBI.cz "Objednací číslo",
    # Leroy Merlin ES "Código de artículo"); the Russian abbreviation "Арт." of "Артикул" (ВсеИнструменты
    # "Арт. 435.1.0.00") with its dot; the Polish "Symbol" / "Indeks" only before a colon or alone
    r"код товару|код (?:на )?продукта|продуктов код|каталожен номер|шифра(?: (?:производа|артикла))?|"
    r"prekės kodas|preces kods|tootekood|objednací číslo|арт\.|"
    # issue 14's fifth sku review: the Spanish abbreviation "Cód. producto" / "Cód. artículo" (Argentine
    # chains), eBay's item number in French, Italian and Spanish ("Numéro de l'objet eBay", "Numero
    # oggetto eBay", "Número de artículo de eBay"); "Cód. producto" opens `_LABELS` (before "cód.")
    r"numéro de l'objet(?: ebay)?|numero (?:dell')?oggetto(?: ebay)?|número de artículo de ebay|"
    r"symbol(?=\s*[:：]|\s*$)|indeks(?=\s*[:：]|\s*$)"
)
# the label ends at a colon, a space or the end of the text ("Marketplace" is not "Marke" + "tplace");
# the value is the rest, up to the next code's label in the same text (The Home Depot: "Internet #
# 204279858 Model # DCD771C2 Store SKU # 1000021456")
_NEXT_LABEL = (
    r"(?:\s+(?:store\s+)?(?:model|sku|upc|ean|gtin|item|part|mpn|internet)\s*(?:#|no\.|number\b|:).*"
    # or any other label after a wide gap or a separator, with its colon or "#" ("Item #: N82E16834840123
    # &nbsp; Return Policy: Standard", "Item ID: 1500000123 &nbsp; POS #: L94512", "Style No. 4120123456; Color
    # Code: 001"; the lead's ninth probe)
    r"|(?:\s{2,}|\s*[|·•;,]\s*)[^\W\d][^:：#|·•;,]{0,30}(?:[:：]|#).*)?"
)
# a label closing with "#" runs into its value ("Item #TF-SPK-220")
_LABEL_END = rf"(?:\s*[:：#.]\s*|\s+|$|(?<=#))(.*?){_NEXT_LABEL}$"
# a manufacturer's reference ("Référence du fabricant", "Referencia del fabricante") is a model
# number (`_MODEL_LABEL`), not the shop's reference
_MAKERS_REF = (
    r"(?:référence|réf\.?|reference|ref\.?|referencia|código|codice|cod\.?)\s+(?:du |del |de |do |of the )?"
    r"(?:fabricant|fabricante|produttore|manufacturer|constructeur|producător|producator)"
)
# a label in brackets runs into its value too: Japanese and Korean shops' "【商品番号】kt-1000-bk",
# "[상품코드] TB-470-SV"
_BRACKETED_END = rf"(?:\s*[:：#.]\s*|\s+|$|(?<=[#】\]」]))(.*?){_NEXT_LABEL}$"
_SKU_LABEL = re.compile(
    rf"^(?:[【\[「](?=[^】\]」]{{1,20}}[】\]」]))?(?!{_MAKERS_REF})(?:{_LABELS})[】\]」]?{_BRACKETED_END}",
    re.I,
)
# weaker: a model or part number names the product line, not the shop's item
_MODEL_LABELS = (
    r"model\s*(?:#|no\.?|number)|item model number|mpn(?: \(manufacturer part number\))?|part\s*(?:#|no\.?|number)|"
    rf"modellnummer|kod producenta|kód výrobce|kód výrobcu|gyártói cikkszám|üretici kodu|κωδικός κατασκευαστή|"
    rf"(?:manufacturer|mfr\.?|mfg\.?)\s*(?:part\s*)?(?:#|no\.?|number)|manufacturer reference|{_MAKERS_REF}|"
    r"herstellernummer|numéro du modèle(?: de l'article)?|numero modello(?: articolo)?|número de modelo|(?:メーカー|製品)?型番|"
    # Taiwanese shops' "產品型號" / "規格型號" / "商品型號" (issue 14's seventh sku review) and the bare "型號"
    r"(?:產品|产品|商品|規格|规格)?型[號号]|"
    # the maker's numbers of issue 14's seventh sku review: German shops' "HAN" (Herstellerartikelnummer) before a
    # colon or alone in its cell, Dutch "Typenummer", Russian "Партномер" / "Парт-номер" (Kazakh electronics
    # chains) and "Код производителя", the Spanish "Número de parte" / "N° de parte" / "Número de pieza"
    r"han(?=\s*[:：]|\s*$)|typenummer|парт-?\s?номер|код производителя|"
    r"(?:número|nro\.?|n[º°])\s*de\s+(?:parte|pieza)|"
    # part numbers of the markets' languages (round 5): "P/N" before a colon or alone (Kazakh and Russian
    # electronics shops), Mercado Libre's "Modelo alfanumérico" (copied by Argentine shops), German
    # "(Hersteller-)Teilenummer", French "Numéro de pièce", Italian "Numero (di) parte"
    r"p/n(?=\s*[:：]|\s*$)|modelo alfanumérico|(?:hersteller-?)?teilenummer|numéro de pièce|numero (?:di )?parte|모델명|모델번호|رقم الموديل|رقم الطراز|"
    # the bare Hebrew/Greek "model" ("דגם 2024": a model year) only before a colon or alone in its cell;
    # so the bare "Model" of a spec table or a "Model: WH1000XM5/B" line ("Model wears size M" is prose)
    r"(?:דגם|μοντέλο|model|modelo|modello|modèle|modell|модель)(?=\s*[:：]|\s*$)"
)
_MODEL_LABEL = re.compile(rf"^(?:{_MODEL_LABELS}){_LABEL_END}", re.I)
# "SKU: X" inside running text (the code holds a digit)
SKU_TEXT = re.compile(
    r"(?<![A-Za-z])(?:SKU|Art(?:ikel)?\.?\s*-?\s*Nr|Artikelnummer|Cod(?:ice|\.)\s*art(?:icolo)?|Item\s*(?:#|No|number|ID)"
    # the bare "Item" before 5+ digits (Sephora's "Size 0.12 oz · ITEM 2178632"; the lead's ninth probe)
    r"|Item(?=\s+\d{5,}\b)"
    r"|Product\s*(?:code|ID)|Model\s*(?:#|No|number)|Ref(?:erence)?|Réf|MPN|Part\s*(?:#|No)"
    # the Russian "Артикул" / "Код товара" written in running text ("(Артикул: MK-JS-BLK-01)" after a name)
    r"|Артикул|Код\s+товара)(?:(?<=#)|(?![A-Za-zА-Яа-яЁё]))"
    r"\.?\s*[:#]?\s*((?=[A-Za-z0-9._/-]*\d)[A-Za-z0-9][A-Za-z0-9._/-]{1,40})",
    re.I,
)
# a code holds a digit, or is upper-case parts joined by -_./ ("KT-DBV-S"): not "Quantity", "SKU"; its
# letters are Latin or Cyrillic (Russian shops write model codes in Cyrillic: Interskol "П-26/800ЭР")
_CODE = re.compile(
    r"(?=[^\d]*\d)[A-Za-z0-9А-Яа-яЁё][A-Za-z0-9А-Яа-яЁё._/-]{1,39}|[A-ZА-ЯЁ]{1,12}(?:[-_./][A-ZА-ЯЁ0-9]{1,12}){1,5}"
)
# what a shop prints where it has no code (WooCommerce "SKU: N/A" for an empty SKU field; "n/a",
# "None", "null", "-", "nicht verfügbar"): the whole value, not a code that opens with such letters
# ("NA-1234", "N/A-12")
_NO_CODE = re.compile(
    # the Spanish "N/D" (no disponible: WooCommerce's Spanish "SKU: N/D" of an empty field; issue 14's twelfth
    # sku review)
    r"n\s*/\s*a|n\s*/\s*d|n\.\s*a\.?|k\.\s*a\.?|none|null|nil|undefined|unknown|tbd|[-–—/.]+|0+|"
    r"not (?:available|applicable)|does not apply|nicht (?:verfügbar|vorhanden|zutreffend)|keine angabe|"
    r"non disponible|no disponible|não disponível|non disponibile|нет|отсутствует",
    re.I,
)
# id/class/itemprop words (crawler.heuristics.dom.element_names: lower case, words joined by '-')
_SKU_NAMES = re.compile(
    r"\bsku\b|-sku\b|\bsku-|article-*(?:number|code|nr)|item-*(?:number|code)|product-*(?:code|reference|ref|sku)"
    r"|\breference\b|\bjs-sku\b|order-*number|product-*number|art-*nr\b"
)
# a variant chooser named for the codes it switches (VTEX's "skuSelectorContainer" / "skuSelectorItem",
# "sku-picker", "sku-swatch"): its items are sizes and colours ("40"), no code (the lead's probe, stop 37)
_SKU_CHOOSER = re.compile(r"sku-*(?:selector\w*|picker\w*|options?\b|swatch\w*|variations?\b|select\b)")
# a reference written after the colour name and a bar (Inditex: Zara, Massimo Dutti, Pull&Bear write
# "Blanco | 2298/162/250", "Ecru | 0624/309"): one to three words of letters, then 2-4 groups of 3-5
# digits joined by slashes; a date (12/05/2024, 2024/05/12) has groups of two digits, a price no slash
_COLOUR_REF = re.compile(r"^[^\W\d_]+(?:[ '-][^\W\d_]+){0,2}\s*\|\s*(\d{3,5}(?:/\d{3,5}){1,3})$")
# the cart form's hidden code field: Amazon's `name="ASIN"`, `name="sku"`, and names closing with "sku"
# (`product_sku`, `item_sku`, `variantSku`: custom shops' and Magento extensions' carts)
_HIDDEN_FIELDS = (
    "//input[@type='hidden'][translate(@name, 'ASINKU', 'asinku')='asin' or @id='ASIN' or "
    "translate(@name, 'SKU', 'sku')='sku' or (string-length(@name) > 3 and "
    "translate(substring(@name, string-length(@name) - 2), 'SKU', 'sku')='sku')]/@value | "
    "//*[@data-product-sku]/@data-product-sku | //form[@data-sku]/@data-sku"
)
# weaker: a cart form's hidden product code (Miva Merchant's `<input type="hidden" name="Product_Code">` beside its
# "Code: ASM-TGFOP-16" line; the lead's tenth probe), read only where the page shows no labelled code (a bundle's
# form of "frequently bought together" sends an accessory's)
_PRODUCT_CODE_FIELDS = (
    "//form//input[@type='hidden'][translate(@name, 'PRODUCTE', 'producte')='product_code' or "
    "translate(@name, 'PRODUCTE', 'producte')='productcode']/@value"
)


# data attributes holding a JSON list of the product's variants, each with its code (Shopify themes'
# `data-variants`, WooCommerce's `data-product_variations`, Squarespace's `data-variants`)
_VARIANT_JSON = "//*[@data-variants or @data-product_variations or @data-product-variants]"
# JSON scripts holding the product's variants: Shopify themes' `<script type="application/json"
# data-variants>` / `id="ProductJson-..."` (the product object, its `variants` list)
_VARIANT_SCRIPTS = (
    "//script[@type='application/json'][@data-variants or @data-product-json or "
    "starts-with(translate(@id, 'PRODUCTJSN', 'productjsn'), 'productjson')]"
)


def _variant_lists(page: Page) -> list[tuple[list[Any], bool]]:
    """The variant lists of the product (`_VARIANT_JSON` attributes, `_VARIANT_SCRIPTS` scripts; a
    script's product object gives its `variants`), outside menus and product cards, each with
    whether it came from a script (a Shopify product's, whose first available variant is the one
    the page shows)."""
    out = []
    nodes = [(el, False) for el in page.root.xpath(_VARIANT_JSON)[:5]]
    nodes += [(el, True) for el in page.root.xpath(_VARIANT_SCRIPTS)[:5]]
    for el, script in nodes:
        if any(page.context(el)):
            continue
        raw = el.text if script else None
        raw = (
            raw
            or el.get("data-variants")
            or el.get("data-product_variations")
            or el.get("data-product-variants")
        )
        try:
            variants = json.loads(raw or "")
        except ValueError:
            continue
        if isinstance(variants, dict):
            variants = variants.get("variants")
        if isinstance(variants, list):
            out.append(([v for v in variants if isinstance(v, dict)], script))
    return out


def _one_variant_code(page: Page) -> str | None:
    """The code of the shown variant, read from the variants' JSON (`_variant_lists`:
    `[{"id": 40112, "sku": "1145MB", ...}]`): the variant whose `id` the page URL's `variant=`
    names (Shopify); else the one code all variants share; else, from a Shopify product script, its
    first available variant's (`selected_or_first_available_variant`, what the page shows). None
    for several codes of an attribute (which variant is the listing's is not said) or no JSON."""
    picked = re.search(r"[?&]variant=(\d+)(?:[&#]|$)", page.base or "")
    for variants, script in _variant_lists(page):
        if picked:
            named = [v for v in variants if str(v.get("id")) == picked.group(1)]
            if named and (code := _code(str(named[0].get("sku") or ""))):
                return code
        codes = {_code(str(v.get("sku"))) for v in variants if v.get("sku")}
        if len(codes) == 1 and None not in codes:
            return codes.pop()
        shown = next((v for v in variants if v.get("available") is not False), None)
        if script and codes and shown and (code := _code(str(shown.get("sku") or ""))):
            return code
    return None


def _data_code(page: Page) -> str | None:
    """The code a `data-sku` attribute holds on the product's block (the first shown one outside
    menus and product cards: a card's `data-sku` is another item's), or None. A variant selector's
    choices are no such block: `_chosen_code` reads them."""
    for el in page.root.xpath("//*[@data-sku]")[:50]:
        if el.tag == "script" or _chosen_variant(el) is not None or any(page.context(el)) or hidden(el):
            continue  # a card's, a hidden variant's (Microsoft's "x-hidden" tables of other models)
        if code := _code(el.get("data-sku")):
            return code
    return None


# the choices of a variant selector that carry their codes: a `<select>`'s options, radios, and (issue 14's
# sixth sku review) swatch buttons or list items with an ARIA state or a role of a choice, or two or more
# siblings carrying codes
_CHOICES = (
    "//option[@data-sku] | //input[@data-sku] | //*[@data-sku][@aria-pressed or @aria-checked or "
    "@aria-selected or @role='radio' or @role='option'] | //*[@data-sku][count(../*[@data-sku]) > 1]"
)


def _chosen_code(page: Page) -> str | None:
    """The `data-sku` of the variant chosen on the product's selector (`_chosen_variant`: a Shopify
    theme's `<option selected data-sku="6K-FQWD-EIC3">`, a size picker's checked radio) outside menus
    and product cards, or None (no choice made: which variant is the listing's is not said)."""
    for el in page.root.xpath(_CHOICES)[:50]:
        if _chosen_variant(el) and not any(page.context(el)) and (code := _code(el.get("data-sku"))):
            return code
    return None


def _hidden_field(page: Page, fields: str = _HIDDEN_FIELDS) -> str | None:
    """The code of the first cart field or attribute of `fields` (`_HIDDEN_FIELDS`) outside menus and product
    cards (a related card's quick-add form sends that item's `product_sku`), or None."""
    for raw in page.root.xpath(fields)[:20]:
        holder = raw.getparent()
        if holder is not None and any(page.context(holder)):
            continue
        if code := _code(str(raw)):
            return code
    return None


def _chosen_variant(el: Any) -> bool | None:
    """Whether `el`, a choice of a variant selector, is the chosen one: a `<select>`'s `<option
    selected>` or a checked radio / checkbox (a size picker whose choices carry their codes,
    `<option value="1102" data-sku="OXF-SL-AZ-40" selected>`, `<input type="radio" data-sku="CB-BR-43"
    checked>`: the variant the page shows; the first of several not chosen is a guess); a swatch button or
    list item carrying its code among siblings carrying others (`_other_choices`) is chosen by its ARIA
    state (`aria-pressed` / `aria-checked` / `aria-selected="true"`) or, without one, a state class
    (`_STATE_CLASS`). None when `el` is no such choice. A chosen radio may be visually hidden behind its styled label (`_chosen_code`
    does not ask `hidden`)."""
    if el.tag == "option":
        return el.get("selected") is not None
    if el.tag == "input" and (el.get("type") or "").lower() in ("radio", "checkbox"):
        return el.get("checked") is not None
    if el.get("data-sku") is None or el.tag == "input":
        return None
    # a swatch that is a button or list item (issue 14's sixth sku review): its ARIA state, else, among
    # siblings carrying other codes, a state class ("swatch is-selected")
    for state in ("aria-pressed", "aria-checked", "aria-selected"):
        if el.get(state) is not None and _other_choices(el):
            return el.get(state) == "true"
    if _other_choices(el):
        return bool(_STATE_CLASS.search(el.get("class") or "")) or _only_shown(el)
    return None


def _only_shown(el: Any) -> bool:
    """`el` is the one shown of its siblings carrying codes, the others hidden (Microsoft's tech-spec
    tables, one per model, all but the chosen model's `x-hidden`: the dev dump's train page lost its
    sku to the sixth sku review's sibling choices; the lead, stop 37)."""
    parent = el.getparent()
    others = [s for s in parent.iterchildren() if s is not el and s.get("data-sku") is not None]
    return not hidden(el) and bool(others) and all(hidden(s) for s in others)


# the class words of a chosen swatch ("is-selected", "swatch--active", "selected", "checked", "current")
_STATE_CLASS = re.compile(
    r"(?<![\w-])(?:is-|\w+--)?(?:selected|active|checked|current|chosen)(?![\w-])", re.I
)


def _other_choices(el: Any) -> bool:
    """`el`'s siblings carry `data-sku` codes other than its own: `el` is one choice of a variant picker
    (a wishlist button beside the buy button, both with the item's code, is none)."""
    parent = el.getparent()
    own = el.get("data-sku")
    return parent is not None and any(
        sib is not el and sib.get("data-sku") not in (None, own) for sib in parent.iterchildren()
    )


def _in_linked_card(page: Page, el: Any) -> bool:
    """`el` sits in a repeated card (`Layout.context`) that links to a page within its 3 nearest
    ancestors: another product's tile ("SKU: KEF-LS50M" under a linked name), not a line of a
    details list ("<li>Item #5354134</li>" among the product's own facts)."""
    if not page.context(el)[1]:
        return False
    for node in [el, *list(el.iterancestors())[:3]]:
        if node.tag in ("body", "html"):
            return False
        if any((h or "").strip()[:1] not in ("", "#") for h in node.xpath(".//a/@href")):
            return True
    return False


def _in_named_card(page: Page, el: Any, title_el: Any) -> bool:
    """`el` sits in another product's card shown alone that names its item (`Layout.named_card_of`, not
    holding the title element `title_el`) and that card shows a currency amount, as a product's card does:
    one "customers also viewed" card's "Item#: N82E16834236999". A details block of the product's own with
    a brand's picture link ("Shop all Sony") shows no price. Source: the lead's ninth probe, stop 39."""
    card = page.named_card_of(el, title_el)
    return card is not None and bool(MONEY.search(" ".join(card.itertext())[:2000]))


def _in_frame(el: Any) -> bool:
    """`el` sits in the page's `<header>`, `<footer>` or `<nav>` (a promotion's "Ref #" in the
    footer, an order's number in the header), one outside `<main>` and `<article>` (an article's
    `<header>` around the product's heading is the product's). Only these tags: a container merely
    named like a strip (a breadcrumb bar, a details "module") holds some shops' item lines."""
    ancestors = [a.tag for a in el.iterancestors()]
    for i, tag in enumerate(ancestors):
        if tag in ("header", "footer", "nav"):
            return not {"main", "article"} & set(ancestors[i + 1 :])
    return False


# words of a shopper's order: a line about it ("Ihre letzte Bestellung · Bestellnummer: 302-4412890-
# 1123456") names the order's number with the catalogue's label (German shops' "Bestellnummer" is also
# the item's order code: Conrad "Bestell-Nr.: 1234567"); "Bestellnummer" itself is no such word
_ORDER_WORDS = re.compile(
    r"(?<!\w)(?:bestellung|order|commande|pedido|ordine|zamówieni\w*|заказ\w*|sipariş\w*)(?!\w)|注文|주문|订单|訂單",
    re.I,
)


def _no_order(page: Page) -> Any:
    """An `accept` for `brands.labelled`: the value is a code (`_code`; a label that opens another phrase,
    "Código postal: 1043 CABA", is passed over for the next) and no shopper's order number, i.e. no
    text holding it speaks of an order before it (`_ORDER_WORDS`: a "last order" box in the buy column; "Art.-Nr.
    4711 · Bestellung bis 14 Uhr, Versand heute" names the order after the code, and stays)."""

    def accept(value: str) -> bool:
        if _code(value) is None:
            return False  # no code ("postal: 1043 CABA" after "Código"): the next label may hold one
        return not any(value in t and _ORDER_WORDS.search(t[: t.index(value)]) for _, t in page.text_nodes())

    return accept


# words naming a code before the shop's name (x-kom's "Kod x-kom: 1044312" beside the maker's "Kod
# producenta", "Numer morele: 123") or after it ("Alza nr.", "x-kom #"); "code" only before it, as a
# coupon is "Zalando code: ZAL10" but never "Code Zalando"
_SHOP_CODE_BEFORE = r"kod|kód|code|código|codice|cod\.?|numer|nummer|number|nr\.?|no\.?|sku|ref\.?|réf\.?"
_SHOP_CODE_AFTER = r"sku|nr\.?|no\.?|#|id|art\.?-?nr\.?|item\s*(?:number|no\.?|#)"


def _shop_name(url: str) -> str | None:
    """The shop's name as its host writes it: the host's last label before the public suffix ("x-kom"
    of "https://www.x-kom.pl/p/1044312", "mercadolibre" of "articulo.mercadolibre.com.ar"); None for
    a name under 3 characters."""
    labels = (urlsplit(url).hostname or "").lower().split(".")
    labels = [lab for lab in labels if lab not in ("www", "m", "shop")]
    while len(labels) > 1 and (len(labels[-1]) <= 3 or labels[-1] in ("com", "net", "org", "shop", "store")):
        labels.pop()  # "pl", "co.uk", "com.ar"
    return labels[-1] if labels and len(labels[-1]) >= 3 else None


# marketplaces whose URL carries the listing's own id (`url_code`), the code their structured data names
# (issue 14's earlier sku reviews: Amazon's ASIN, eBay's item number, Mercado Libre's MLA id, Coupang's
# product id, Gmarket's goodscode, 11st's and momo's item numbers, Kaspi's slug id; Walmart's "/ip/<slug>/<id>",
# the lead's ninth probe, stop 39): with no code of the
# shop's shown on the page, that id is the listing's sku before the maker's model or part number
# ("Numero modello articolo HX6851/53" on an Amazon.it page whose details list no ASIN row). Source:
# issue 14's sixth sku review. Names as `_shop_name` reads the host.
_MARKETPLACES = frozenset(
    (
        "amazon",
        "ebay",
        "mercadolibre",
        "mercadolivre",
        "coupang",
        "gmarket",
        "11st",
        "momoshop",
        "kaspi",
        "walmart",
    )
)
# marketplaces known by their host where the shop's name is shared with others: Rakuten France's
# "fr.shopping.rakuten.com" (its offer id, "/offer/buy/9876543210/", over the "Modèle" row), not Rakuten
# Ichiba's shops ("item.rakuten.co.jp/biccamera/4549980123456/": a shop's path, a JAN there, before the
# shown 型番). Not Allegro: test_sku_review3 decided its "Kod producenta" is the sku its data names. Source:
# issue 14's seventh sku review.
_MARKETPLACE_HOSTS = re.compile(r"(?:[a-z]{2}\.)?shopping\.rakuten\.com")


def _marketplace(url: str) -> bool:
    """`url` is a page of a marketplace whose URL id names the listing (`_MARKETPLACES`, `_MARKETPLACE_HOSTS`)."""
    return _shop_name(url) in _MARKETPLACES or bool(
        _MARKETPLACE_HOSTS.fullmatch(urlsplit(url).hostname or "")
    )


def _shop_named_code(page: Page) -> str | None:
    """The code the page labels with the shop's own name (`_shop_name`), for shops that show their code
    beside the maker's: "Kod x-kom: 1044312 | Kod producenta: 910-006559" (x-kom), "Numer morele: 123",
    "eBay item number: 296789012345" (over the maker's "Style Code" in its item specifics), "B&H # SOA7IV",
    "Menards ® SKU: 2411234" (a trade-mark sign after the name);
    None where no such label is written (outside menus, footers and cards, as `Page.labelled`)."""
    label = _shop_label(page.base or "")
    return _code(page.labelled(label, 40)) if label else None


@lru_cache(maxsize=64)
def _shop_label(url: str) -> re.Pattern[str] | None:
    """The label of a code named for the shop of `url` (`_shop_named_code`), its value the match's group 1;
    None for a host without a name of 3+ characters (`_shop_name`)."""
    name = _shop_name(url)
    if not name:
        return None
    shop = re.escape(name).replace(r"\-", r"[-\s]?")
    # the shop's name shortened to its first 2 or 3 letters, joined by "&" or "." or nothing, before "#" (B&H
    # Photo's "B&H # SOA7IV" beside "MFR # ILCE7M4/B" on bhphotovideo.com; the lead's ninth probe, stop 39)
    short = "|".join(r"[&.]?\s?".join(map(re.escape, name[:n])) for n in (2, 3) if name[:n].isalpha())
    abbreviated = rf"|(?:{short})\s*#" if short else ""
    return re.compile(
        rf"^(?:(?:{_SHOP_CODE_BEFORE})\s+{shop}|{shop}\s*[®™]?\s*(?:{_SHOP_CODE_AFTER}){abbreviated}){_LABEL_END}",
        re.I,
    )


def _labelled_line(el: Any, url: str) -> str | None:
    """The code of the line of `el` (an element named for the item's code holding several lines: Menards'
    `div.itemNumbers` of "Model Number: 241-1234" and "Menards ® SKU: 2411234") that a shop's label opens
    (`_SKU_LABEL`, or one named for the shop of `url`, `_shop_label`); None where no line opens with one, and
    the element's text is read whole (`_from_text`). Source: the lead's ninth probe, stop 39."""
    lines = [t for t in (clean_text(t, 200) for t in el.itertext()) if t]
    if len(lines) < 2:
        return None
    shop = _shop_label(url)
    for i, line in enumerate(lines):
        for label in (_SKU_LABEL, shop):
            if label is None or not (m := label.match(line)):
                continue
            # a label alone in its text, its value the next text (Best Buy 2017's `div.sku-model` of
            # "<strong>Model:</strong> <span>3001510</span> <strong>SKU:</strong> <span>5388900</span>"; the lead's
            # tenth probe)
            value = m.group(1) or (lines[i + 1] if i + 1 < len(lines) else "")
            if code := _code(value):
                return code
    return None


# a label naming two or three fields at once, one of them the code, over a value of as many parts
# (Korean fashion shops: Musinsa's "브랜드 / 품번 | 나이키 / DV0788-001"; "Brand / Style no."): the label's
# parts are split at any slash, the value's only at a slash between spaces (codes hold slashes: "HD9252/90")
_PAIRED_LABEL_SPLIT = re.compile(r"\s*/\s*")
_PAIRED_VALUE_SPLIT = re.compile(r"\s+/\s+")
_PAIRED_LINE = re.compile(r"^([^:：]{3,40}?)\s*[:：]\s*(.+)$")


def _paired_code(page: Page) -> str | None:
    """The code written under a label of several fields joined by slashes, one of them a code's label
    alone (`_SKU_LABEL` with no value): "브랜드 / 품번" over "나이키 / DV0788-001" gives "DV0788-001", the
    value's part in the label's place, in the same text after a colon or in the next one; outside menus,
    footers and product cards. None where the value has another number of parts. Source: issue 14's
    sixth sku review (Musinsa, 29CM and W Concept write the brand and the maker's style number so)."""
    nodes = page.text_nodes()
    for i, (node, raw) in enumerate(nodes[:3000]):
        text = raw.strip()
        if "/" not in text or len(text) > 80:
            continue
        line = _PAIRED_LINE.match(text)
        label, value = (line.group(1), line.group(2)) if line else (text.strip(" :："), "")
        parts = _PAIRED_LABEL_SPLIT.split(label)
        if not 2 <= len(parts) <= 3 or not all(parts):
            continue
        at = [j for j, part in enumerate(parts) if (m := _SKU_LABEL.fullmatch(part)) and not m.group(1)]
        if len(at) != 1:
            continue
        parent = node.getparent()
        if parent is None or any(page.context(parent)) or _in_frame(parent):
            continue
        if not value:
            value = next((t.strip() for _, t in nodes[i + 1 : i + 4] if t.strip().strip(":：")), "")
        values = _PAIRED_VALUE_SPLIT.split(value.strip(" :："))
        if len(values) == len(parts) and (code := _code(values[at[0]])):
            return code
    return None


# a read-only text field showing the code to copy, named by its `<label for>` or `aria-label` (Kazakh and
# Russian shops' "Артикул" over `<input value="1155203" readonly>` beside a copy button)
_READONLY_INPUTS = "//input[@readonly or @disabled][not(@type) or @type='text'][@value]"


def _input_code(page: Page) -> str | None:
    """The code a read-only text field shows under a code's label alone (`_SKU_LABEL` with no value: its
    `<label for>`, else its `aria-label`), outside menus, footers and product cards; None otherwise (an
    editable field, a coupon's or search field, is the shopper's to fill). Source: issue 14's seventh sku
    review."""
    for el in page.root.xpath(_READONLY_INPUTS)[:20]:
        if any(page.context(el)) or _in_frame(el) or hidden(el):
            continue
        names = [clean_text(el.get("aria-label")) or ""]
        if el.get("id"):
            names += [
                clean_text(" ".join(lab.itertext())) or ""
                for lab in page.root.xpath("//label[@for=$id]", id=el.get("id"))[:2]
            ]
        code = _code(el.get("value"))
        if code and any((m := _SKU_LABEL.fullmatch(n)) and not m.group(1) for n in names if n):
            return code
    return None


def _column_code(page: Page) -> str | None:
    """The code under a column headed by a code's label alone (`_SKU_LABEL`) in a table of one body row
    ("Art.-Nr. | Hersteller-Nr. | EAN" over "1129044 | 0603128500 | 3165140761710": German tools and
    parts shops' article data), outside menus, footers and product cards; None for a table of several
    rows (a variants table: which row is the listing's is not said) and for a row with a link, a button, a
    field or a price (a one-row accessories table: another item's code; round 3). Source: issue 14's
    seventh sku review."""
    for tab in page.root.xpath("//table")[:30]:
        rows = [r for r in tab.xpath(".//tr") if r.xpath("./td|./th")]
        if len(rows) != 2 or any(page.context(tab)) or _in_frame(tab):
            continue
        head, body = rows
        heads, cells = head.xpath("./th|./td"), body.xpath("./td|./th")
        if not head.xpath("./th") or body.xpath("./th") or len(heads) != len(cells) or len(heads) < 2:
            continue
        if body.xpath(".//a | .//button | .//input") or MONEY.search(" ".join(body.itertext())):
            continue  # an accessory's or spare part's row (its link, price or cart button): another item
        for cell, value in zip(heads, cells, strict=True):
            m = _SKU_LABEL.fullmatch(clean_text(" ".join(cell.itertext())) or "")
            if m and not m.group(1) and (code := _code(clean_text(" ".join(value.itertext())))):
                return code
    return None


# the element names of shoppers' talk about the item: reviews, questions and answers, comments (the words
# `dom.element_names` joins with "-"); a code written there is one a shopper asks about or names ("Passt
# die Zeltunterlage Art.-Nr. 1127001?"), not the listing's
_TALK_NAMES = re.compile(
    r"(?<![a-z])(?:reviews?|questions?|answers?|qa|q-a|faq|comments?|testimonials?|qna)(?![a-z])"
)


def _in_talk(el: Any) -> bool:
    """`el` sits in a block named for shoppers' talk (`_TALK_NAMES`: reviews, questions and answers)
    within its 6 nearest ancestors that holds no `<h1>` (a product block named "has-reviews" around the
    heading is the product's). Source: issue 14's seventh sku review."""
    for node in [el, *list(el.iterancestors())[:6]]:
        if node.tag in ("body", "html", "main"):
            return False
        if _TALK_NAMES.search(element_names(node)) and not node.xpath(".//h1"):
            return True
    return False


def _other_text(page: Page, el: Any) -> bool:
    """`el`'s running text is no line of the listing's own: it sits in another product's linked card
    (`_in_linked_card`), in the page's frame (`_in_frame`), in shoppers' talk (`_in_talk`), or in a card
    `Layout.context` counts that is closed by its markup (`dom.closed` on it or an ancestor: a listed item's
    pre-rendered quick view, "SKU: OL-TR28-OL" in a `display:none` dialog; issue 14's seventh sku review), or
    in a block named or headed for other products (`photos.other_items_block`, `dom.under_other_items_heading`:
    a "recently viewed" strip of two items, too few for a card list; benchmarks/eval_field_mutations.py, stop 41)."""
    if _in_linked_card(page, el) or _in_frame(el) or _in_talk(el) or _hidden_variant(el):
        return True  # a card's, the frame's, shoppers' talk, or another variant's code printed hidden
    noise, card = page.context(el)
    if other_items_block(page, el, noise) or under_other_items_heading(el):
        return True  # a "recently viewed" strip's "Item # 4471923" under another item's name
    return card and any(closed(a) for a in [el, *el.iterancestors()])


def _text_code(page: Page, page_text: str) -> str | None:
    """The first code written after "SKU"-like words in the page's text (`SKU_TEXT`) that is
    shown somewhere outside another product's card (`_in_linked_card`), outside the page's
    frame (`_in_frame`) and outside shoppers' talk (`_in_talk`): a related item's "SKU: X" is that
    item's, a footer's "Promo Ref # PRM-2291" a promotion's, a question's "Art.-Nr. 1127001" the
    part a shopper asks about."""
    for m in list(SKU_TEXT.finditer(page_text))[:20]:
        holders = [
            n.getparent() for n, t in page.text_nodes() if m.group(1) in t and n.getparent() is not None
        ]
        if not holders or not all(_other_text(page, el) for el in holders):
            return m.group(1)
    return None


def _code(value: str | None) -> str | None:
    """`value` when it reads as an item code (`_CODE`: one token of Latin or Cyrillic letters,
    digits and ._/- with a digit, or upper-case parts joined by separators), else None; None for a
    placeholder printed where the shop has no code (`_NO_CODE`: "N/A", "None", "-"). An en or em dash
    between the label and the code ("Šifra – 10427999", issue 14's seventh sku review) is no part of it."""
    value = (value or "").strip(" :：#.-–—")
    return value if _CODE.fullmatch(value) and not no_code(value) else None


# a maker's model written in spaced parts (Miele's "WWD 320 WPS" / "G 7110 SCi", Liebherr's "KEf 4310-20"):
# a series of 1-5 letters opening with a capital, 3-5 digits (not a year), up to two short suffixes opening
# with a capital; only as a model label's whole value (issue 14's seventh sku review)
_SPACED_MODEL = re.compile(
    r"[A-Z][A-Za-z]{0,4} (?!(?:19|20)\d\d\b)\d{3,5}(?:-\d{1,3})?(?: [A-Z][A-Za-z0-9]{0,5}){0,2}"
)


def _model_code(value: str | None) -> str | None:
    """`value` as a code (`_code`, or a spaced model, `_SPACED_MODEL`: "WWD 320 WPS") unless it is a year
    alone ("Model: 2024", a model year under the bare "Model" label of `_MODEL_LABEL`) or a length alone
    (`_BODY_MEASURE`: "Model: 185cm", a fashion page's line on the person wearing the item, "Modell |
    188cm" in its details table)."""
    spaced = (value or "").strip(" :：")
    if _SPACED_MODEL.fullmatch(spaced):
        return spaced
    code = _code(value)
    return None if code and (re.fullmatch(r"(?:19|20)\d\d", code) or _BODY_MEASURE.fullmatch(code)) else code


# a length alone, as a fashion page gives the height of the model wearing the item ("185cm", "1.85m",
# "6ft"): no item's model code
_BODY_MEASURE = re.compile(r"\d{1,3}(?:[.,]\d{1,2})?(?:cm|mm|m|in|ft)", re.I)


def no_code(value: str) -> bool:
    """`value` is a placeholder printed where a shop has no item code (`_NO_CODE`, the whole value
    less surrounding spaces: "N/A", "n/a", "None", "null", "-", "nicht verfügbar"), not a code."""
    return bool(_NO_CODE.fullmatch(value.strip()))


def _from_text(text: str | None) -> str | None:
    """The code in an element's text: after a label, after "SKU"-like words, or the text itself."""
    text = clean_text(text, 200) or ""
    # a code written in brackets (Welcart's `<div class="itemcode">(MC-MONTGENEVRE-NV)</div>`; the lead's
    # probe, stop 38)
    text = re.sub(r"^[(\[（【]\s*([^()\[\]（）【】]+?)\s*[)\]）】]$", r"\1", text)
    m = _SKU_LABEL.match(text)
    if m and (code := _code(m.group(1))):
        return code
    m = _MODEL_LABEL.match(text)
    if m and (code := _model_code(m.group(1))):
        return code
    m = SKU_TEXT.search(text)
    if m:
        return m.group(1)
    return _code(text)


def _named_code(page: Page) -> str | None:
    """The code of the first element named for it (`_SKU_NAMES`: `.sku`, `itemprop=sku`) outside menus, product
    cards, form fields and choosers, and not another variant's printed hidden (`_hidden_variant`); None without
    one."""
    for el in page.named(_SKU_NAMES)[:20]:
        if el.tag in ("script", "style", "body", "html") or any(page.context(el)):
            continue
        if el.tag in ("input", "select", "textarea", "option") or _SKU_CHOOSER.search(element_names(el)):
            continue  # form fields (other offers' ids, internal ids; ASIN/sku fields: _HIDDEN_FIELDS), choosers
        if el.tag not in ("meta", "link") and _hidden_variant(el):
            continue
        value = _labelled_line(el, page.base or "") or _from_text(
            el.get("content") or el.get("value") or _unshut_text(el)
        )
        value = value or _from_text(visible_text(el))
        if value:
            return value
    return None


# names of a variant's element ("variant-sku", `data-variant-id`): a theme prints each variant's code and
# shows the chosen one
_VARIANT_NAMES = re.compile(r"variant|variation")


def _hidden_variant(el: Any) -> bool:
    """`el` is another variant's code printed hidden for a script to swap in: hidden by its markup
    (`dom.shut_within`, two levels up) and, on it or those levels, named for a variant (`_VARIANT_NAMES` in
    its names or a `data-variant...` attribute). A hidden tab panel's "Art.-Nr." is the item's
    (tests/crawler/test_sku_review7.py). Source: stop 41's field mutations (such codes were read first on 50
    development pages)."""
    if not shut_within(el, 2):
        return False
    for node in (el, *list(el.iterancestors())[:2]):
        if _VARIANT_NAMES.search(element_names(node)) or any(
            k.startswith("data-variant") for k in node.attrib
        ):
            return True
    return False


def _unshut_text(el: Any) -> str:
    """`el`'s text (all of it, screen-reader labels included) less that of descendants that are other variants'
    codes printed hidden (`_hidden_variant`): a block of variant codes holds the shown one and the others."""
    return " ".join(text_pieces(el, _hidden_variant))


def find_sku(page: Page, page_text: str, title_el: Any = None) -> str | None:
    """The item code of the page's product, or None (`found_sku`'s code)."""
    return found_sku(page, page_text, title_el)[0]


def found_sku(page: Page, page_text: str, title_el: Any = None) -> tuple[str | None, str | None]:
    """(the item code of the page's product or None, how it was found): "shown" for a code the page
    shows or sends with its cart, "variant" for one read from the variants' JSON (`_one_variant_code`),
    "gtin" for the last-resort GTIN (`_gtin`), None with no code.

    In order: an element named for it outside menus and product cards (`.sku`, `itemprop=sku`,
    `.product-reference`); a hidden form field or data attribute (`name=ASIN`, `name=sku`,
    `data-product-sku`), unless it is a labelled value shown on the page plus a variant id
    ("TE178MP5WXYZ-293847561" beside "SKU: TE178MP5WXYZ": the shown one); a labelled value
    (`_SKU_LABEL`, many languages); "SKU: X" in the page's text; a slashed reference after the
    colour name ("Blanco | 2298/162/250", `_COLOUR_REF`); a model, part or manufacturer's
    reference number (`_MODEL_LABEL`). On a marketplace (`_marketplace`) a code labelled with its own name
    (`_shop_named_code`) comes before other labels; labels in another product's card shown alone that names its item
    (`Layout.named_card`, given the title element `title_el`: one "customers also viewed" card with its
    "Item#: N82E16834236999") are passed over. A labelled code the page's own URL names wins over another
    labelled one (`_url_named_code`, breadcrumbs included: Newegg's "Item#:" of "?Item=N82E..."); a cart
    form's hidden product code (`_PRODUCT_CODE_FIELDS`, Miva's `Product_Code`) comes after the labels.
    """
    if named := _named_code(page):
        return named, "shown"
    shown = _labelled_code(page, title_el)
    field = _hidden_field(page)
    field = field or _data_code(page)
    if field and not (shown and _variant_of(field, shown)):
        # the code the cart is sent (not a "Ref: DHL-2231" or "Product ID 77812" elsewhere)
        return field, "shown"
    if shown:
        # Jumia's `sku` field is the shown code plus a variant id: the shown one is the item's
        return shown, "shown"
    if code := _hidden_field(page, _PRODUCT_CODE_FIELDS):
        return code, "shown"
    # the chosen variant's code, as the variants' JSON gives it: a variant's, not shown as the item's
    if code := _chosen_code(page) or _one_variant_code(page):
        return code, "variant"
    if _marketplace(page.base or "") and (code := url_code(page.base or "")):
        # a marketplace's listing id in its URL names the listing; a model number ("MPN EC685.M" in its
        # item specifics) the maker's line
        return code, "url"
    # "SKU: X" in running text, not in a related item's card ("SKU: KEF-LS50M" under its name)
    if code := _text_code(page, page_text):
        return code, "shown"
    code = (
        page.labelled(_COLOUR_REF, 40) or _model_code(page.labelled(_MODEL_LABEL, 40)) or _bracket_code(page)
    )
    if code:
        return code, "shown"
    # a GTIN is the last resort, after the item id of the page's URL too (`url_code`)
    gtin = None if url_code(page.base or "") else _gtin(page)
    return gtin, ("gtin" if gtin else None)


def _in_url(code: str, url: str) -> bool:
    """`code` (5+ characters) is written in `url` as a whole token (case-folded; not inside a longer run
    of letters and digits): the item the URL names."""
    return len(code) >= 5 and bool(
        re.search(rf"(?<![A-Za-z0-9]){re.escape(code)}(?![A-Za-z0-9])", unquote(url), re.I)
    )


def _url_named_code(page: Page) -> str | None:
    """The first value of an item-code label (`_SKU_LABEL`) anywhere on the page, breadcrumbs included, that
    the page's URL names (`_in_url`), or None. Source: the lead's tenth probe (2017 US shop pages: Newegg's
    breadcrumb "Item#:" beside a compare card's; Best Buy's "SKU:" of its "?skuId=")."""
    url = page.base or ""
    if not re.search(r"(?=[A-Za-z0-9]*\d)[A-Za-z0-9]{5,}", unquote(url).split("//", 1)[-1].partition("/")[2]):
        return None  # the URL's path and query hold no token a code could be (5+ letters and digits, a digit)
    return _code(labelled(page, _SKU_LABEL, 40, keep=lambda v: bool((c := _code(v)) and _in_url(c, url))))


def _labelled_code(page: Page, title_el: Any) -> str | None:
    """`found_sku`'s labelled code: a shop's label (`_SKU_LABEL`) or one named for the shop, a label
    naming two fields, a read-only input, a table column; the one the page's URL names first
    (`_url_named_code`). None without one."""
    # on a marketplace its own labelled id ("eBay item number: 296789012345") names the listing before the codes
    # its sellers write in the item specifics ("Style Code: DD1391-100"); a shop's generic label comes first
    # ("Kod produktu: MX3S-GR" before "Kod x-kom: 1044312", test_sku_review3)
    marketplace = _marketplace(page.base or "")
    shown = (
        (_shop_named_code(page) if marketplace else None)
        or _code(
            labelled(
                page,
                _SKU_LABEL,
                40,
                accept=_no_order(page),
                # nor one in a block headed for other products ("Recently viewed": `dom.under_other_items_heading`)
                # nor one hidden by its markup two levels up (`dom.shut_within`: another variant's "SKU: ..." printed
                # for a script; wider than `_hidden_variant`, which the named and running-text paths ask: a hidden tab
                # panel's label is passed over here and its code read by those later paths)
                skip=lambda el: (
                    _in_named_card(page, el, title_el) or under_other_items_heading(el) or shut_within(el, 2)
                ),
            )
        )
        or (None if marketplace else _shop_named_code(page))
        or _paired_code(page)
        or _input_code(page)
        or _column_code(page)
    )
    if not (shown and _in_url(shown, page.base or "")) and (named := _url_named_code(page)):
        # the page shows, under an item-code label, the code its own URL names ("Item#: N82E16820147596" in
        # the breadcrumb of ".../Product.aspx?Item=N82E16820147596"; "SKU: 5388900" of "...?skuId=5388900"):
        # that is the item's, not a "compare with similar items" card's or the maker's model
        return named
    return shown


def _bracket_code(page: Page) -> str | None:
    """The model code in square brackets closing the product's heading (osCommerce's "NAME
    <span class="smallText">[M40995]</span>" in its `<h1>` or `td.pageHeading`) or the first part of
    the document title (Zen Cart's "NAME [MODEL] - $219.00 : Shop"): `titles.BRACKET_CODE`'s shape;
    None without one. Source: the lead's probe of the carts replica shops run, stop 38."""
    heads = page.root.xpath("//h1 | //*[contains(translate(@class, 'H', 'h'), 'pageheading')]")[:5]
    texts = [visible_text(el).strip() for el in heads]
    texts.append(re.split(r"\s+[-–|:]\s+", page.doc_title or "", maxsplit=1)[0].strip())
    for text in texts:
        m = BRACKET_CODE.search(text)
        if m and m.start() > 0:
            return m.group(0).strip(" []")
    return None


# a GTIN's label (UPC, EAN, GTIN, ISBN) and the attribute BigCommerce shows the UPC in
# and its longer names: Japan's "JANコード" (its EAN, "JAN:"), Allegro's "EAN (GTIN)", German shops' "EAN-Code",
# "EAN-13", "Código EAN" / "Codice EAN" / "Code EAN" / "Kod EAN"
_GTIN_LABELS = (
    r"(?:código|codice|code|kod|kód)\s+(?:ean|gtin)|"
    r"(?:upc|ean|gtin)(?:-?(?:8|12|13|14))?(?:[- ]?code|\s*\(gtin\))?|isbn(?:-?1[03])?|"
    # "JAN" only as "JANコード" / "JAN code" or before a colon: "Jan 15, 2024" is a date
    r"jan(?:コード|[- ]code)|jan(?=\s*[:：])|"
    # the barcode labels of issue 14's markets (fifth sku review): Spanish "Código de barras", Slovenian
    # "Črtna koda", Croatian "Bar kod" / "Barkod", Russian "Штрихкод" / "Штрих-код", Korean "바코드", Chinese
    # "條碼" / "国际条码"
    r"código de barras|črtna koda|bar-?\s?kod|штрих-?\s?код|바코드|(?:國際)?條碼|(?:国际)?条码|"
    # Mercado Libre's GTIN row, "Código universal de producto", that Argentine shops copy into their
    # characteristics tables (issue 14's sixth sku review)
    r"código universal de producto"
)
_GTIN_LABEL = re.compile(rf"^(?:{_GTIN_LABELS}){_LABEL_END}", re.I)
_GTIN_FIELDS = "//*[@data-product-upc]//text() | //*[@data-product-gtin]//text()"


def _gtin(page: Page) -> str | None:
    """The product's GTIN where neither the page nor its URL shows an item code of the shop's own: the
    one labelled UPC / EAN / GTIN / ISBN ("UPC: 0 81234 56789 0", `_GTIN_LABEL`) or the text of a
    `data-product-upc` element outside menus and cards, 8-14 digits once spaces and hyphens
    between digit groups are dropped; None otherwise, and None for several different labelled GTINs
    (a gift set's contents, "EAN-Code: 4006067084492" per item: none is the set's)."""
    labelled_gtins = {d for raw in _all_labelled(page, _GTIN_LABEL) if (d := _gtin_digits(raw))}
    if labelled_gtins:
        return labelled_gtins.pop() if len(labelled_gtins) == 1 else None
    for text in page.root.xpath(_GTIN_FIELDS)[:3]:
        if text.strip() and not any(page.context(text.getparent())):
            return _gtin_digits(text)
    return None


# the GTIN labels of the codes path (`shown_gtin`): `_GTIN_LABELS` and the barcode's names it lacks, kept apart so
# found_sku's last-resort `_gtin` reads as before: Walmart's specifications row "Universal Product Code (UPC
# check)", the English "Barcode" / "Bar code" (Shopify themes print the variant's barcode field so), the Dutch
# "Streepjescode", French "Code-barres", Italian "Codice a barre", Polish "Kod kreskowy", Japanese "バーコード"
# (tests/crawler/test_codes_review.py); a value under one counts only where its GS1 check digit holds
_CODE_GTIN_LABEL = re.compile(
    r"^(?:universal product code(?:\s*\(upc(?:\s+check)?\))?|bar\s?code|streepjescode|code[- ]barres?|"
    rf"codice a barre|kod kreskowy|バーコード|{_GTIN_LABELS}){_LABEL_END}",
    re.I,
)


def shown_gtin(page: Page) -> str | None:
    """The GTIN the page shows for its product: the one valid GTIN (`codes.listed_gtin`: GS1's check digit
    holds, an ISBN-10 as its ISBN-13, the first of a value listing several) labelled UPC / EAN / GTIN / ISBN /
    barcode (`_CODE_GTIN_LABEL`) outside menus, footers, cards and blocks under another products' heading
    ("Kunden kauften auch": `dom.under_other_items_heading`), labels giving the same item compared as GS1
    compares them (`codes.gtin14`: a book's "ISBN-10" and "ISBN-13" rows, a UPC-A and its EAN-13 are one);
    else a `data-product-upc` element's (BigCommerce); None for none, and None for several different ones (a
    gift set's contents, "EAN-Code: 4006067084492" per item: none is the set's)."""
    found: dict[str, str] = {}

    def keep(value: str) -> bool:
        if code := listed_gtin(value):
            found.setdefault(gtin14(code), code)
        return False  # read on: every labelled value counts

    labelled(page, _CODE_GTIN_LABEL, 40, accept=keep, skip=under_other_items_heading)
    if found:
        return next(iter(found.values())) if len(found) == 1 else None
    for text in page.root.xpath(_GTIN_FIELDS)[:3]:
        parent = text.getparent()
        if text.strip() and not any(page.context(parent)) and not under_other_items_heading(parent):
            return valid_gtin(_gtin_digits(text))
    return None


# labels naming the maker's part number itself (schema.org `mpn`), read before the other model labels: eBay's item
# specifics write "Model | Apple iPhone X" (a name: schema.org's `model`) above "MPN | MQD83LL/A"; with the
# German "Hersteller-Artikelnummer" and Amazon.de's "Herstellerreferenz", which `_MODEL_LABELS` lacks
_PART_LABELS = (
    r"mpn(?: \(manufacturer part number\))?|part\s*(?:#|no\.?|number)|"
    rf"(?:manufacturer|mfr\.?|mfg\.?)\s*(?:part\s*)?(?:#|no\.?|number)|manufacturer reference|{_MAKERS_REF}|"
    r"hersteller-?artikel-?nummer|hersteller-?artikelnr\.?|herstellernummer|herstellerreferenz|"
    r"(?:hersteller-?)?teilenummer|han(?=\s*[:：]|\s*$)|kod producenta|kód výrobce|kód výrobcu|"
    r"p/n(?=\s*[:：]|\s*$)|(?:número|nro\.?|n[º°])\s*de\s+(?:parte|pieza)|numero (?:di )?parte|numéro de pièce|"
    r"парт-?\s?номер|код производителя"
)
_PART_LABEL = re.compile(rf"^(?:{_PART_LABELS}){_LABEL_END}", re.I)
# the codes path's model labels (`shown_mpn`): the part labels, then found_sku's `_MODEL_LABELS`
_CODE_MODEL_LABEL = re.compile(rf"^(?:{_PART_LABELS}|{_MODEL_LABELS}){_LABEL_END}", re.I)
# a maker's part number printed in spaced groups of capitals and digits, four digits at least (Bosch's
# "0 601 9H5 000"): read only under a part label (`_PART_LABEL`), as its whole value
_SPACED_PART = re.compile(r"(?=(?:\D*\d){4})[A-Z0-9]{1,6}(?: [A-Z0-9]{1,6}){1,5}")


def shown_mpn(page: Page) -> str | None:
    """The maker's part or model number the page labels, outside menus, footers, cards and blocks under another
    products' heading (`dom.under_other_items_heading`): the first value under a part label (`_PART_LABEL`:
    "MPN", "Mfr. Part No.", "Hersteller-Artikelnummer", "Kod producenta") that reads as a code (`_model_code`,
    or a spaced part number, `_SPACED_PART`), else the first under any model label (`_CODE_MODEL_LABEL`:
    "Model #", "Item model number", "型番", "모델명"; no model year, no model's height, no name); None without
    one."""
    for label, spaced in ((_PART_LABEL, True), (_CODE_MODEL_LABEL, False)):
        found: list[str] = []

        def keep(value: str, spaced: bool = spaced, found: list[str] = found) -> bool:
            code = _model_code(value) or (value if spaced and _SPACED_PART.fullmatch(value) else None)
            if code:
                found.append(code)
            return bool(code)

        labelled(page, label, 40, accept=keep, skip=under_other_items_heading)
        if found:
            return found[0]
    return None


def _gtin_digits(raw: str) -> str | None:
    """`raw` as a GTIN's 8-14 digits, spaces and hyphens between digit groups dropped, or None."""
    digits = re.sub(r"(?<=\d)[ -](?=\d)", "", raw.strip())
    return digits if re.fullmatch(r"\d{8,14}", digits) else None


def _all_labelled(page: Page, label: re.Pattern[str], limit: int = 40) -> list[str]:
    """Every value `brands.labelled` reads after `label` outside menus, footers and cards, in page order."""
    seen: list[str] = []
    labelled(page, label, limit, accept=lambda value: bool(seen.append(value)))
    return seen


def _variant_of(field: str, shown: str) -> bool:
    """`field` is the code `shown` plus a variant part after a separator ("TE178MP5WXYZ-293847561" of
    "TE178MP5WXYZ")."""
    return (
        len(field) > len(shown) + 1
        and field.casefold().startswith(shown.casefold())
        and not field[len(shown)].isalnum()
    )


# the item id a product URL carries: Amazon /dp/ASIN and /gp/product/ASIN; a last path segment that is
# the id ("/A-52062126" Target, "/4608472" Nordstrom, "/ip/Name/556712345" Walmart, "/itm/256123456789"
# eBay, "/item/1005006123456789.html" AliExpress, "/100012043978.html" JD); an id query parameter
# ("?goodscode=2468013579", "?id=6500001", "?product_no=41" is too short to be one)
_ASIN_PATH = re.compile(r"/(?:dp|gp/product|gp/aw/d)/([A-Z0-9]{10})(?:[/?#]|$)")
_ID_SEGMENT = re.compile(r"(?:[A-Za-z]{1,2}-)?(\d{6,20})(?:\.html?|\.aspx?|\.php)?")
# an id closing a slug after a one-word marker: "air-max-sc-p-85521478" (Trendyol), "mx-master-3s-
# i.37004578.21346897531" (Shopee: shop id, then item id), "name-i123456789.html"
_ID_TAIL = re.compile(r"[-_.](?:p|i|pd|prod|item)[-.]?(?:\d{4,20}\.)?(\d{6,20})(?:\.html?)?")
_ID_PARAMS = {
    "id", "itemid", "item_id", "goodscode", "productid", "product_id", "pid", "sku", "itemno", "i_code", "goodsno",
    "goods_no", "prdno", "prd_no", "itemcode", "item_code",
    # issue 14's sixth sku review: Yahoo! Taiwan shopping's "gdsale.asp?gdid=10943211", MakeShop's (a Korean
    # shop platform) "shopdetail.html?branduid=3012345"
    "gdid", "branduid",
    # US retailers' chosen-variant id naming the item (Best Buy's and Sephora's "?skuId=6505727"; the lead's ninth
    # probe)
    "skuid",
}  # fmt: skip
# a letters-and-digits id in such a parameter: Flipkart's product id, 16 upper-case letters and
# digits ("?pid=SHOGZ6HNJ7GHZYZF": a 3-letter category, then a random code), with a digit. Shorter
# codes in the same parameters are campaigns and affiliates ("?pid=NEWSLETTER2024", "?id=SUMMER24SALE",
# "?pid=AFF12345"), not items.
_ALNUM_ID = re.compile(r"(?=[A-Z]*\d)[A-Z0-9]{16}")
# one or two capitals opening 8-14 digits in an item-number parameter (not the bare "id" / "pid", where a
# campaign's "EV20241201" goes): Korean marketplaces' lettered item numbers (Auction's "DetailView.aspx?
# itemno=C522167887", Olive Young's "?goodsNo=A000000123456"; issue 14's seventh sku review)
_LETTERED_ID = re.compile(r"[A-Z]{1,2}\d{8,14}")
_ITEM_NO_PARAMS = {"itemno", "goodsno", "goods_no", "prdno", "prd_no", "itemcode", "item_code", "goodscode"}
# a bare id as the whole query of an item page named by a verb (Ruten's "/item/show?22345678901234"):
# 6-20 digits, the page's last path segment one of these words (a product handle's "?1733150000" cache
# buster follows a slug, not "show")
_BARE_QUERY_PAGES = {"show", "view", "detail", "details"}
# the id before a detail page's name closing the path (Wildberries' "/catalog/187654321/detail.aspx")
_DETAIL_PAGE = re.compile(r"details?(?:\.aspx?|\.html?)?", re.I)
# Cdiscount's product page "/f-<category id>-<product id>.html" ("f-1101416-dys5025155069331.html"): the
# product id, lower-case letters and digits with a digit, as the site names it
_CDISCOUNT_F = re.compile(r"f-\d{5,9}-((?=[a-z0-9]*\d)[a-z0-9]{6,30})\.html")


# Mercado Libre's item id opening the last path segment: its site's three letters (MLA Argentina, MLB
# Brazil, MLM Mexico, MCO Colombia, MLC Chile, MLU Uruguay, MPE Peru: all open with "M"), a hyphen and
# 8-12 digits before the slug ("/MLA-1389457210-zapatillas-topper-_JM"); the id is written glued
# ("MLA1389457210"), as its listings API and its own pages' data name it
_SITE_ID_HEAD = re.compile(r"(M[A-Z]{2})-(\d{8,12})-[^/]+")
# an id of 1-4 letters glued to 6-20 digits as the last path segment: Mercari "/item/m48210937561",
# Takealot "/PLID94872611" (the letters are part of the id)
_GLUED_ID = re.compile(r"[A-Za-z]{1,4}\d{6,20}")
# an id right after an item marker, alone or before the slug: Etsy "/listing/1467823590/leather-
# keychain", Vinted "/items/4123456789-jean-levis-501"
_ITEM_MARKERS = {"listing", "listings", "item", "items", "itm", "product", "products", "offer", "goods"}
_ID_HEAD = re.compile(r"(\d{6,20})(?:-[^/]*)?")
# an id after a marker that only shops put in the path: eMAG "/slug/pd/DT7N3YMBM/" (upper-case letters
# and digits, both, closing the path), Fnac "/a17226135/slug" (the path opens with "a" and 6-12 digits)
_PD_PATH = re.compile(r"/pd/((?=[A-Z0-9]*[A-Z])(?=[A-Z0-9]*\d)[A-Z0-9]{6,16})/?$")
_A_HEAD = re.compile(r"^/a(\d{6,12})(?:/[^/]+)?/?$")
# a date opening a product handle ("/products/20241129-black-friday-box", "/products/202411-drop"):
# a release, not an item id
_DATE_HEAD = re.compile(r"(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])?-")


# a shop's item code as the whole last path segment after a product marker: "/p/BX-4471.html",
# "/product/KT-DBV-20/" (upper-case letters and digits joined by hyphens, opening with a letter, with a
# digit, no lower case); a slug of words ("/p/merino-beanie", "/p/iphone-15-case") is lower case
_CODE_MARKERS = {"p", "product", "products", "item", "items", "artikel", "produkt", "produit", "produto", "producto",
                 "prodotto", "sku"}  # fmt: skip
_CODE_SEGMENT = re.compile(r"((?=[A-Z0-9-]*\d)[A-Z][A-Z0-9]{0,11}(?:-[A-Z0-9]{1,12}){1,4})(?:\.html?|\.php)?")


# an item id closing the slug after its last hyphen, in the segment after a short product marker
# (Kaspi "/shop/p/apple-iphone-15-128gb-chernyi-113137790/", Frávega and Technodom "/p/<slug>-990214/",
# Big Bang "/izdelki/<slug>-163952/"): 6-12 digits, not a date (20241129); not after "products" (a
# Shopify handle's closing number is the shop's word, not an item id)
# issue 14's sixth sku review: Allegro's "/oferta/<slug>-15012345678"; Ozon's "/product/<slug>-1378499999/" on
# Ozon's hosts only (`_OZON_PRODUCT`): a WooCommerce "/product/<slug>/" often closes with the maker's part
# number ("/product/filterkartusche-brita-maxtra-1023125/"), no id of the shop's
_SLUG_ID_MARKERS = {"p", "izdelki", "izdelek", "proizvod", "proizvodi", "artikl", "artikal", "oferta"}
_OZON_PRODUCT = re.compile(r"(?:www\.)?ozon\.[a-z]{2,3}")
_SLUG_ID_TAIL = re.compile(r"[^/]*[A-Za-z][^/]*-(\d{6,12})")
_DATE = re.compile(r"(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:[0-2]\d|3[01])")


def _slug_id(segments: list[str], host: str = "") -> str | None:
    """The id closing the last path segment's slug after a short product marker (`_SLUG_ID_MARKERS`,
    `_SLUG_ID_TAIL`): the issue 14 markets' "/p/<slug>-113137790/" (Kaspi, Frávega, Technodom) and
    "/izdelki/<slug>-163952/" (Big Bang), Allegro's "/oferta/<slug>-15012345678" and, on an Ozon `host`,
    "/product/<slug>-1378499999/"; None for a date (`_DATE`). Source: issue 14's fifth and sixth sku
    reviews."""
    ozon = segments[-2:-1] == ["product"] and _OZON_PRODUCT.fullmatch(host)
    if len(segments) < 2 or (segments[-2].lower() not in _SLUG_ID_MARKERS and not ozon):
        return None
    m = _SLUG_ID_TAIL.fullmatch(segments[-1])
    return m.group(1) if m and not _DATE.fullmatch(m.group(1)) else None


def _query_id(query: str, last: str) -> str | None:
    """The item id of a URL's `query`: an id parameter's (`_ID_PARAMS`: 6-20 digits, Flipkart's 16-character
    id, or in an item-number parameter a lettered id, `_LETTERED_ID`: Auction's "itemno=C522167887"), or the
    whole query as a bare id when the last path segment `last` is a "show" / "view" / "detail" page (Ruten's
    "/item/show?22345678901234"); None otherwise. Source: issue 14's sku reviews (the lettered and bare
    ids: the seventh)."""
    for key, value in parse_qsl(query):
        if key.lower() in _ID_PARAMS and (
            re.fullmatch(r"\d{6,20}", value)
            or _ALNUM_ID.fullmatch(value)
            or (key.lower() in _ITEM_NO_PARAMS and _LETTERED_ID.fullmatch(value))
        ):
            return value
    if last.lower() in _BARE_QUERY_PAGES and re.fullmatch(r"\d{6,20}", query):
        return query
    return None


def _page_named_id(segments: list[str]) -> str | None:
    """The item id of a path whose last segment names the page's kind: Cdiscount's "f-<category>-<id>.html"
    (`_CDISCOUNT_F`), Wildberries' "/catalog/<id>/detail.aspx" (`_DETAIL_PAGE`: 6-20 digits before it, not a
    date); None otherwise. Source: issue 14's seventh sku review."""
    if not segments:
        return None
    if m := _CDISCOUNT_F.fullmatch(segments[-1]):
        return m.group(1)
    if len(segments) >= 2 and _DETAIL_PAGE.fullmatch(segments[-1]):
        before = segments[-2]
        if re.fullmatch(r"\d{6,20}", before) and not _DATE.fullmatch(before):
            return before
    return None


def url_code(url: str) -> str | None:
    """The item id the product page's URL carries (`_ASIN_PATH`, `_ID_SEGMENT`: 6-20 digits as the
    whole last path segment, optionally after a 1-2 letter prefix; an id query parameter of
    `_ID_PARAMS`, 6-20 digits or Flipkart's 16-character product id (`_ALNUM_ID`); an id closing the slug
    after a marker, `_ID_TAIL`: "-p-85521478", "-i.37004578.21346897531"; 1-4 letters glued to the
    digits as the last segment, `_GLUED_ID`: "m48210937561", "PLID94872611", returned whole; 6-20
    digits right after an item marker, `_ITEM_MARKERS`, alone or before a slug: "/listing/1467823590/
    slug", "/items/4123456789-slug", not a date before a slug, `_DATE_HEAD`; an upper-case code of
    hyphen-joined letters and digits as the last segment after a product marker, `_CODE_SEGMENT`:
    "/p/BX-4471.html"; eMAG's "/pd/DT7N3YMBM/"
    closing the path, `_PD_PATH`, and Fnac's "/a17226135/slug" opening it, `_A_HEAD`; an id closing
    the slug after "/p/" or "/izdelki/", `_slug_id`: Kaspi's "/p/<slug>-113137790/"); None when the URL
    names the product only by words (issue 14's sixth sku review added Yahoo! Taiwan's "?gdid=", MakeShop's
    "?branduid=", Ozon's "/product/<slug>-1378499999/" and Allegro's "/oferta/<slug>-15012345678"). The
    last resort of the listing's sku: marketplaces show their item id in the URL, not always on the page;
    before a maker's model number on the marketplaces of `_MARKETPLACES`."""
    parts = urlsplit(url)
    m = _ASIN_PATH.search(parts.path) or _PD_PATH.search(parts.path) or _A_HEAD.match(parts.path)
    if m:
        return m.group(1)
    last = unquote(parts.path).rstrip("/").rsplit("/", 1)[-1]
    m = _ID_SEGMENT.fullmatch(last)
    if m:
        return m.group(1)
    if code := _query_id(parts.query, last):
        return code
    m = _ID_TAIL.search(last)
    if m and m.end() == len(last):
        return m.group(1)
    m = _GLUED_ID.fullmatch(last)
    if m:
        return last
    m = _SITE_ID_HEAD.fullmatch(last)
    if m:
        return m.group(1) + m.group(2)
    segments = [unquote(p) for p in parts.path.split("/") if p]
    if code := _page_named_id(segments):
        return code
    if len(segments) >= 2 and segments[-2].lower() in _CODE_MARKERS and (m := _CODE_SEGMENT.fullmatch(last)):
        return m.group(1)
    for i, (marker, seg) in enumerate(zip(segments, segments[1:], strict=False)):
        if seg.lower() == "buy" and i + 2 < len(segments):
            seg = segments[i + 2]  # Rakuten France's "/offer/buy/9876543210/<slug>.html"
        if marker.lower() in _ITEM_MARKERS and (m := _ID_HEAD.fullmatch(seg)) and not _DATE_HEAD.match(seg):
            return m.group(1)
    return _slug_id(segments, (parts.hostname or "").lower())
