"""A realistic, deterministic demo database (`accountdesk demo`).

Same seed and same `today` give the same rows: everything comes from one
``random.Random(seed)``, never the clock. Invoices are exactly what the billing
calendar issues up to `today` (``billing.periods_issued_by``), so the lifecycle finds
nothing left to do. Rows go in with ids assigned here: on SQLite through Core bulk inserts
(executemany), one transaction per chunk of clients, about a minute and a half for 100,000
clients; on PostgreSQL through COPY (`app.copy_rows`), the sequences moved past the ids
at the end (setval), about a minute under load (README, "The demo on PostgreSQL").

Runs on the calling thread and holds the database's write lock for one chunk at a time.
Adds to what is there (staff users already present are reused by email). Meant for a new
or quiet database: ids are assigned here, so rows others add meanwhile could collide.
"""

from __future__ import annotations

import random
import re
import unicodedata
from bisect import bisect_right
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import nullcontext
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, Engine, Integer, column, func, insert, select, table, text, update
from sqlalchemy.sql.expression import TableClause

from app import billing
from app import models as m
from app.copy_rows import can_copy, copy_dicts, foreign_keys_set_aside, owns_tables
from app.search_terms import sort_key
from app.services.billing_run import shared_calendar

CHUNK_CLIENTS = 2000
BATCH_ROWS = 5000
TABLES = ("staff_user", "client", "contact", "card", "subscription", "activity", "invoice", "payment_attempt",
          "audit_event", "cancellation_request")
REQUEST_SHARE = 0.004  # clients with a cancellation request in the managers' queue

REQUEST_MESSAGES = (
    "We are closing the office at the end of the quarter; please cancel.",
    "Nous n'utilisons plus ce service, merci de résilier l'abonnement.",
    "由于预算调整,我们希望取消此订阅。",
    "Please stop the renewal; we moved to another tool.",
)

STAFF = (  # name, email local part, language, role
    ("Olivia Bennett", "olivia.bennett", "en", "administrator"),
    ("Camille Laurent", "camille.laurent", "fr", "manager"),
    ("张伟", "wei.zhang", "zh", "manager"),
    ("Daniel Hughes", "daniel.hughes", "en", "manager"),
    ("Émilie Rousseau", "emilie.rousseau", "fr", "staff"),
    ("Jérôme Lefèvre", "jerome.lefevre", "fr", "staff"),
    ("Chloé Girard", "chloe.girard", "fr", "staff"),
    ("Sophie Turner", "sophie.turner", "en", "staff"),
    ("Marcus Reid", "marcus.reid", "en", "staff"),
    ("Hannah Clarke", "hannah.clarke", "en", "staff"),
    ("李娜", "na.li", "zh", "staff"),
    ("王芳", "fang.wang", "zh", "staff"),
)
EN_ADJ = ("Blue", "Northern", "Silver", "Bright", "Summit", "Golden", "Red", "Evergreen", "Atlas", "Pioneer",
          "Crescent", "Maple", "Granite", "Coastal", "Sterling", "Oak", "Cedar", "Riverside", "Horizon", "Harbor")
EN_NOUN = ("Peak", "Bridge", "Field", "Stone", "Wave", "Point", "Lake", "Ridge", "Valley", "Forge", "Light",
           "Gate", "Hill", "Works", "Line")
EN_TRADE = ("Logistics", "Dental", "Consulting", "Architects", "Software", "Foods", "Media", "Legal",
            "Engineering", "Design", "Analytics", "Health", "Studios", "Retail", "Travel")
EN_FORM = ("Ltd", "Inc.", "LLC", "Group", "& Co.", "")
FR_TRADE = ("Atelier", "Boulangerie", "Cabinet", "Éditions", "Société", "Librairie", "Pharmacie", "Agence",
            "Maison", "Garage", "Clinique", "Studio")
