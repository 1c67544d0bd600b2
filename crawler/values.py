"""Field values from page text: cleaned text, prices, currencies, schema.org availability.

Shared by the structured-data reader (`crawler/extract.py`) and the HTML heuristics
(`crawler/heuristics/`), so neither imports the other for them. Prices are parsed by
price-parser, with the notations it misreads corrected after it (a leading decimal separator,
three-decimal currencies). Pure functions: no Scrapy, no I/O.
"""

from __future__ import annotations

import html as htmllib
import re
from typing import Any

from price_parser import Price
from price_parser import _currencies as price_currencies

# Currency symbols and words -> ISO 4217 (ambiguous "$" is read as USD, "kr" as SEK).
CURRENCY_SYMBOLS = {
    "€": "EUR",
    "eur": "EUR",
    "euro": "EUR",
    "euros": "EUR",
    "$": "USD",
    "us$": "USD",
    "usd": "USD",
    "£": "GBP",
    "gbp": "GBP",
    "¥": "JPY",
    "円": "JPY",
    "￥": "JPY",
    "jpy": "JPY",
    "₹": "INR",
    "rs": "INR",
    "rs.": "INR",
    "₽": "RUB",
    "руб": "RUB",
    "zł": "PLN",
    "zl": "PLN",
    "kč": "CZK",
    "chf": "CHF",
    "fr.": "CHF",
    "kr": "SEK",
    "c$": "CAD",
    "ca$": "CAD",
    "a$": "AUD",
    "au$": "AUD",
    "r$": "BRL",
    "₩": "KRW",
    "원": "KRW",
    "₺": "TRY",
    "tl": "TRY",
    "₫": "VND",
    "฿": "THB",
    "₪": "ILS",
    "元": "CNY",
    "rmb": "CNY",
    "cny": "CNY",
    "nt$": "TWD",
    "ntd": "TWD",
    "hk$": "HKD",
    "nz$": "NZD",
    "mx$": "MXN",
    "s$": "SGD",
    "₸": "KZT",
    "тг": "KZT",
    "тенге": "KZT",
    "kn": "HRK",
    "ft": "HUF",
    "lei": "RON",
    "₴": "UAH",
    "грн": "UAH",
    "₱": "PHP",
    "rm": "MYR",
    "rp": "IDR",
    "r": "ZAR",  # "R 4,999" (Takealot); only where price-parser finds no currency
    "₦": "NGN",
    "₵": "GHS",
    "د.ك": "KWD",
    "kd": "KWD",
    "د.إ": "AED",
    "ر.س": "SAR",
    "₾": "GEL",
    "ден": "MKD",
    "дин": "RSD",
    "лв": "BGN",
}
ISO_CODES = {
    "EUR", "USD", "GBP", "JPY", "INR", "RUB", "PLN", "CZK", "CHF", "SEK", "NOK", "DKK", "CAD", "AUD",
    "BRL", "KRW", "TRY", "VND", "THB", "ILS", "CNY", "HKD", "SGD", "MXN", "NZD", "ZAR", "HUF", "RON",
}  # fmt: skip

