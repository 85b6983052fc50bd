"""The paged list queries behind the tables (§13), on SQLite (FTS5) and PostgreSQL (ILIKE)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import text

from app.listing import CLIENT_COLUMNS, SUBSCRIPTION_COLUMNS, Listing, Query, fts_query
from app.search_terms import fts_match, plan

TODAY = date(2026, 11, 23)


@pytest.fixture
def listed(open_desk, db_url):
    desk = open_desk(TODAY)
    acme = desk.add_client("Acme Élodie", email="billing@acme.example", phone="+33 1 23 45 67 89")
    desk.add_contact(acme, "Alice Martin", "alice@acme.example", role="primary_admin")
    desk.add_card(acme, "Visa", "4242", 12, 2030)
    desk.add_subscription(acme, "Team", Decimal("49"), start=date(2026, 1, 15))
    globex = desk.add_client("Globex", email="hello@globex.example")
    desk.add_contact(globex, "Gina Lopez", "gina@globex.example", phone="06 12 34 56 78")
    desk.add_subscription(globex, "Pro", Decimal("100"), start=date(2026, 3, 10), billing_day=20)
    trial = desk.add_client("北京星河科技有限公司", kind="trial", trial_end=date(2026, 12, 31))
    listing = Listing.open(db_url)
    yield listing, {"acme": acme, "globex": globex, "trial": trial}
    listing.close()


def _names(listing, query):
    rows = listing.client_page(query, 0, 50)
    assert listing.count_clients(query) == len(rows)
    return [row[1 + [c.key for c in CLIENT_COLUMNS].index("name")] for row in rows]


@pytest.mark.parametrize("search, expected", [
    ("", ["Acme Élodie", "Globex", "北京星河科技有限公司"]),
    ("acme", ["Acme Élodie"]),
    ("elodie", ["Acme Élodie"]),  # accents do not matter on SQLite; ILIKE needs them on PostgreSQL
    ("gina@globex", ["Globex"]),  # a contact's email
    ("AD-000002", ["Globex"]),
    ("nobody", []),
])
def test_search_covers_name_account_and_emails(listed, search, expected):
    listing, _ = listed
    if search == "elodie" and listing.dialect == "postgresql":
        expected = []
    assert _names(listing, Query(search=search)) == expected


def test_search_by_phone(listed):
    listing, _ = listed
    term = "0612" if listing.dialect == "sqlite" else "06 12"
    assert _names(listing, Query(search=term)) == ["Globex"]


def test_status_filter_and_sort(listed):
    listing, _ = listed
    assert _names(listing, Query(status="trial")) == ["北京星河科技有限公司"]
    assert _names(listing, Query(sort=(("name", False),)))[0] == "北京星河科技有限公司"


def test_paging_never_returns_more_than_asked(listed):
    listing, _ = listed
    assert len(listing.client_page(Query(), 0, 2)) == 2
    assert len(listing.client_page(Query(), 2, 2)) == 1


def test_subscriptions_list(listed):
    listing, ids = listed
    query = Query(sort=(("client", True),))
    rows = listing.subscription_page(query, 0, 50)
    assert listing.count_subscriptions(query) == 2
    keys = [c.key for c in SUBSCRIPTION_COLUMNS]
    first = rows[0]
    assert first[1] == ids["acme"]
    assert first[2 + keys.index("plan")] == "Team"
    assert first[2 + keys.index("price")] == 4900  # cents, formatted by the table model
    assert listing.count_subscriptions(Query(client_id=ids["globex"])) == 1


def test_requests_count(listed, open_desk):
    listing, ids = listed
    desk = open_desk(TODAY)
    owner = desk.client(ids["acme"]).primary_admin.id
    desk.record_request(owner, subscription_id=desk.subscriptions(ids["acme"])[0].id)
    assert listing.count_requests("pending") == 1


@pytest.mark.parametrize("text, expected", [
    ("  ", None),
    ("ad-0012", '"ad"* "0012"*'),
    ('a"b', '"a"* "b"*'),  # quotes cannot break out of the MATCH expression
])
def test_fts_query(text, expected):
    assert fts_query(text) == expected


def test_wildcards_typed_by_the_user_are_letters(listed):
    listing, _ = listed
    assert _names(listing, Query(search="g_na")) == []
    # No word to look for filters nothing, on both databases alike.
    assert len(_names(listing, Query(search="%"))) == 3


@pytest.mark.parametrize("search, status, expected", [
    ("acme", "active", ["Acme Élodie"]),
    ("acme", "trial", []),
    ("a", None, ["Acme Élodie", "Globex"]),  # "a" is in every AD- number, but the trial's too
    ("ex", "active", ["Acme Élodie", "Globex"]),  # both have .example emails
])
def test_search_with_a_status_filter(listed, search, status, expected):
    listing, _ = listed
    names = _names(listing, Query(search=search, status=status))
    if search == "a" and status is None:
        assert set(expected) <= set(names)
    else:
        assert names == expected


@pytest.fixture
def people(open_desk, db_url):
    """Clients whose names, phones and numbers people search the way they write them."""
    desk = open_desk(TODAY)
    ids = {}
    ids["sophie"] = desk.add_client("Sophie Bernard")
    ids["emilie"] = desk.add_client("Émilie Durand", phone="+33 2 69 17 54 68")
    ids["emma"] = desk.add_client("emma Roux")
    ids["zoe"] = desk.add_client("Zoé Petit")
    ids["wang"] = desk.add_client("王明德贸易有限公司")
    ids["andre"] = desk.add_client("André Martin")
    owner = desk.add_client("Hélène Caron")
    desk.add_contact(owner, "Hélène Caron", "helene@caron.example", phone="06 12 34 56 78")
    ids["helene"] = owner
    listing = Listing.open(db_url)
    yield listing, ids
    listing.close()


@pytest.mark.parametrize("typed", ["+33 2 69 17 54 68", "02 69 17 54 68", "0269175468", "+33269175468",
                                   "02.69.17.54.68"])
def test_a_phone_matches_in_any_format(people, typed):
    listing, _ = people
    assert _names(listing, Query(search=typed)) == ["Émilie Durand"]


@pytest.mark.parametrize("typed", ["06 12 34 56 78", "0612345678", "+33 6 12 34 56 78"])
def test_a_contacts_national_phone_matches_with_or_without_the_country_code(people, typed):
    listing, _ = people
    assert _names(listing, Query(search=typed)) == ["Hélène Caron"]


def test_any_part_of_an_account_number_matches(people):
    listing, ids = people
    number = f"AD-{ids['wang']:06d}"
    middle = number[-4:]  # e.g. "0005": the last digits, not a prefix of any word
    assert _names(listing, Query(search=middle)) == ["王明德贸易有限公司"]
    assert _names(listing, Query(search=number[3:])) == ["王明德贸易有限公司"]


@pytest.mark.parametrize("typed", ["明德", "贸易", "王明德", "有限公司"])
def test_chinese_text_matches_anywhere_in_a_name(people, typed):
    listing, _ = people
    assert _names(listing, Query(search=typed)) == ["王明德贸易有限公司"]


def test_names_sort_with_accents_beside_their_letters_and_case_ignored(people):
    listing, _ = people
    names = _names(listing, Query(sort=(("name", True),)))
    assert names[:6] == ["André Martin", "Émilie Durand", "emma Roux", "Hélène Caron", "Sophie Bernard",
                         "Zoé Petit"]
    assert _names(listing, Query(sort=(("name", False),)))[1:7] == list(reversed(names[:6]))


def test_a_renamed_client_sorts_by_its_new_name(people, open_desk):
    """The sort key follows the name through the ORM (there is no rename call yet)."""
    from app import models as m

    listing, ids = people
    desk = open_desk(TODAY)
    with desk._uow() as uow:
        uow.session.get(m.Client, ids["zoe"]).name = "Ève Petit"
        uow.commit()
    assert _names(listing, Query(sort=(("name", True),)))[2:4] == ["emma Roux", "Ève Petit"]


@pytest.fixture
def many(open_desk, db_url):
    """Names that tie (same name, accents), no account manager (NULLs): the orders a page
    read from the end must reproduce exactly."""
    desk = open_desk(TODAY)
    for n in range(23):
        desk.add_client(["Émile", "emile", "Zed", "Anna"][n % 4], email=None if n % 3 else f"c{n}@x.example")
    listing = Listing.open(db_url)
    yield listing
    listing.close()


@pytest.mark.parametrize("query", [
    Query(),
    Query(sort=(("name", False),)),
    Query(sort=(("email", True), ("name", False))),
    Query(sort=(("account_manager", True),)),
    Query(search="emile"),
])
def test_a_page_read_from_the_end_is_the_same_rows_as_read_from_the_start(many, query):
    """End on a table of 100,000 rows reads its last page backwards (no OFFSET 99,800)."""
    everything = many.client_page(query, 0, 100)
    count = many.count_clients(query)
    assert len(everything) == count
    assert count >= 5
    for start, size in ((count - 5, 5), (count - 5, 3), (0, count), (1, 2), (count - 1, 1)):
        from_end = count - (start + size)
        assert many.client_page_from_end(query, from_end, size) == everything[start:start + size]


@pytest.mark.parametrize("query, way", [
    (Query(search="emile"), "lookup"),  # most clients, a short prefix
    (Query(search="emile"), "list"),
    (Query(search="emi", sort=(("name", False),)), "list"),
    (Query(search="emile", status="active"), "list"),
    (Query(search="zed"), "list"),  # the matches all at the end of the name order
    (Query(search="x.example"), "list"),  # a longer prefix than the index holds
])
def test_a_client_page_walked_or_joined_is_the_same_rows(many, db_url, query, way):
    """On SQLite a page of a search in name order may walk the name index (`Listing._page_walk`),
    testing each client by looking it up or against the list of matches; the rows and their
    order are the join's, from the start and from the end. On PostgreSQL there is one way."""
    walked, joined = Listing.open(db_url), Listing.open(db_url)
    walked._page_walk = lambda _query, _match: way  # type: ignore[method-assign]
    joined._page_walk = lambda _query, _match: None  # type: ignore[method-assign]
    try:
        everything = joined.client_page(query, 0, 100)
        assert len(everything) == many.count_clients(query) >= 5
        for offset, size in ((0, 100), (2, 5), (len(everything) - 3, 3)):
            assert walked.client_page(query, offset, size) == everything[offset:offset + size]
            assert walked.client_page_from_end(query, offset, size) == joined.client_page_from_end(query, offset, size)
    finally:
        walked.close()
        joined.close()