FR_NAME = ("du Château", "Étoile", "des Cèdres", "Beauséjour", "Côté Jardin", "Saint-Éloi", "de la Forêt",
           "Hélios", "Mistral", "Bérénice", "du Lac", "Noël", "Ferrière", "Lumière", "des Prés")
FR_FORM = ("", " SARL", " SAS", " & Fils", " et Associés", " de Lyon", " de Montréal", " de Genève",
           " de Québec", " de Nantes", " de Bordeaux", " de Liège")
ZH_CITY = (("北京", "beijing"), ("上海", "shanghai"), ("深圳", "shenzhen"), ("广州", "guangzhou"),
           ("杭州", "hangzhou"), ("成都", "chengdu"), ("南京", "nanjing"), ("武汉", "wuhan"), ("苏州", "suzhou"),
           ("西安", "xian"))
ZH_WORD = (("星河", "xinghe"), ("华光", "huaguang"), ("金桥", "jinqiao"), ("云海", "yunhai"), ("天成", "tiancheng"),
           ("远航", "yuanhang"), ("瑞丰", "ruifeng"), ("恒信", "hengxin"), ("博雅", "boya"), ("新锐", "xinrui"),
           ("东方", "dongfang"), ("明德", "mingde"), ("青松", "qingsong"), ("长风", "changfeng"))
ZH_TRADE = (("科技", "keji"), ("贸易", "maoyi"), ("咨询", "zixun"), ("文化传媒", "wenhua"), ("教育", "jiaoyu"),
            ("物流", "wuliu"), ("网络", "wangluo"), ("设计", "sheji"), ("餐饮", "canyin"), ("医疗", "yiliao"))
PEOPLE = {
    "en": (("James", "Olivia", "Liam", "Emma", "Noah", "Ava", "Ethan", "Grace", "Lucas", "Mia", "Owen", "Ruby"),
           ("Smith", "Johnson", "Brown", "Taylor", "Wilson", "Davies", "Evans", "Walker", "Wright", "Hall",
            "Young", "King")),
    "fr": (("Élodie", "François", "Hélène", "Jérôme", "Chloé", "Benoît", "Zoé", "Loïc", "Amélie", "Gaëlle",
            "Théo", "Inès"),
           ("Lefèvre", "Gauthier", "Dubois", "Côté", "Bénard", "Moreau", "Lemaître", "Giroux", "Fournier",
            "Béliveau", "Rousseau", "Mercier")),
    "zh": ((("伟", "wei"), ("娜", "na"), ("敏", "min"), ("静", "jing"), ("磊", "lei"), ("洋", "yang"),
            ("婷", "ting"), ("军", "jun"), ("丽", "li"), ("强", "qiang")),
           (("王", "wang"), ("李", "li"), ("张", "zhang"), ("刘", "liu"), ("陈", "chen"), ("杨", "yang"),
            ("黄", "huang"), ("赵", "zhao"), ("周", "zhou"), ("吴", "wu"))),
}
PLANS = (("Starter", 1900, 35), ("Team", 4900, 35), ("Business", 9900, 20), ("Enterprise", 29900, 10))
ACTIVITIES = {"en": ("Onboarding workshop", "Monthly webinar", "Advanced reporting course", "Priority support"),
              "fr": ("Atelier de prise en main", "Formation avancée", "Webinaire mensuel", "Support prioritaire"),
              "zh": ("入门培训", "月度网络研讨会", "高级报表课程", "优先支持")}
RESELLERS = (("Northwind Partners", "partners@northwind.example"), ("Solutions Bérard", "canal@berard.example"),
             ("华信渠道服务有限公司", "channel@huaxin.example"), ("Cloudreach Resale", "resale@cloudreach.example"))
BRANDS = ("Visa", "Visa", "Mastercard", "Mastercard", "American Express", "UnionPay")


def ascii_slug(value: str) -> str:
    plain = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode().lower()
    return re.sub("[^a-z0-9]+", "-", plain).strip("-")