# Availability: schema.org ItemAvailability names; text forms seen on shops (several languages).
AVAILABILITY = (
    "InStock",
    "OutOfStock",
    "PreOrder",
    "PreSale",
    "BackOrder",
    "LimitedAvailability",
    "SoldOut",
    "Discontinued",
    "InStoreOnly",
    "OnlineOnly",
    "Reserved",
    "MadeToOrder",
)
_AVAIL_BY_LOWER = {a.lower(): a for a in AVAILABILITY}
# Availability in the languages of the big marketplaces (en de fr it es nl pt pl sl hr cs ru kk ja zh
# ko sv tr), most specific first: "not available" must win over "available". Text says whether a
# shopper can buy: "Sold out" / "Ausverkauft" / "품절" read as OutOfStock and "Only 3 left" as InStock
# (structured data's own schema.org names, SoldOut and LimitedAvailability included, are kept as
# written, `normalize_availability`).
AVAILABILITY_TEXT: list[tuple[re.Pattern[str], str]] = [
    (re.compile(p, re.I), v)
    for p, v in [
        (
            r"\bdiscontinued\b|\bno longer available\b|\bnicht mehr erhältlich\b|\bplus disponible\b"
            # "Dieser Artikel ist leider nicht mehr lieferbar" (Shopware's delivery line; its "lieferbar" alone
            # reads InStock: the lead's out-of-stock probe, stop 35)
            r"|\bnicht mehr lieferbar\b"
            r"|\bfuori produzione\b|\bdescatalogado\b|\bniet meer leverbaar\b|\bfora de linha\b|販売終了|停产|단종"
            r"|\bснят с производства\b"
            # Spanish, Korean "sales ended" (not "판매종료 임박" ending soon, "판매종료일" end date), Chinese
            # "taken off the shelves" (locale review, issue 14: VTEX, Cafe24, Shopline pages)
            r"|\bdiscontinuad[oa]s?\b|판매\s*종료(?!\s*임박|일)|已下架"
            # Japanese "sales have ended" written with its particle ("販売を終了しました"; the availability review 4)
            r"|販売を終了(?!予定)"
            # Slovenian "no longer available" (Mimovrste's line on a delisted item; issue 14's fifth review)
            r"|\bni več na voljo\b|\bni več v prodaji\b"
            # no longer sold, in the words of issue 14's markets (listing review 7: Elipso's "Proizvod više
            # nije u prodaji." beside its last price read as nothing): hr/sr/bs "više nije u prodaji", "nije
            # više u prodaji", "povučen iz prodaje", sl "umaknjen iz prodaje", ru "больше не продаётся",
            # es "ya no está a la venta", it "non è più in vendita", fr "n'est plus en vente", de "wird nicht
            # mehr verkauft", en "no longer sold" / "no longer for sale" (not "no longer on sale", a
            # discount that ended)
            r"|\b(?:više\s+nije|nije\s+više)\s+u\s+prodaji\b|\bpovučen[aoi]?\s+iz\s+prodaje\b"
            r"|\bumaknjen[aoi]?\s+iz\s+prodaje\b|\bбольше\s+не\s+прода[её]тся\b"
            r"|\bya\s+no\s+está\s+a\s+la\s+venta\b|\bnon\s+(?:è\s+)?più\s+in\s+vendita\b"
            r"|\bn['’]est\s+plus\s+en\s+vente\b|\bwird\s+nicht\s+mehr\s+(?:verkauft|angeboten)\b"
            r"|\bno\s+longer\s+(?:sold|for\s+sale)\b",
            "Discontinued",
        ),
        (
            r"\bpre[\s_-]*order\b|\bvorbestell|\bprécommande\b|\bpre-?ordine\b|\breserva\b|\bpreventa\b"
            r"|\bpré-?venda\b|\bpre-?order\b|予約受付|予約商品|预售|預購|예약\s*판매|\bпредзаказ"
            r"|طلب مسبق"  # Arabic "pre-order"
            # Croatian, Slovenian, Italian pre-orders (the stock helper's review 6: "Prednarudžba", "Preordina ora")
            r"|\bprednarudžb|\bprednaročil|\bpreordin",
            "PreOrder",
        ),
        (
            # "on order": it, es, pt, nl, pl, de in the singular only ("su ordinazioni", "auf Bestellungen
            # über 50 €" are order thresholds); not French "sur commande" ("livraison offerte dès 50 € sur
            # commande" is a threshold too)
            r"\bback[\s_-]*order|\bnachbestellt\b|\ben réapprovisionnement\b|取り寄せ|\bsu ordinazione\b"
            r"|\bbajo pedido\b|\bsob encomenda\b|\bop bestelling\b|\bna zamówienie\b|\bauf bestellung\b"
            r"|\bпод заказ\b"  # Russian "to order" (Kazakh shops, locale review of issue 14)
            # WooCommerce's Spanish and Dutch back-order lines (the stock helper's review 6)
            r"|\bdisponible para reservar\b|\bnabestelling\b",
            "BackOrder",
        ),
        (
            r"\bsold[\s_-]*out\b|\bausverkauft\b|\bagotado\b|\bépuisé\b|\besaurito\b|\buitverkocht\b|\besgotado\b"
            r"|売り切れ|完売|(?<!即將)(?<!即将)售完|售罄|已售罄|품절(?!\s*임박)|매진(?!\s*임박)|\bраспродан|\bwyprzedan|\bslutsåld|\btükendi\b|\brazprodan"
            r"|\brasprodan|\bvyprodáno\b|\bvypredané\b|\belfogyott\b|\bepuizat\b|\bloppuunmyyty\b|\budsolgt\b"
            r"|\bsin existencias\b|\bsem stock\b|\bnema na (?:zalihi|stanju)\b|\bni na (?:zalogi|voljo)\b|\bne na zalogi\b"
            r"|\bnedostupn[oaéý]\b|\bnicht mehr verfügbar\b"
            r"|\bqoymada joq\b|қоймада жоқ|\bнет на складе\b|\bотсутствует\b|\bнемає в наявності\b"
            r"|\bout[\s_-]*of[\s_-]*stock\b|\boos\b|\bunavailable\b|\bnot available\b|\bcurrently unavailable\b"
            r"|\bnicht (?:auf lager|verfügbar|lieferbar|vorrätig)\b|\bderzeit nicht\b|\brupture de stock\b"
            r"|\bindisponible\b|\bsin stock\b|\bno disponible\b|\bniet op voorraad\b|\bniet leverbaar\b"
            r"|\bnon disponibile\b|\besaurito\b|\bindisponível\b|\bfora de estoque\b|\bsem estoque\b"
            r"|在庫切れ|在庫なし|品切れ|缺货|無庫存|缺貨|无货|暂时无货|재고\s*없음|일시\s*품절|\bнет в наличии\b"
            r"|\bniedostępn[yae]\b|\bbrak w magazynie\b|\bslut i lager\b|\bstokta yok\b"
            # Korean "stock exhausted" (재고 소진; not "재고 소진 임박", about to run out), from the availability review 4
            r"|재고\s*소진(?!\s*임박)"
            # issue 14's markets, from the locale review: hr "nije dostupno", "nema zalihe", sl "ni zaloge",
            # kk "сатылымда жоқ" (not on sale), "қолжетімсіз" (unavailable), ru "товар закончился", "нет в
            # продаже", es "no hay stock", zh-TW 補貨中 (being restocked)
            r"|\bnije dostup(?:an|n[oa])\b|\bnema zalih[ae]\b|\bni zaloge\b|сатылымда жоқ|\bқолжетімсіз\b"
            r"|\bтовар закончился\b|\bнет в продаже\b|\bno hay stock\b|補貨中"
            # Arabic (Noon, Amazon.ae/.sa): "sold out" (نفدت الكمية, also written نفذت), "not available"
            # (غير متوفر, غير متاح), "out of stock" (نفد من المخزون, غير متوفر في المخزون)
            r"|نف[دذ]ت? الكمية|نف[دذ] من المخزون|غير متو[فا]ر|غير متاح|(?:إ|ا)نتهى من المخزون"
            # Persian "unavailable" (ناموجود, also written with a zero-width non-joiner, and "موجود نیست", is
            # not available) in place of the price: 30book.com's sold-out book, real pages saved by other
            # hands, stop 68 ("موجود" alone is in stock)
            r"|نا\u200c?موجود|موجود\s*نیست|(?<!\w)اتمام\s*موجودی"
            # sv/da/no/fi negated stock words ("Ej i lager": "i lager" alone is in stock), sv "Tillfälligt slut",
            # no "Utsolgt", el "Εξαντλήθηκε" / "Μη διαθέσιμο", vi "Hết hàng", id "Stok habis", th "สินค้าหมด",
            # ja "入荷待ち" (awaiting stock), the French idiom "Victime de son succès" (sold out)
            r"|\b(?:ej|inte) i lager\b|\bikke på lager\b|\bei varastossa\b|\bloppu varastosta\b|\btillfälligt slut\b"
            r"|\butsolgt\b|εξαντλήθηκε|μη διαθέσιμο|\bhết hàng\b|\bstok habis\b|สินค้าหมด|入荷待ち"
            r"|\bvictime de son succès\b"
            # sold-out wording holding an in-stock word ("No longer in stock", "Plus en stock", "nicht mehr auf
            # Lager"; they read InStock here while the stock helper's controls rules read them in elements,
            # issue 14's sixth availability review), and others of its round 5 ("Vergriffen", "완판")
            r"|\bnot in stock\b|\bno longer in stock\b|(?<!que )\bplus en stock\b|\bpas en stock\b"
            r"|\bnicht mehr (?:auf lager|vorrätig)\b|\bvergriffen\b|\bno quedan unidades\b|\bya no hay stock\b"
            r"|\bnema više na zalihi\b|\bni več zaloge\b|(?<!即將)(?<!即将)銷售一空|\bраскупили\b|таусылды|완판(?!\s*임박)"
            # issue 14's markets (fifth availability review): PChome's "完售，請參考其他商品" (sold out; not
            # "即將完售", soon sold out), Croatian "Dolazi uskoro" (coming soon, as "Próximamente"), Argentine
            # "Sin unidades disponibles", Kazakh "Қолжетімді емес" (not available)
            r"|(?<!即將)(?<!即将)完售|\bdolazi uskoro\b|\bsin unidades disponibles\b|қолжетімді емес"
            # Korean "not an item on sale now" (Naver smart store's "현재 판매중인 상품이 아닙니다", "구매하실 수
            # 없는 상품입니다")
            r"|판매\s*중인\s*상품이\s*아닙니다|구매하실\s*수\s*없는\s*상품",
            "OutOfStock",
        ),
        (
            r"\bin[\s_-]*store[\s_-]*only\b|\bnur im (?:markt|geschäft)\b|店舗限定"
            # sold in the shop's stores only, in issue 14's markets (fifth availability review): Big Bang's
            # "Na voljo samo v trgovinah", Links.hr's "Dostupno samo u poslovnicama", Argentine chains'
            # "Disponible sólo en sucursales", Russian-language Kazakh chains' "Только в магазинах" /
            # "Только самовывоз", "Available in stores only"; an availability word opens the Slovenian,
            # Croatian and Spanish ones ("Plačilo z gotovino samo v trgovinah" is a payment rule)
            r"|\b(?:na voljo|na zalogi|dobavljivo)\s+(?:samo|le)\s+v\s+(?:trgovin|poslovalnic)\w*"
            r"|\b(?:dostupno|na stanju|raspoloživo)\s+samo\s+u\s+(?:poslovnic|trgovin|prodavaonic)\w*"
            r"|\bdisponible\s+s[oó]lo\s+en\s+(?:tiendas?|sucursal(?:es)?|locales)\b|\bs[oó]lo\s+retiro\s+en\s+(?:tienda|sucursal)\b"
            r"|\bтолько\s+в\s+(?:розничных\s+)?магазинах\b|\bтолько\s+самовывоз\b"
            r"|\bavailable\s+in[\s-]stores?\s+only\b|\bonly\s+available\s+in[\s-]stores?\b",
            "InStoreOnly",
        ),
        (r"\bonline[\s_-]*only\b|\bnur online\b", "OnlineOnly"),
        (
            r"\bonly \d+ left\b|\blimited (?:stock|availability)\b|\bfew left\b|\bnur noch \d+|\bplus que \d+"
            r"|\bsolo \d+ disponibil|\bquedan \d+|\bnog maar \d+|\bapenas \d+|残りわずか|残り\d+点|仅剩\d+|"
            r"\d+개 남음|\bосталось \d+|\bsofort verfügbar\b|\bna zalogi\b|\bna zalihi\b|\bdostupno\b|\bna stanju\b"
            r"|\blast one\b|\blast (?:item|few)\b|\bstock disponible\b|\bhay stock\b|库存\s*[1-9]\d*|庫存\s*[1-9]\d*|\bв наличии\b|\bқоймада бар\b|\bсатылымда\b|現貨|現貨供應|库存充足"
            r"|\bin[\s_-]*stock\b|\bavailable\b|\bauf lager\b|\bsofort lieferbar\b|\blieferbar\b|\bvorrätig\b"
            r"|\ben stock\b|\bdisponible\b|\bdisponibile\b|\bdisponibilità immediata\b|\bop voorraad\b|\bem estoque\b|\bdisponível\b"
            r"|\bships (?:today|in)\b|\bready to ship\b|在庫あり|有货|有現貨|现货|재고\s*있음|구매\s*가능|即將售完|即将售完|품절\s*임박"
            r"|\bв наличии\b|\bdostępny\b|\bi lager\b|\bstokta\b"
            # Arabic "available", "in stock" (after the negated forms above); cs "Skladem", hu "Raktáron", ro
            # "În stoc", da/no "På lager", fi "Varastossa", el "Διαθέσιμο", uk "Є в наявності", vi "Còn hàng",
            # th "มีสินค้า", "Low stock"
            r"|متوفر|متاح|في المخزون|\bskladem\b|\braktáron\b|\bîn stoc\b|\bpå lager\b|\bvarastossa\b|διαθέσιμο"
            r"|\bє в наявності\b|\bcòn hàng\b|มีสินค้า|\blow (?:in )?stock\b"
            # the last pieces in stock (issue 14's fifth availability review): Slovenian "Zadnji kosi" (Big
            # Bang), Croatian "Zadnji komadi", Argentine "¡Últimas unidades!", Italian "Ultimi pezzi"; the
            # Croatian "Raspoloživo" (available)
            r"|\bzadnji (?:kosi|komadi)\b|\búltimas?\s+(?:\d+\s+)?unidad(?:es)?\b|\bultimi pezzi\b|\braspoloživo\b"
            # a count left: Taiwanese "剩餘 3 件" / Shopee's "還剩 37 件", Korean "재고 3개" / 11st's "남은수량
            # 3개", Russian "Осталось мало"
            r"|(?:剩餘|还剩|還剩|剩下)\s*[1-9]\d*\s*件"
            r"|(?:재고|남은\s*수량)\s*[:：]?\s*[1-9]\d*\s*개|\bосталось мало\b",
            "InStock",
        ),
    ]
]