def test_a_page_walks_the_name_index_by_how_many_clients_the_search_matches(many):
    """The way a name-ordered page meets a search follows the share of clients it matches
    (LIST_TENTHS, DENSE_TENTHS): of 23 clients "emi" and "emile" match 12, "zed" 6, "c21" one."""
    if many.dialect != "sqlite":
        pytest.skip("PostgreSQL searches one way")
    way = {text: many._page_walk(Query(search=text), fts_match(plan(text))) for text in ("emi", "emile", "zed", "c21")}
    assert way == {"emi": "lookup", "emile": "list", "zed": "list", "c21": None}  # "emile" is longer than the prefix index
    assert many._page_walk(Query(search="emi", sort=(("email", True),)), fts_match(plan("emi"))) is None


def test_a_search_every_client_matches_lists_every_subscription_of_the_shown_clients(subscribed):
    """Every client's email ends "x.example": "x" finds them all, so the subscriptions are
    read without the search (`Listing._every_client_matches`), the hidden client's left out
    and the voided one too, as for no search at all; "zed" finds some."""
    if subscribed.dialect != "sqlite":
        pytest.skip("PostgreSQL searches one way")
    assert subscribed._every_client_matches(Query(search="x"), fts_match(plan("x")))
    assert not subscribed._every_client_matches(Query(search="zed"), fts_match(plan("zed")))
    everything = Query(sort=(("client", True), ("plan", True)))
    searched = Query(search="x", sort=(("client", True), ("plan", True)))
    assert subscribed.count_subscriptions(searched) == subscribed.count_subscriptions(everything)
    assert subscribed.subscription_page(searched, 0, 100) == subscribed.subscription_page(everything, 0, 100)