def plain_tables() -> dict[str, TableClause]:
    """Core views of the tables with money as bare integer cents (no Decimal round trip)."""
    tables = {}
    for name in TABLES:
        source = m.Base.metadata.tables[name]
        tables[name] = table(name, *(column(c.name, Integer() if isinstance(c.type, m.Money) else c.type)
                                     for c in source.columns))
    return tables


class _Builder:
    """Generates the rows of one chunk of clients at a time, drawing only from `rng`."""

    def __init__(self, rng: random.Random, today: date, staff: list[tuple[int, str, str, str]],
                 next_ids: dict[str, int]) -> None:
        self.rng, self.today, self.ids = rng, today, next_ids
        self.managers = [s for s in staff if s[3] != "administrator"] or staff
        self.by_language = {lang: [s for s in self.managers if s[2] == lang] or self.managers
                            for lang in m.LANGUAGES}
        self.rows: dict[str, list[dict[str, Any]]] = {}
        self.owner_id: int | None = None  # the current client's primary admin

    def _id(self, name: str) -> int:
        self.ids[name] += 1
        return self.ids[name]

    def _add(self, table_name: str, /, **row: Any) -> int:
        row["id"] = self._id(table_name)
        self.rows[table_name].append(row)
        return row["id"]

    def _audit(self, client_id: int, day: date, actor: str, action: str, summary: str,
               after: dict[str, Any] | None = None) -> None:
        at = datetime.combine(day, time(self.rng.randrange(8, 18), self.rng.randrange(60), self.rng.randrange(60)))
        self._add("audit_event", client_id=client_id, at=at, actor=actor, action=action, summary=summary,
                  before=None, after=after)

    def chunk(self, count: int) -> dict[str, list[dict[str, Any]]]:
        self.rows = {name: [] for name in TABLES}
        for _ in range(count):
            self.client()
        return self.rows

    # --- one client ------------------------------------------------------------
    def _company(self, language: str) -> tuple[str, str]:
        rng = self.rng
        if language == "fr":
            if rng.random() < 0.3:
                first, last = rng.choice(PEOPLE["fr"][0]), rng.choice(PEOPLE["fr"][1])
                name = f"{rng.choice(FR_TRADE)} {first} {last}"
            else:
                name = f"{rng.choice(FR_TRADE)} {rng.choice(FR_NAME)}{rng.choice(FR_FORM)}"
            return name, ascii_slug(name.replace(" SARL", "").replace(" SAS", ""))
        if language == "zh":
            city, word, trade = rng.choice(ZH_CITY), rng.choice(ZH_WORD), rng.choice(ZH_TRADE)
            return f"{city[0]}{word[0]}{trade[0]}有限公司", f"{word[1]}-{trade[1]}-{city[1]}"
        base = f"{rng.choice(EN_ADJ)} {rng.choice(EN_NOUN)} {rng.choice(EN_TRADE)}"
        form = rng.choice(EN_FORM)
        return f"{base} {form}".strip(), ascii_slug(base)

    def _person(self, language: str, domain: str) -> tuple[str, str]:
        firsts, lasts = PEOPLE[language]
        first, last = self.rng.choice(firsts), self.rng.choice(lasts)
        if language == "zh":
            return f"{last[0]}{first[0]}", f"{first[1]}.{last[1]}@{domain}"
        return f"{first} {last}", f"{ascii_slug(first)}.{ascii_slug(last)}@{domain}"

    def _phone(self, language: str) -> str:
        r = self.rng.randrange
        if language == "fr":
            return f"+33 {r(1, 6)} {r(10, 100)} {r(10, 100)} {r(10, 100)} {r(10, 100)}"
        if language == "zh":
            return f"+86 1{r(30, 90)} {r(10000):04d} {r(10000):04d}"
        return f"+1 {r(201, 990)}-555-{r(10000):04d}"

    def client(self) -> None:
        rng, today = self.rng, self.today
        cid = self._id("client")
        language = rng.choices(m.LANGUAGES, (50, 30, 20))[0]
        name, slug = self._company(language)
        domain = f"{slug}.example"
        manager = rng.choice(self.by_language[language] if rng.random() < 0.8 else self.managers)
        draw = rng.random()
        kind = "direct" if draw < 0.85 else "trial" if draw < 0.95 else "resold"
        trial_end = today + timedelta(days=rng.randint(-30, 30)) if kind == "trial" else None
        reseller = rng.choice(RESELLERS) if kind == "resold" else (None, None)
        contacts = self.contacts(cid, language, domain)
        if kind == "trial":
            starts = [min(today, trial_end - timedelta(days=30))] * rng.choice((1, 1, 2))
        else:
            count = rng.choices((1, 2, 3, 4, 5), (15, 20, 30, 20, 15))[0]
            starts = sorted(today - timedelta(days=rng.randrange(3 * 365 + 1)) for _ in range(count))
        created = starts[0] - timedelta(days=0 if kind == "trial" else rng.randrange(15))
        has_card = rng.random() < 0.8
        self.rows["client"].append(dict(
            id=cid, account_number=f"AD-{cid:06d}", name=name, name_key=sort_key(name), language=language, kind=kind, trial_end=trial_end,
            reseller_name=reseller[0], reseller_contact=reseller[1],
            email=f"{'info' if language == 'zh' else 'contact'}@{domain}",
            phone=self._phone(language) if rng.random() < 0.9 else None, account_manager_id=manager[0],
            status="active", created=created))
        self._audit(cid, created, manager[1], "client.add", f"Client {name} added ({kind})",
                    {"name": name, "kind": kind, "account_number": f"AD-{cid:06d}"})
        if has_card:
            self.card(cid, created, manager[1])
        subs = [self.subscription(cid, name, language, kind, start, contacts, manager[1]) for start in starts]
        if kind == "trial":
            status = "trial" if trial_end >= today else "expired"
        else:
            status = "active" if any(running for running, _ in subs) else "expired"
            self.payments(cid, has_card, manager[1], subs)
            self.request(cid, subs)
        self.rows["client"][-1]["status"] = status

    def request(self, cid: int, subs: list[tuple[bool, list[dict[str, Any]]]]) -> None:
        """Now and then a client's cancellation request, pending or waiting for the client."""
        rng = self.rng
        if rng.random() >= REQUEST_SHARE or self.owner_id is None:
            return
        running = [invoices[0]["subscription_id"] for ok, invoices in subs if ok and invoices]
        if not running:
            return
        waiting = rng.random() < 0.25
        self._add("cancellation_request", client_id=cid, subscription_id=rng.choice(running),
                  contact_id=self.owner_id, channel=rng.choice(m.CHANNELS),
                  received=self.today - timedelta(days=rng.randrange(15)),
                  message=rng.choice(REQUEST_MESSAGES), status="waiting" if waiting else "pending",
                  note="Asked for written confirmation from the account owner" if waiting else "",
                  decision="", final_billing_date=None, decided_by=None, decided_at=None)

    def contacts(self, cid: int, language: str, domain: str) -> list[str]:
        rng = self.rng
        if rng.random() < 0.12:  # over the seat limit of §4: 3-6 active seats
            count = rng.randint(3, 6)
            seats = rng.randint(3, count)
        else:
            count = rng.choices((1, 2, 3, 4, 5), (30, 30, 20, 12, 8))[0]
            seats = min(count, rng.choice((0, 1, 1, 2, 2)))
        owner = rng.random() < 0.95
        names = []
        self.owner_id = None
        for k in range(count):
            name, email = self._person(language, domain)
            role = "primary_admin" if owner and k == 0 else "admin" if rng.random() < 0.3 else "user"
            contact_id = self._add("contact", client_id=cid, name=name, email=email, role=role, seat=k < seats,
                                   phone=self._phone(language) if rng.random() < 0.6 else None, language=language)
            if role == "primary_admin":
                self.owner_id = contact_id
            names.append(name)
        return names

    def card(self, cid: int, added: date, actor: str) -> None:
        rng, today = self.rng, self.today
        # 6% expire at the end of this month, so the §7 reminder is due.
        month_index = today.year * 12 + today.month - 1 + (0 if rng.random() < 0.06 else rng.randint(1, 48))
        exp_year, exp_month = divmod(month_index, 12)
        brand, last4 = rng.choice(BRANDS), f"{rng.randrange(10000):04d}"
        self._add("card", client_id=cid, brand=brand, last4=last4, exp_month=exp_month + 1, exp_year=exp_year,
                  added=added, removed=None, expiry_reminded=None)
        self._audit(cid, added, actor, "card.add", f"Card {brand} ending {last4} saved",
                    {"brand": brand, "last4": last4, "expiry": f"{exp_month + 1:02d}/{exp_year}"})

    def subscription(self, cid: int, client_name: str, language: str, kind: str, start: date,
                     contacts: list[str], actor: str) -> tuple[bool, list[dict[str, Any]]]:
        """Adds one subscription with its invoices; returns whether it runs, and the invoice rows."""
        rng, today = self.rng, self.today
        plan_name, monthly_cents, _ = rng.choices(PLANS, [p[2] for p in PLANS])[0]
        period = "monthly" if kind == "trial" or rng.random() < 0.75 else "annual"
        billing_day = rng.randint(1, 28) if period == "monthly" and rng.random() < 0.5 else None
        cents = monthly_cents * (10 if period == "annual" else 1)
        if rng.random() < 0.15:
            cents = cents * 9 // 10  # a negotiated discount
        end_date = None
        if kind != "trial" and rng.random() < 0.08:
            end_date = billing.add_months(start, rng.choice((6, 12, 18, 24, 36))) - timedelta(days=1)
        expired = end_date is not None and end_date < today
        sid = self._id("subscription")
        participant = client_name if rng.random() < 0.6 else rng.choice(contacts)
        for activity in rng.sample(ACTIVITIES[language], rng.choice((0, 1, 1, 2, 3))):
            self._add("activity", subscription_id=sid, name=activity, enrolled_until=end_date if expired else None)
        invoices: list[dict[str, Any]] = []
        next_billing = None
        if kind != "trial":  # trials are never billed (§9)
            plan = billing.Plan(period, start, Decimal(cents).scaleb(-2), billing_day, end_date)
            for issued, first, last, amount, purchase in _issued(plan, cents, today):
                self._add("invoice", client_id=cid, subscription_id=sid, issued=issued, start=first, end=last,
                          amount=amount, paid=amount, status="paid", purchase=purchase)
                invoices.append(self.rows["invoice"][-1])
            if not expired:
                next_billing = billing.next_billing_date(plan, invoices[-1]["issued"])
        self.rows["subscription"].append(dict(
            id=sid, client_id=cid, participant=participant, plan=plan_name, price=cents, period=period,
            start=start, purchased=start, billing_day=billing_day, end_date=end_date,
            seats=rng.randint(5, 20) if plan_name == "Enterprise" else rng.randint(1, 3),
            status="expired" if expired else "active", next_billing_date=next_billing, cancel_from=None,
            cancellation_month=None, access_end=end_date, cancelled_how=None, cancelled_at=None, cancelled_by=None))
        self._audit(cid, start, actor, "subscription.add", f"{plan_name} bought for {participant} from {start}",
                    {"subscription": sid, "price": f"{cents // 100}.{cents % 100:02d}", "period": period,
                     "billing_day": billing_day, "end_date": end_date.isoformat() if end_date else None})
        return not expired, invoices

    def payments(self, cid: int, has_card: bool, actor: str, subs: list[tuple[bool, list[dict[str, Any]]]]) -> None:
        """Autopay failures and unpaid invoices (§15), on the latest invoices of running subscriptions."""
        rng, today = self.rng, self.today
        draw = rng.random()
        latest = [invoices[-1] for running, invoices in subs if running and invoices]
        if has_card:
            if not latest or draw >= 0.06:
                return
            invoice = rng.choice(latest)
            self._add("payment_attempt", client_id=cid, invoice_id=invoice["id"], on=invoice["issued"], ok=False,
                      amount=invoice["amount"])
            self._audit(cid, invoice["issued"], actor, "invoice.payment",
                        f"Autopay failed for the invoice of {invoice['issued']}", {"status": "open", "paid": "0"})
            if draw < 0.03:  # still unpaid: the invoice assumed paid is open again
                invoice["paid"], invoice["status"] = 0, "open"
            else:  # paid on a later attempt
                self._add("payment_attempt", client_id=cid, invoice_id=invoice["id"], ok=True,
                          on=min(today, invoice["issued"] + timedelta(days=rng.randint(1, 5))),
                          amount=invoice["amount"])
            return
        owing = draw < 0.3  # about a third of the clients paying by transfer owe their latest invoices
        for running, invoices in subs:
            for invoice in invoices[-3:]:
                if owing and running and invoice is invoices[-1]:
                    invoice["paid"], invoice["status"] = 0, "open"
                elif (today - invoice["issued"]).days <= 60:
                    self._add("payment_attempt", client_id=cid, invoice_id=invoice["id"], ok=True,
                              on=min(today, invoice["issued"] + timedelta(days=rng.randrange(10))),
                              amount=invoice["amount"])