# ---- small normalisers ------------------------------------------------------------------------


def in_cents(value: Any, shown: float | None) -> bool:
    """`value` is the amount `shown` written in cents: exactly 100 times it ("1800" for "$18.00"; a
    Shopify `data-price`, a structured price in the smallest unit)."""
    if not (isinstance(value, (int, float)) and shown):
        return False
    return abs(value - round(shown * 100)) < 1e-6


def in_thousandths(value: Any, shown: float | None) -> bool:
    """`value` is the whole amount `shown` (1000 or more) read with its thousands separator as a
    decimal point: exactly a thousandth of it (1.049 for "1.049 €": a German shop writing "1.049"
    into its JSON-LD, which reads "1.049" as 1.049, `parse_price` without `shown`)."""
    if not (isinstance(value, (int, float)) and shown and shown >= 1000 and shown == int(shown)):
        return False
    return abs(value * 1000 - shown) < 0.005


def clean_text(value: Any, limit: int = 2000) -> str | None:
    """Collapse whitespace, unescape entities, tags in the text to spaces (`<wbr>` and comments to nothing);
    None for empty."""
    if value is None:
        return None
    if isinstance(value, list):
        value = next((v for v in value if v not in (None, "")), None)
        if value is None:
            return None
    if isinstance(value, dict):
        value = value.get("name") or value.get("@value") or value.get("value")
        if value is None:
            return None
    text = htmllib.unescape(str(value))
    if "<" in text:
        # a line-break opportunity or a comment splits no word (eBay's JSON-LD name "Kinderhandschu<wbr/>he";
        # real eBay.de pages saved by other hands, product-dl 0.0.0.dev4; stop 65); other tags part words
        text = re.sub(r"(?i)<wbr\s*/?>|<!--.{0,200}?-->", "", text)
        text = re.sub(r"<[^>]{0,200}>", " ", text)
    text = re.sub(r"\s+", " ", text).strip()
    return text[:limit] or None