def test_a_subscription_page_read_from_the_end_is_the_same_rows(listed):
    listing, _ = listed
    query = Query(sort=(("client", True), ("plan", True)))
    everything = listing.subscription_page(query, 0, 100)
    assert listing.subscription_page_from_end(query, 0, 1) == everything[-1:]
    assert listing.subscription_page_from_end(query, 0, 5) == everything


def test_an_expired_trials_subscriptions_list_and_filter_as_expired(open_desk, db_url):
    """The Subscriptions page says what the detail pane says (issue 10, "status counts that
    agree with statuses"): a trial that reached its end keeps its subscriptions "active"
    in the database, but nothing of an expired client runs."""
    desk = open_desk(date(2026, 11, 23))
    trial = desk.add_client("Umbrella", kind="trial", trial_end=date(2026, 10, 31))
    desk.add_subscription(trial, "Team", Decimal("49"), start=date(2026, 10, 1))
    running = desk.add_client("Initech")
    desk.add_subscription(running, "Pro", Decimal("100"), start=date(2026, 10, 1))
    desk.run_lifecycle()
    assert desk.client(trial).status == "expired"
    status = 2 + [c.key for c in SUBSCRIPTION_COLUMNS].index("status")
    listing = Listing.open(db_url)
    try:
        rows = listing.subscription_page(Query(sort=(("client", True),)), 0, 10)
        assert [(row[1], row[status]) for row in rows] == [(running, "active"), (trial, "expired")]
        assert [row[1] for row in listing.subscription_page(Query(status="active"), 0, 10)] == [running]
        assert listing.count_subscriptions(Query(status="active")) == 1
        assert [row[1] for row in listing.subscription_page(Query(status="expired"), 0, 10)] == [trial]
        assert listing.count_subscriptions(Query(status="expired")) == 1
    finally:
        listing.close()