def _issued(plan: billing.Plan, cents: int, today: date) -> list[tuple[date, date, date, int, bool]]:
    """(issued, start, end, cents, purchase) of `billing.periods_issued_by(plan, today)`,
    faster: past the purchase, a plan without an end date issues the full periods of its
    anchor's calendar, which the lifecycle computes once for every plan sharing it."""
    purchase = next(billing.periods(plan))
    rows = [(purchase.issued, purchase.start, purchase.end, int(purchase.amount.scaleb(2)), True)]
    if plan.end_date is None:
        dates, spans = shared_calendar(billing.anchor(plan), today)
        first = bisect_right(dates, purchase.issued)
        if first:  # else older than the shared calendar: the plan's own
            return rows + [(*span, cents, False) for span in spans[first:bisect_right(dates, today)]]
    return [(p.issued, p.start, p.end, int(p.amount.scaleb(2)), p.purchase) for p in billing.periods_issued_by(plan, today)]


def _insert(conn: Connection, target: TableClause, rows: list[dict[str, Any]]) -> None:
    for i in range(0, len(rows), BATCH_ROWS):
        conn.execute(insert(target), rows[i:i + BATCH_ROWS])


def _insert_chunk(conn: Connection, tables: dict[str, TableClause], rows: dict[str, list[dict[str, Any]]],
                  sqlite: bool) -> None:
    order = list(TABLES[1:])
    if can_copy(conn):
        for name in order:  # parents first: COPY checks each foreign key as it goes
            copy_dicts(conn, tables[name], rows[name])
        return
    if sqlite:
        # Contacts before their clients, the foreign key checked at commit: each client's search
        # row is then written once by the client trigger instead of once per contact.
        conn.exec_driver_sql("PRAGMA defer_foreign_keys=ON")
        order.remove("contact")
        order.insert(0, "contact")
    for name in order:
        _insert(conn, tables[name], rows[name])