def normalize_availability(value: Any) -> str | None:
    """schema.org URL, short name or free text -> a schema.org ItemAvailability name.

    A schema.org name ("SoldOut", "https://schema.org/LimitedAvailability", "out_of_stock") is
    kept as it is; free text is read by AVAILABILITY_TEXT ("Sold out" -> OutOfStock, "Only 3 left"
    -> InStock); None when neither says anything."""
    text = clean_text(value, 300)
    if not text:
        return None
    tail = re.split(r"[/#:]", text.rstrip("/"))[-1].strip()
    key = re.sub(r"[_-]", "", tail).lower()
    if key in _AVAIL_BY_LOWER:  # a schema.org name or URL ("SoldOut", "schema:InStock"), not words
        return _AVAIL_BY_LOWER[key]
    for pattern, name in AVAILABILITY_TEXT:
        if pattern.search(text):
            return name
    return None


def normalize_currency(value: Any) -> str | None:
    """ISO code, symbol or word -> ISO 4217 code (None when unknown)."""
    text = clean_text(value, 20)
    if not text:
        return None
    up = text.upper()
    if up in ISO_CODES:
        return up
    # the words first: three-letter ones that are no ISO 4217 code, Romanian "Lei" (RON), "RMB" (CNY), "NTD" (TWD)
    named = CURRENCY_SYMBOLS.get(text.lower().strip())
    if named or not re.fullmatch(r"[A-Z]{3}", up):
        return named
    return up