def _row_by_row(listing: Listing) -> Listing:
    """The same listing reading its pages as the driver gives rows, one at a time."""
    listing._fetch_page = lambda sql, params, _width: listing._fetch(sql, params)  # type: ignore[method-assign]
    return listing


@pytest.mark.parametrize("query", [
    Query(),
    Query(sort=(("name", False),)),
    Query(sort=(("email", True), ("name", False))),
    Query(sort=(("account_manager", True),)),
    Query(search="emile", sort=(("created", False),)),
])
def test_a_page_is_the_rows_the_database_gives_in_its_order(many, db_url, query):
    """On SQLite a page travels as one JSON value (`Listing._fetch_page`, so that a worker
    busy in Python does not take the GIL back at every row): the same rows, values and
    order as read row by row, from the start and from the end."""
    plain = _row_by_row(Listing.open(db_url))
    try:
        for offset, size in ((0, 100), (3, 7), (20, 5)):
            assert many.client_page(query, offset, size) == plain.client_page(query, offset, size)
            assert many.client_page_from_end(query, offset, size) == plain.client_page_from_end(query, offset, size)
    finally:
        plain.close()


def test_a_subscription_page_keeps_its_values(listed, db_url):
    listing, _ = listed
    plain = _row_by_row(Listing.open(db_url))
    try:
        query = Query(sort=(("price", False),))
        rows = listing.subscription_page(query, 0, 10)
        assert rows == plain.subscription_page(query, 0, 10)
        price = 2 + [c.key for c in SUBSCRIPTION_COLUMNS].index("price")
        assert [row[price] for row in rows] == [10000, 4900]  # integer cents, unchanged
    finally:
        plain.close()