def _staff(conn: Connection, target: TableClause, next_ids: dict[str, int]) -> list[tuple[int, str, str, str]]:
    """The demo's staff users (id, email, language, role), reusing those already there by email."""
    existing = {email.lower(): id_ for id_, email in conn.execute(select(m.StaffUser.id, m.StaffUser.email))}
    staff, new = [], []
    for name, local, language, role in STAFF:
        email = f"{local}@accountdesk.example"
        id_ = existing.get(email)
        if id_ is None:
            next_ids["staff_user"] += 1
            id_ = next_ids["staff_user"]
            new.append(dict(id=id_, name=name, email=email, role=role, language=language, db_login=None,
                            active=True))
        staff.append((id_, email, language, role))
    _insert(conn, target, new)
    return staff


def build_demo(engine: Engine, *, clients: int, seed: int = 1, today: date,
               progress: Callable[[int, int], None] | None = None) -> dict[str, int]:
    """Adds `clients` demo clients with their contacts, cards, subscriptions, invoices and history.

    Returns the rows added per table. `progress(done, total)` is called after each chunk of
    clients, on the calling thread. Each chunk is its own transaction: an error leaves the
    chunks already written — except on PostgreSQL when this login owns the tables, where
    the whole build is one transaction (`app.copy_rows.foreign_keys_set_aside`). On SQLite the
    connection runs with ``synchronous=OFF`` for the build (a throwaway demo) and is set
    back to FULL before returning.
    """
    rng = random.Random(seed)
    tables = plain_tables()
    counts = dict.fromkeys(TABLES, 0)
    sqlite = engine.dialect.name == "sqlite"
    with engine.connect() as conn:
        raw = conn.connection.driver_connection if sqlite else None
        if raw is not None:
            raw.execute("PRAGMA synchronous=OFF")
        try:
            with conn.begin():
                next_ids = {name: conn.scalar(select(func.coalesce(func.max(tables[name].c.id), 0)))
                            for name in TABLES}
                first_staff = next_ids["staff_user"]
                staff = _staff(conn, tables["staff_user"], next_ids)
                counts["staff_user"] = next_ids["staff_user"] - first_staff
                whole = can_copy(conn) and owns_tables(conn, TABLES[1:])
            builder = _Builder(rng, today, staff, next_ids)
            with conn.begin() if whole else nullcontext(), foreign_keys_set_aside(conn, TABLES[1:], whole):
                for rows in _chunks(builder, clients):
                    with nullcontext() if whole else conn.begin():
                        _insert_chunk(conn, tables, rows, sqlite)
                    for name in TABLES[1:]:
                        counts[name] += len(rows[name])
                    if progress is not None:
                        progress(counts["client"], clients)
            with conn.begin():
                _finish(conn, today, sqlite)
        finally:
            if raw is not None:
                raw.execute("PRAGMA synchronous=FULL")
    return counts