# "$" and "¥" name several currencies (read as USD and JPY): the page's region says which
_DOLLAR_BY_REGION = {
    "AR": "ARS", "MX": "MXN", "CA": "CAD", "AU": "AUD", "NZ": "NZD", "CL": "CLP", "CO": "COP", "SG": "SGD",
    "HK": "HKD", "TW": "TWD", "MO": "MOP", "UY": "UYU", "BR": "BRL",
}  # fmt: skip
# "元" (yuan) names the local dollar where Chinese is written outside the mainland
_YUAN_BY_REGION = {"TW": "TWD", "HK": "HKD", "MO": "MOP"}
_NOT_COUNTRY_TLD = {"co", "io", "me", "tv", "ai", "ly", "to", "fm", "gg", "cc", "ws"}


# Chinese written in traditional characters without a region: Taiwan's shops ("zh-Hant"), unless
# the page names Hong Kong's or Macau's money and not Taiwan's (`_TRADITIONAL_REGIONS`); other
# Chinese without a region: CN
_ZH_SCRIPT_REGION = {"hant": "TW"}
# the local dollar named in Chinese or by its sign: (region, pattern), Taiwan's first
_TRADITIONAL_REGIONS = (
    ("TW", re.compile(r"新台幣|新臺幣|台幣|臺幣|NT\$|TWD")),
    ("HK", re.compile(r"港幣|港币|港元|HK\$|HKD")),
    ("MO", re.compile(r"澳門幣|澳门币|澳門元|澳门元|葡幣|MOP")),
)


# where Chinese in traditional script is written, by place name: (region, pattern)
_TRADITIONAL_PLACES = (
    ("TW", re.compile(r"台灣|臺灣|台北|臺北|Taiwan", re.I)),
    ("HK", re.compile(r"香港|Hong\s?Kong", re.I)),
    ("MO", re.compile(r"澳門|澳门|Macau|Macao", re.I)),
)


def _traditional_place(host: str, shown: str) -> str:
    """The region of a traditional-Chinese page whose text names no money: a host label naming it
    ("hk.shop.example", "shop-hk.example": HK, "tw": TW), else the one place the text names
    (香港 / Hong Kong, 澳門 / Macau, 台灣 / Taiwan) when it names only one; TW otherwise."""
    labels = set(re.split(r"[.-]", host.lower()))
    for region in ("TW", "HK"):
        if region.lower() in labels:
            return region
    named = [r for r, place in _TRADITIONAL_PLACES if place.search(shown)]
    return named[0] if len(named) == 1 else "TW"


# languages whose money is that of one country when `lang` names no region: Danish, Norwegian
# (Bokmål, Nynorsk), Icelandic ("da": a "kr" price is Danish kroner), Swedish (a Finnish shop's
# Swedish pages write "sv-FI" or sit on a .fi host, read first)
_ONE_COUNTRY_LANG = {"da": "DK", "nb": "NO", "nn": "NO", "no": "NO", "is": "IS", "sv": "SE"}


def page_region(lang: str | None, host: str | None, shown: str = "") -> str | None:
    """The page's country (ISO 3166 alpha-2, upper case) from `<html lang="es-AR">` (a BCP 47
    tag: language, optional script, region: "zh-Hant-TW"), else the host's country domain
    ("shop.com.ar" -> "AR"), else the one country of Danish, Norwegian or Icelandic
    (`_ONE_COUNTRY_LANG`), else for Chinese in traditional script ("zh-Hant", written in Taiwan,
    Hong Kong and Macau) the region whose money the page's text `shown` names ("港幣" -> HK), else
    the one a host label or the text's place names name (`_traditional_place`: "香港" -> HK), TW
    when nothing says; CN for other Chinese; None."""
    m = re.match(r"^([a-z]{2,3})(?:[-_]([a-z]{4}))?(?:[-_]([a-z]{2}))?\b", (lang or "").strip().lower())
    if m and m.group(3):
        return m.group(3).upper()
    tld = (host or "").rstrip(".").rsplit(".", 1)[-1].lower()
    if len(tld) == 2 and tld.isalpha() and tld not in _NOT_COUNTRY_TLD:
        return tld.upper()
    if m and m.group(1) in _ONE_COUNTRY_LANG:
        return _ONE_COUNTRY_LANG[m.group(1)]
    if m and m.group(1) == "zh":
        region = _ZH_SCRIPT_REGION.get(m.group(2) or "", "CN")
        if region == "TW":
            region = next((r for r, named in _TRADITIONAL_REGIONS if named.search(shown)), None)
            region = region or _traditional_place(host or "", shown)
        return region
    return None