@pytest.mark.parametrize("query, filtered", [
    (Query(), False), (Query(sort=(("email", True),)), False), (Query(search="  "), False), (Query(search="+"), False),
    (Query(search="acme"), True), (Query(status="trial"), True), (Query(client_id=1), True),
])
def test_an_unfiltered_query_counts_the_whole_list(listed, query, filtered):
    """The tables take an unfiltered query's count as the list's total (one query, not two)."""
    listing, _ = listed
    assert query.filtered() is filtered
    if not filtered:  # the whole list, counted against its rows read in full
        assert listing.count_clients(query) == listing.total_clients() == len(listing.client_page(query, 0, 1000))
        assert listing.count_subscriptions(query) == len(listing.subscription_page(query, 0, 1000))


def test_the_unfiltered_count_leaves_the_hidden_clients_out(listed, open_desk):
    """§10: a client being deactivated is hidden from the lists; the count agrees with the
    page, and its own status filter still finds it."""
    listing, ids = listed
    desk = open_desk(TODAY)
    with desk.engine.begin() as conn:
        conn.execute(text("UPDATE client SET status = 'deactivating' WHERE id = :id"), {"id": ids["globex"]})
    assert listing.total_clients() == listing.count_clients(Query()) == 2
    assert "Globex" not in _names(listing, Query())
    assert _names(listing, Query(status="deactivating")) == ["Globex"]


@pytest.fixture
def subscribed(open_desk, db_url):
    """Clients with ties in name and plan, several subscriptions each, one voided, one
    client hidden: what walking the clients in name order must give as the join does."""
    desk = open_desk(TODAY)
    for n in range(17):
        client = desk.add_client(["Émile", "emile", "Zed", "Anna", "Béa"][n % 5], email=f"c{n}@x.example")
        for k in range(n % 4):
            sub = desk.add_subscription(client, ["Team", "Pro", "Team"][k], Decimal(10 + n), start=date(2026, 1 + k, 5))
            if n == 6 and k == 1:
                with desk.engine.begin() as conn:
                    conn.execute(text("UPDATE subscription SET status = 'voided' WHERE id = :id"), {"id": sub})
        if n == 9:
            with desk.engine.begin() as conn:
                conn.execute(text("UPDATE client SET status = 'deactivating' WHERE id = :id"), {"id": client})
    listing = Listing.open(db_url)
    yield listing
    listing.close()


@pytest.mark.parametrize("query", [
    Query(sort=(("client", True), ("plan", True))),
    Query(sort=(("client", False), ("plan", True))),
    Query(sort=(("client", True), ("price", False))),
    Query(search="emile", sort=(("client", True), ("plan", True))),
    Query(search="e", sort=(("client", False), ("plan", False))),
    Query(search="+", sort=(("client", True), ("plan", True))),  # nothing to look for: every row
])
def test_subscriptions_in_client_order_walked_or_joined_are_the_same_rows(subscribed, db_url, query):
    """On SQLite a subscriptions page in client-name order walks the clients' name index
    (`Listing._walks_clients`); the rows, their order and the count are the join's."""
    walked = subscribed
    if walked.dialect == "sqlite":
        assert walked._walks_clients(query)
    joined = Listing.open(db_url)
    joined._walks_clients = lambda _query: False  # type: ignore[method-assign]
    joined._every_client_matches = lambda _query, _match: False  # type: ignore[method-assign]
    try:
        count = len(joined.subscription_page(query, 0, 1000))  # every row, by the join
        assert walked.count_subscriptions(query) == count and count >= 5
        for offset, size in ((0, 100), (2, 5), (count - 3, 3)):
            assert walked.subscription_page(query, offset, size) == joined.subscription_page(query, offset, size)
            assert (walked.subscription_page_from_end(query, offset, size)
                    == joined.subscription_page_from_end(query, offset, size))
    finally:
        joined.close()