def _chunks(builder: _Builder, clients: int) -> Iterator[dict[str, list[dict[str, Any]]]]:
    """The rows of each chunk of clients. The next chunk is drawn while the database writes
    this one (the server works through a COPY while we wait for it, without the GIL). One
    builder, used by one thread at a time and in order: the rows stay the same."""
    sizes = [min(CHUNK_CLIENTS, clients - start) for start in range(0, clients, CHUNK_CLIENTS)]
    with ThreadPoolExecutor(1, thread_name_prefix="demo-rows") as ahead:
        pending = ahead.submit(builder.chunk, sizes[0])
        for following in [*sizes[1:], None]:
            rows = pending.result()
            if following is not None:
                pending = ahead.submit(builder.chunk, following)
            yield rows


def _finish(conn: Connection, today: date, sqlite: bool) -> None:
    """Marks the lifecycle as run today, and on PostgreSQL moves the id sequences past our ids."""
    state = m.LifecycleState.__table__
    if conn.scalar(select(state.c.id).where(state.c.id == 1)) is None:
        conn.execute(insert(state).values(id=1, done_until=today))
    else:
        conn.execute(update(state).where(state.c.id == 1).values(done_until=today))
    if not sqlite:
        for name in (*TABLES, "lifecycle_state"):
            conn.execute(text(f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "
                              f"coalesce(max(id), 1), max(id) IS NOT NULL) FROM {name}"))