# a currency read from a sign several currencies share -> (the sign's currency by the page's region,
# text in the price that keeps the currency as read): "$" (read as USD), "¥" (JPY; CNY on a Chinese
# page), "元" (CNY; the local dollar where Chinese is written outside the mainland)
_REGIONAL = {
    "USD": (_DOLLAR_BY_REGION, re.compile(r"US\s?\$|USD|U\$S", re.I)),
    "JPY": ({"CN": "CNY"}, re.compile(r"円|JPY", re.I)),
    "CNY": (_YUAN_BY_REGION, re.compile(r"人民币|人民幣|RMB|CNY|¥", re.I)),
    # "kr" (read as SEK): the krone of Denmark (and the Faroes, Greenland), Norway, Iceland
    "SEK": ({"DK": "DKK", "FO": "DKK", "GL": "DKK", "NO": "NOK", "IS": "ISK"}, re.compile(r"SEK", re.I)),
}
# a currency a price text names in Chinese, whatever sign it is read from ("港幣299元": HKD, not the
# region's 元)
_NAMED_IN_CHINESE = (
    ("CNY", re.compile(r"人民币|人民幣")),
    ("TWD", re.compile(r"新台幣|新臺幣|台幣|臺幣")),
    ("HKD", re.compile(r"港幣|港币|港元")),
    ("MOP", re.compile(r"澳門幣|澳门币|澳門元|澳门元|葡幣")),
)
# the currencies `regional_currency` may change (for others a caller need not find the region)
REGIONAL_CURRENCIES = frozenset(_REGIONAL)


def regional_currency(currency: str | None, price_text: str, region: str | None) -> str | None:
    """`currency` read from a bare "$", "¥", "元" or "kr" made the region's own (`_REGIONAL`): "$ 89.999"
    on an Argentine page is ARS, "¥128" on a Chinese one CNY, "10,990元" on a Taiwanese one TWD,
    "149,95 kr." on a Danish one DKK. An
    explicit "US$" / "USD" / "円" / "JPY" / "人民币" / "人民幣" stays; a currency named in Chinese
    ("港幣299元", "新台幣 990元") is that one. A bare "$" amount grouped as US prices never are
    ("$36.999,00", `_GROUPED_NOT_US`) on a page of no known region is no currency (None): a peso
    of a country the page does not name."""
    if currency in _REGIONAL:
        named = next((code for code, name in _NAMED_IN_CHINESE if name.search(price_text)), None)
        if named:
            return named
        by_region, explicit = _REGIONAL[currency]
        if currency == "JPY" and "元" in price_text and not explicit.search(price_text):
            return "CNY"  # "￥368元": a yen price is written with 円, never 元 (ECShop; the lead's probe, stop 38)
        if region in by_region and not explicit.search(price_text):
            return by_region[region]
        grouped_not_us = _GROUPED_NOT_US.search(price_text) and not explicit.search(price_text)
        if currency == "USD" and region is None and grouped_not_us:
            return None  # "$36.999,00": a peso's grouping, no US dollar; which peso, nothing says
    return currency


# the money of the countries whose shops write a whole price with a dash for its cents and no
# currency mark at all ("2 790:-" in Sweden, "Tilbud 399,-" in Denmark and Norway, "1 299,-" in Czechia,
# "1.299,-" in Germany and Austria): the page's country (`page_region`) names it
_DASH_MONEY = {
    "SE": "SEK", "DK": "DKK", "FO": "DKK", "GL": "DKK", "NO": "NOK", "IS": "ISK", "CZ": "CZK",
    "DE": "EUR", "AT": "EUR", "CH": "CHF",
}  # fmt: skip
# a whole amount with a dash for its cents ("2 790:-", "399,-", "49.–"; also `dom.MONEY`'s dash form)
DASH_AMOUNT = r"(?<![\d.,])\d{1,3}(?:[\s\u00a0.'’]\d{3})*[.,:][-–](?![\d-])"
_DASH_AMOUNT = re.compile(DASH_AMOUNT)


def dash_currency(price_text: str, region: str | None) -> str | None:
    """The currency of a price read with no currency mark (`price_text`, its element's text) that is
    written in the dash form ("2 790:- inkl. moms", "Tilbud 399,-"): the money of the page's
    country `region` (`_DASH_MONEY`: SE -> SEK, DK -> DKK, NO -> NOK); None for another text or a
    country not listed. Source: issue 14 (Swedish and Danish pages read with no currency)."""
    if region in _DASH_MONEY and _DASH_AMOUNT.search(price_text):
        return _DASH_MONEY[region]
    return None


