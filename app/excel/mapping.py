"""Foreign files: which client field each source column holds (DESIGN.md §14).

`propose(headers)` matches header names, in English, French and Chinese, against the
synonyms of each field; each field is proposed for at most one column (the first that
matches), every other column is None ("ignore"). Pure: no database, no Qt.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass


@dataclass(frozen=True)
class Field:
    key: str
    title: str  # English; the window translates it
    kind: str  # text | email | date | yes_no | language


# The fields of the clients sheet a foreign column can fill, in the order the window lists them.
FIELDS: tuple[Field, ...] = (
    Field("name", "Client name", "text"),
    Field("account_number", "Account number", "text"),
    Field("email", "Email", "email"),
    Field("phone", "Phone", "text"),
    Field("owner_first_name", "Account owner: first name", "text"),
    Field("owner_last_name", "Account owner: last name", "text"),
    Field("owner_name", "Account owner: full name", "text"),
    Field("owner_email", "Account owner: email", "email"),
    Field("country", "Country", "text"),
    Field("city", "City", "text"),
    Field("client_since", "Client since", "date"),
    Field("language", "Language", "language"),
    Field("active", "Active (yes/no)", "yes_no"),
    Field("churned", "Left (yes/no)", "yes_no"),
)
BY_KEY = {f.key: f for f in FIELDS}

SYNONYMS: dict[str, tuple[str, ...]] = {
    "name": ("company", "company name", "client name", "customer name", "account name", "organisation",
             "organization", "business", "client", "customer", "name", "société", "societe", "entreprise",
             "raison sociale", "nom de la société", "nom du client", "nom client", "公司", "公司名称",
             "客户名称", "客户", "企业", "企业名称", "单位", "名称"),
    "account_number": ("customer id", "customerid", "client id", "account number", "account no", "account id",
                       "account", "customer number", "client number", "id client", "numéro de client",
                       "numero de client", "n° client", "no client", "numéro de compte", "numero de compte",
                       "客户编号", "客户id", "客户号", "账号", "帐号", "编号"),
    "email": ("email", "e-mail", "email address", "mail", "courriel", "adresse e-mail", "adresse email",
              "adresse électronique", "邮箱", "电子邮件", "电子邮箱", "邮件"),
    "phone": ("phone", "phone 1", "phone1", "phone number", "telephone", "tel", "mobile", "téléphone",
              "téléphone 1", "tél", "portable", "电话", "电话1", "手机", "联系电话"),
    "owner_first_name": ("first name", "firstname", "given name", "prénom", "prenom", "名", "名字"),
    "owner_last_name": ("last name", "lastname", "surname", "family name", "nom de famille", "nom", "姓",
                        "姓氏"),
    "owner_name": ("contact", "contact name", "contact person", "full name", "owner", "account owner",
                   "nom du contact", "interlocuteur", "联系人", "联系人姓名", "负责人", "姓名"),
    "owner_email": ("contact email", "owner email", "email du contact", "联系人邮箱"),
    "country": ("country", "pays", "国家", "国家/地区"),
    "city": ("city", "town", "ville", "城市", "市"),
    "client_since": ("client since", "customer since", "subscription date", "start date", "signup date",
                     "sign-up date", "date joined", "created", "since", "client depuis", "date d'inscription",
                     "date de début", "date d'abonnement", "date de souscription", "注册日期", "开始日期",
                     "订阅日期", "加入日期", "开户日期"),
    "language": ("language", "langue", "语言"),
    "active": ("active", "is active", "actif", "active customer", "在用", "活跃", "是否活跃"),
    "churned": ("churn", "churned", "left", "cancelled", "résilié", "resilie", "parti", "流失", "已流失"),
}


def normalise(header: str) -> str:
    """Lower case, accents kept (é matters in French), punctuation and runs of spaces folded."""
    text = unicodedata.normalize("NFKC", str(header)).strip().lower()
    text = re.sub(r"[_\-.:/#]+", " ", text)
    return re.sub(r"\s+", " ", text).strip()


_INDEX = {normalise(word): key for key, words in SYNONYMS.items() for word in words}
_INDEX.update({normalise(word).replace(" ", ""): key for key, words in SYNONYMS.items() for word in words})


def field_for(header: str) -> str | None:
    norm = normalise(header)
    return _INDEX.get(norm) or _INDEX.get(norm.replace(" ", ""))


def propose(headers: list[str]) -> dict[str, str | None]:
    """Source column -> field key or None; a field goes to the first column that names it."""
    taken: set[str] = set()
    result: dict[str, str | None] = {}
    for header in headers:
        key = field_for(header)
        if key is not None and key not in taken:
            taken.add(key)
            result[header] = key
        else:
            result[header] = None
    return result