# the euro area (ECB, 2023: Croatia the 20th member): a price printed with no currency mark on a page
# of these countries is in euros (bol.com's "54 <sup>99</sup>")
_EURO_AREA = frozenset(
    {
        "AT",
        "BE",
        "CY",
        "DE",
        "EE",
        "ES",
        "FI",
        "FR",
        "GR",
        "HR",
        "IE",
        "IT",
        "LT",
        "LU",
        "LV",
        "MT",
        "NL",
        "PT",
        "SI",
        "SK",
    }
)


def unmarked_currency(price_text: str, region: str | None) -> str | None:
    """The currency of a price read with no currency mark (`price_text`, its element's text) in the
    page's country `region`: the dash form's money (`dash_currency`), else the euro in the euro area
    (`_EURO_AREA`); None elsewhere."""
    return dash_currency(price_text, region) or ("EUR" if region in _EURO_AREA else None)


_DOLLAR_CODES = frozenset({*_DOLLAR_BY_REGION.values(), "USD"})
_DOLLAR_AMOUNT = re.compile(r"\$\s?\d[\d.,]*\d|\$\s?\d")


def written_dollar_code(price_text: str, html: str) -> str | None:
    """The ISO 4217 code of a bare "$" price that the page writes elsewhere right after the same
    amount (any "$" amount of `price_text`, the price element's text): Tiendanube's variant JSON
    (`data-variants`) carries `"price_long":"$36.999,00 ARS"` beside the shown "$36.999,00". Only
    dollar/peso codes (`_DOLLAR_BY_REGION`, USD); None when no code, or more than one, follows."""
    codes: set[str] = set()
    for shown in set(_DOLLAR_AMOUNT.findall(price_text)):  # the price and the old one, instalments
        amount = re.escape(re.sub(r"\s", "", shown)).replace(r"\$", r"\$\s?")
        codes |= set(re.findall(amount + r"(?![\d.,])\s?([A-Z]{3})\b", html)) & _DOLLAR_CODES
    return codes.pop() if len(codes) == 1 else None


# a "$" amount grouped as US prices never are: a dot between thousands ("$36.999,00", "$ 1.299.000"),
# a comma before the cents ("$49,90"); only the number the sign stands before ("$24.99 (4,5)" is US)
_GROUPED_NOT_US = re.compile(r"\$\s?(?:\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?|\d+,\d{1,2})(?![\d.,])")


# ISO 4217 currencies with three minor digits: "12.500 KWD" is twelve and a half dinars.
THREE_DECIMAL = {"KWD", "BHD", "OMR", "JOD", "TND", "LYD", "IQD"}
# the Arabic abbreviations of Arab currencies, two letters with dots ("299.00 ر.س." on noon's Saudi
# pages, "د.إ" on its UAE pages), which the word split of `parse_price` breaks at their dots; the
# bare "ريال" / "درهم" / "دينار" name several countries' money and are not read
_ARABIC_CURRENCY = {
    "رس": "SAR", "دإ": "AED", "دا": "AED", "رق": "QAR", "دك": "KWD", "دب": "BHD", "رع": "OMR", "جم": "EGP",
    "دأ": "JOD", "دج": "DZD", "دم": "MAD", "دت": "TND", "لل": "LBP", "دع": "IQD", "دل": "LYD",
}  # fmt: skip
_ARABIC_ABBREVIATION = re.compile(r"(?<![\w])([\u0621-\u064A])\s?\.\s?([\u0621-\u064A])\.?(?![\w])")
_LEADING_SEP = re.compile(r"(?:^|[^\d.,])[.,](\d{1,2})(?![\d.,])")
# a multi-buy offer beside the amount ("2+1 £9.99", "1 + 1 19,900원", "£9.99 2+1 gratis"): its counts are
# no price (`without_offer`)
MULTIBUY = re.compile(
    r"(?<![\d.,+])\b\d{1,2}\s*\+\s*\d{1,2}(?![\d.,])(?:\s*(?:gratis|free|무료|증정))?(?!\S)", re.I
)


def without_offer(text: str) -> str:
    """`text` without the multi-buy offers (`MULTIBUY`) it writes beside an amount; as it is when
    nothing else holds a digit ("2+1" alone, "12+3")."""
    rest = MULTIBUY.sub(" ", text)
    return rest if re.search(r"\d", rest) else text


def _whole_code(code: str, text: str) -> bool:
    """The ISO code `code` is written in `text` as a word of its own (digits and signs may touch it:
    "USD49.99", "49,99EUR"), not as letters of a longer word ("DISCOUNT", "EUROPE")."""
    return re.search(rf"(?<![^\W\d_]){code}(?![^\W\d_])", text, re.I) is not None


# an amount whose decimal separator has two digits after it, then a space and another number
_COUNT_AFTER = re.compile(r"(\d[.,]\d{2})\s+\d.*$")


# every ISO 4217 code: price-parser's own table (its `_currencies` data module, 208 codes), which `Price.fromstring`
# reads codes by
_ALL_CODES = frozenset(price_currencies.CURRENCIES)


def _parsed_currency(found: str | None, text: str) -> str | None:
    """The ISO code of the currency price-parser found (`found`) in the price text `text`."""
    cur = normalize_currency(found) if found else None
    if not (cur and found):
        return None
    if re.fullmatch(r"[A-Z]{3}", found):
        # price-parser finds an ISO code inside a word: "COU" in "PRICE SHOWN INCLUDES DISCOUNT" (formasaurus
        # 0.10.0's luckybrand page, stop 64), "EUR" in "EUROPE"; a code counts written as a word of its own
        return cur if _whole_code(found, text) else None
    # a sign several currencies write ("$", "kr") beside the ISO code that says which ("$1,299 MXN",
    # "$ 1.299.000 COP", "MXN $1,299"): the code (the lead's probe, stop 66; price-parser reads "$" as USD)
    return _code_beside_amount(text) or cur


def _code_beside_amount(text: str) -> str | None:
    """The ISO 4217 code written right after a price text's first amount ("$1,299 MXN") or right before it and
    its sign ("MXN $1,299"); None without one (a code further on, "$129 (approx. 2,500 MXN)", is another
    amount's)."""
    m = re.search(r"\d[\d.,'\u00a0\u202f ]*", text)
    if m is None:
        return None
    found = re.match(r"\s*([A-Z]{3})\b", text[m.end() :]) or re.search(
        r"\b([A-Z]{3})\s*[^\w\s]{0,3}\s*$", text[: m.start()]
    )
    code = found.group(1) if found else None
    return code if code in _ALL_CODES else None


def parse_price(
    value: Any, currency_hint: str | None = None, shown: bool = False
) -> tuple[float | None, str | None]:
    """A price in any common notation -> (amount, ISO currency); (None, None) when there is none.

    A bare number ("12.5", "129.900") is machine-readable (schema.org content, JSON: a dot is the
    decimal separator) unless `shown` says it is text shown on the page, where a lone dot before
    three digits groups thousands ("320.000" -> 320000.0, as price-parser reads it; its test suite's
    real strings from shop pages expect this).

    "1.299,00 €" -> 1299.0 EUR, "$1,299" -> 1299.0 USD, 12.5 -> 12.5, ",89 €" -> 0.89 EUR (a leading
    decimal separator), "12.500 KWD" -> 12.5 KWD (three-decimal currencies, THREE_DECIMAL: a single
    separator before exactly three digits is the decimal one). Parsing is price-parser's; these
    two cases are corrected after it (it reads them as 89 and 12500).
    """
    if value is None or isinstance(value, bool):
        return None, None
    if isinstance(value, int | float):
        return (float(value) if value >= 0 else None), None
    text = clean_text(value, 200)
    if not text:
        return None, None
    if re.fullmatch(r"\d+(\.\d+)?", text) and not (shown and re.fullmatch(r"\d{1,3}\.\d{3}", text)):
        return float(text), None  # machine-readable (schema.org content): dot decimal
    text = without_offer(text)
    # an amount closed by its two decimals and a count after it: price-parser joins digit groups across spaces,
    # "EUR 19,99 0 Gebote" (eBay's price beside its bid count) read 19990 (real eBay.de pages saved by other
    # hands, product-dl 0.0.0.dev4; stop 65)
    text = _COUNT_AFTER.sub(r"\1", text)
    # the Swiss thousands apostrophe set as a typographic one ("1’299.90 CHF"; price-parser knows "'")
    text = re.sub(r"(?<=\d)[’ʼ](?=\d{3}(?!\d))", "'", text)
    # the Arabic-script separators (U+066C thousands, U+066B decimal: "525٬000 تومان", "1٬250٫50"), which
    # price-parser stops at ("525٬000" read 525; 30book-mcp 0.1's 30book.com pages, stop 68)
    text = re.sub(r"(?<=\d)\u066c(?=\d{3}(?!\d))", "'", text)
    text = re.sub(r"(?<=\d)\u066b(?=\d)", ".", text)
    p = Price.fromstring(text, currency_hint=currency_hint)
    amount = float(p.amount) if p.amount is not None else None
    cur = _parsed_currency(p.currency, text)
    if cur is None and amount is not None:  # symbols price-parser does not know ("39,000원", "12 990 тг")
        cur = next(
            (c for t in re.findall(r"[^\d\s.,()]+", text) if (c := CURRENCY_SYMBOLS.get(t.lower()))), None
        ) or next(
            (
                c
                for m in _ARABIC_ABBREVIATION.finditer(text)
                if (c := _ARABIC_CURRENCY.get(m.group(1) + m.group(2)))
            ),
            None,
        )
    code = cur or normalize_currency(currency_hint)
    if amount is not None and p.amount_text:
        first_digit = re.search(r"\d", text)
        lead = _LEADING_SEP.search(text)
        if lead and first_digit and lead.start(1) == first_digit.start():
            amount = float("0." + lead.group(1))
        elif code in THREE_DECIMAL:
            seps = re.findall(r"[.,]", p.amount_text)
            last = re.search(r"([.,])(\d+)\s*$", p.amount_text)
            if last and (len(set(seps)) == 2 or (len(seps) == 1 and len(last.group(2)) == 3)):
                fixed = Price.fromstring(text, currency_hint=currency_hint, decimal_separator=last.group(1))
                amount = float(fixed.amount) if fixed.amount is not None else amount
    if amount is not None and amount < 0:
        amount = None
    return amount, cur
