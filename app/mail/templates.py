"""Subjects and bodies of the notifications of DESIGN.md §7, in en, fr and zh.

An email is: (for the organisation's or the account manager's copy, a line saying
whose copy it is), a greeting, one paragraph saying what happened, the details the
caller passed as "Label: value" lines, and a sign-off. A detail the caller did not
pass (or passed empty) leaves out its whole line rather than printing "Label: ", so
callers may give more or fewer details than an event usually has.

Dates are written the way each language writes them; there is deliberately no Babel
dependency for three languages and two formats.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from app.languages import LANGUAGES

AUDIENCES = ("organisation", "owner", "manager")

_MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"),
}
# Keys whose date stands for a whole month (a cancellation month, a card's expiry).
MONTH_KEYS = frozenset({"cancellation_month", "expiry"})
MONEY_KEYS = frozenset({"invoice_amount", "refund_amount"})


def format_date(value: date, language: str) -> str:
    """14 December 2026 / 14 décembre 2026 (1er for the first) / 2026年12月14日."""
    if isinstance(value, datetime):
        value = value.date()
    if language == "zh":
        return f"{value.year}年{value.month}月{value.day}日"
    if language == "fr":
        day = "1er" if value.day == 1 else str(value.day)
        return f"{day} {_MONTHS['fr'][value.month - 1]} {value.year}"
    return f"{value.day} {_MONTHS['en'][value.month - 1]} {value.year}"


def format_month(value: date, language: str) -> str:
    """December 2026 / décembre 2026 / 2026年12月."""
    if language == "zh":
        return f"{value.year}年{value.month}月"
    return f"{_MONTHS['fr' if language == 'fr' else 'en'][value.month - 1]} {value.year}"


def format_value(key: str, value: object, language: str) -> str:
    """The text of one context value in `language`; '' for None."""
    if value is None:
        return ""
    if isinstance(value, date):
        if key in MONTH_KEYS:
            return format_month(value, language)
        return format_date(value, language)
    if isinstance(value, (Decimal, float)) or (key in MONEY_KEYS and isinstance(value, int)
                                               and not isinstance(value, bool)):
        return f"{Decimal(str(value)):.2f}"
    return str(value).strip()


class _Blank(dict[str, str]):
    """Renders a placeholder the caller did not give as '' instead of raising."""

    def __missing__(self, key: str) -> str:
        return ""


# Per language: separator of "Label: value", greeting, sign-off, subject of a copy,
# and the line opening the organisation's and the manager's copies.
_FRAME = {
    "en": (": ", "Hello,", "Kind regards,\n{organisation_name}", "[Copy] ",
           "Copy for {organisation_name}: the message below is for the account owner of "
           "{client_name} ({account_number}).",
           "Copy for the account manager of {client_name} ({account_number}): the message below is for "
           "the account owner."),
    "fr": (" : ", "Bonjour,", "Cordialement,\n{organisation_name}", "[Copie] ",
           "Copie pour {organisation_name} : le message ci-dessous est destiné au titulaire du compte "
           "{client_name} ({account_number}).",
           "Copie pour le gestionnaire du compte {client_name} ({account_number}) : le message ci-dessous "
           "est destiné au titulaire du compte."),
    "zh": ("：", "您好，", "此致\n{organisation_name}", "【抄送】",
           "抄送 {organisation_name}：以下邮件发给账户 {client_name}（{account_number}）的账户所有者。",
           "抄送账户 {client_name}（{account_number}）的客户经理：以下邮件发给账户所有者。"),
}
_SUBJECT_SUFFIX = {"en": " — {client_name} ({account_number})", "fr": " — {client_name} ({account_number})",
                   "zh": " — {client_name}（{account_number}）"}

LABELS: dict[str, tuple[str, str, str]] = {
    "received": ("Received on", "Reçue le", "收到日期"),
    "subscription": ("Subscription", "Abonnement", "订阅"),
    "participant": ("Participant", "Participant", "参与者"),
    "cancellation_month": ("Cancellation month", "Mois de résiliation", "取消月份"),
    "final_billing_date": ("Final billing date", "Dernière date de facturation", "最后计费日期"),
    "last_invoice": ("Last invoice", "Dernière facture", "最后一张发票"),
    "access_end": ("Access until", "Accès jusqu'au", "服务截止日期"),
    "invoice_date": ("Invoice date", "Date de la facture", "发票日期"),
    "invoice_amount": ("Invoice amount", "Montant de la facture", "发票金额"),
    "refund_amount": ("Refund", "Remboursement", "退款金额"),
    "card": ("Card", "Carte", "银行卡"),
    "expiry": ("Expires", "Expiration", "到期时间"),
    "purge_date": ("Data deleted on", "Données supprimées le", "数据删除日期"),
    "reason": ("Reason", "Motif", "原因"),
    "pause_start": ("Paused since", "Suspendu depuis le", "暂停开始日期"),
    "grace_end": ("Locked from", "Verrouillé à partir du", "锁定日期"),
}

_A = "{client_name} ({account_number})"
_Z = "{client_name}（{account_number}）"

# event -> ((subject en, fr, zh), (paragraph en, fr, zh), detail keys in the order shown)
TEXTS: dict[str, tuple[tuple[str, str, str], tuple[str, str, str], tuple[str, ...]]] = {
    "client_cancelled": (
        ("Your cancellation is confirmed", "Confirmation de votre résiliation", "取消确认"),
        (f"We confirm the cancellation you made for the account {_A}.",
         f"Nous confirmons la résiliation que vous avez effectuée pour le compte {_A}.",
         f"我们确认您已为账户 {_Z} 办理取消。"),
        ("subscription", "participant", "cancellation_month", "last_invoice", "access_end", "refund_amount"),
    ),
    "client_asks_to_cancel": (
        ("We received your cancellation request", "Nous avons reçu votre demande de résiliation",
         "我们已收到您的取消申请"),
        (f"We have received your request to cancel for the account {_A}. We will review it and write to "
         "you with our decision.",
         f"Nous avons bien reçu votre demande de résiliation pour le compte {_A}. Nous allons l'examiner "
         "et vous écrirons pour vous informer de notre décision.",
         f"我们已收到账户 {_Z} 的取消申请。我们将进行审核，并以邮件告知您结果。"),
        ("received", "subscription", "participant", "cancellation_month", "reason"),
    ),
    "staff_cancelled": (
        ("A subscription has been cancelled", "Un abonnement a été résilié", "订阅已取消"),
        (f"A subscription of the account {_A} has been cancelled.",
         f"Un abonnement du compte {_A} a été résilié.",
         f"账户 {_Z} 的一项订阅已被取消。"),
        ("subscription", "participant", "cancellation_month", "last_invoice", "access_end", "reason"),
    ),
    "request_approved": (
        ("Your cancellation request is approved", "Votre demande de résiliation est acceptée",
         "您的取消申请已获批准"),
        (f"Your cancellation request for the account {_A} has been approved.",
         f"Votre demande de résiliation pour le compte {_A} a été acceptée.",
         f"您为账户 {_Z} 提交的取消申请已获批准。"),
        ("received", "subscription", "participant", "cancellation_month", "final_billing_date",
         "last_invoice", "access_end"),
    ),
    "request_rejected": (
        ("Your cancellation request could not be accepted",
         "Votre demande de résiliation n'a pas pu être acceptée", "您的取消申请未获批准"),
        (f"We could not accept your cancellation request for the account {_A}. Your subscriptions "
         "continue unchanged; reply to this email if you have any questions.",
         f"Nous n'avons pas pu accepter votre demande de résiliation pour le compte {_A}. Vos abonnements "
         "continuent sans changement ; répondez à ce message si vous avez des questions.",
         f"很抱歉，我们无法批准您为账户 {_Z} 提交的取消申请。您的订阅保持不变；如有疑问，请直接回复本邮件。"),
        ("received", "subscription", "reason"),
    ),
    "invoice_voided": (
        ("Invoice voided: subscription bought by mistake",
         "Facture annulée : abonnement acheté par erreur", "发票已作废：误购订阅"),
        (f"The subscription bought by mistake on the account {_A} has been cancelled and its invoice "
         "voided.",
         f"L'abonnement acheté par erreur sur le compte {_A} a été annulé et sa facture annulée.",
         f"账户 {_Z} 误购的订阅已取消，相应发票已作废。"),
        ("subscription", "participant", "invoice_date", "invoice_amount", "refund_amount", "reason"),
    ),
    "card_expiring": (
        ("Your saved card expires soon", "Votre carte enregistrée expire bientôt", "您保存的银行卡即将到期"),
        (f"The card saved on the account {_A} expires soon. Please update it so that automatic payments "
         "continue.",
         f"La carte enregistrée sur le compte {_A} expire bientôt. Merci de la mettre à jour pour que "
         "les paiements automatiques continuent.",
         f"账户 {_Z} 保存的银行卡即将到期。请及时更新，以免自动付款中断。"),
        ("card", "expiry"),
    ),
    "autopay_failed": (
        ("Automatic payment failed", "Échec du paiement automatique", "自动付款失败"),
        (f"The automatic payment of an invoice of the account {_A} failed. Please check your card or pay "
         "the invoice another way.",
         f"Le paiement automatique d'une facture du compte {_A} a échoué. Merci de vérifier votre carte "
         "ou de régler la facture par un autre moyen.",
         f"账户 {_Z} 一张发票的自动付款未能成功。请检查您的银行卡，或通过其他方式支付该发票。"),
        ("invoice_date", "invoice_amount", "card", "reason"),
    ),
    "pause_scheduled": (
        ("Your account is paused", "Votre compte est suspendu", "您的账户已暂停"),
        (f"The account {_A} is paused: billing stops and the saved card is removed. You can still export "
         "your data during the grace period; after it the account is locked until it resumes.",
         f"Le compte {_A} est suspendu : la facturation s'arrête et la carte enregistrée est supprimée. "
         "Vous pouvez encore exporter vos données pendant la période de grâce ; ensuite le compte est "
         "verrouillé jusqu'à sa reprise.",
         f"账户 {_Z} 已暂停：停止计费，已保存的银行卡已删除。宽限期内您仍可导出数据；宽限期结束后账户将被锁定，直至恢复。"),
        ("reason", "grace_end", "purge_date"),
    ),
    "pause_revoked": (
        ("Your account's pause is cancelled", "La suspension de votre compte est annulée", "账户暂停已撤销"),
        (f"The pause of the account {_A} has been cancelled; the account continues as before.",
         f"La suspension du compte {_A} a été annulée ; le compte continue comme avant.",
         f"账户 {_Z} 的暂停已撤销，账户照常使用。"),
        ("reason",),
    ),
    "pause_purge_reminder": (
        ("Your paused account's data will be deleted soon",
         "Les données de votre compte suspendu seront bientôt supprimées", "您暂停账户的数据即将删除"),
        (f"The account {_A} has been paused since the date below and its data was kept for up to one year. "
         "Unless the account resumes before the deletion date below, all its data will be permanently "
         "deleted and cannot be restored. To resume, send us new card details.",
         f"Le compte {_A} est suspendu depuis la date ci-dessous et ses données ont été conservées jusqu'à "
         "un an. Sauf reprise du compte avant la date de suppression ci-dessous, toutes ses données seront "
         "définitivement supprimées et ne pourront pas être restaurées. Pour reprendre, envoyez-nous les "
         "coordonnées d'une nouvelle carte.",
         f"账户 {_Z} 自下列日期起暂停，其数据最多保留一年。除非账户在下列删除日期之前恢复，否则其全部数据将被永久删除且无法恢复。"
         "如需恢复，请向我们提供新的银行卡信息。"),
        ("pause_start", "purge_date"),
    ),
    "resumed": (
        ("Your account has resumed", "Votre compte a repris", "您的账户已恢复"),
        (f"The account {_A} has resumed: its subscriptions restart and billing starts again.",
         f"Le compte {_A} a repris : ses abonnements redémarrent et la facturation reprend.",
         f"账户 {_Z} 已恢复：订阅重新开始，并恢复计费。"),
        ("subscription",),
    ),
    "closure_scheduled": (
        ("Your account will close", "Votre compte va être fermé", "您的账户即将关闭"),
        (f"The closure of the account {_A} is recorded. Every subscription ends at the end of its current "
         "term and the saved card is removed.",
         f"La fermeture du compte {_A} est enregistrée. Chaque abonnement se termine à la fin de sa "
         "période en cours et la carte enregistrée est supprimée.",
         f"账户 {_Z} 的关闭已登记。所有订阅将在当前周期结束时终止，已保存的银行卡已删除。"),
        ("final_billing_date", "access_end", "reason", "purge_date"),
    ),
    "closure_revoked": (
        ("Your account's closure is cancelled", "La fermeture de votre compte est annulée", "账户关闭已撤销"),
        (f"The closure of the account {_A} has been cancelled.",
         f"La fermeture du compte {_A} a été annulée.",
         f"账户 {_Z} 的关闭已撤销。"),
        ("reason",),
    ),
    "deactivation_scheduled": (
        ("Your account will be deleted", "Votre compte va être supprimé", "您的账户将被删除"),
        (f"The account {_A} has been deactivated. All its data will be permanently deleted on the date "
         "below; until then the deactivation can still be revoked.",
         f"Le compte {_A} a été désactivé. Toutes ses données seront définitivement supprimées à la date "
         "ci-dessous ; d'ici là, la désactivation peut encore être annulée.",
         f"账户 {_Z} 已停用。其全部数据将于下列日期永久删除；在此之前仍可撤销停用。"),
        ("purge_date", "reason"),
    ),
    "deactivation_revoked": (
        ("Your account's deactivation is cancelled", "La désactivation de votre compte est annulée",
         "账户停用已撤销"),
        (f"The deactivation of the account {_A} has been revoked; no data will be deleted.",
         f"La désactivation du compte {_A} a été annulée ; aucune donnée ne sera supprimée.",
         f"账户 {_Z} 的停用已撤销，数据不会被删除。"),
        ("reason",),
    ),
    "account_deleted": (
        ("Your account's data has been deleted", "Les données de votre compte ont été supprimées",
         "您的账户数据已删除"),
        (f"As announced, the data of the account {_A} has been permanently deleted today. This is the "
         "last message you will receive about this account.",
         f"Comme annoncé, les données du compte {_A} ont été définitivement supprimées aujourd'hui. Ceci "
         "est le dernier message que vous recevrez au sujet de ce compte.",
         f"如此前通知，账户 {_Z} 的数据已于今日永久删除。这是您关于该账户收到的最后一封邮件。"),
        (),
    ),
}


@dataclass(frozen=True)
class Rendered:
    subject: str
    body: str


def render(event: str, language: str, audience: str, values: Mapping[str, object]) -> Rendered:
    """The subject and body of `event` for `audience` in `language`.

    `values` are raw (dates, Decimals, text); missing or extra keys are fine. Refuses
    (ValueError) an unknown event; an unknown language falls back to English.
    """
    if event not in TEXTS:
        raise ValueError(f"There is no email template for the event {event!r}.")
    if language not in LANGUAGES:
        language = "en"
    index = LANGUAGES.index(language)
    subjects, paragraphs, details = TEXTS[event]
    texts = _Blank({key: format_value(key, value, language) for key, value in values.items()})
    separator, greeting, sign_off, copy_prefix, organisation_copy, manager_copy = _FRAME[language]

    subject = (subjects[index] + _SUBJECT_SUFFIX[language]).format_map(texts)
    lines: list[str] = []
    if audience in ("organisation", "manager"):
        subject = copy_prefix + subject
        header = organisation_copy if audience == "organisation" else manager_copy
        lines += [header.format_map(texts), ""]
    lines += [greeting, "", paragraphs[index].format_map(texts), ""]
    shown = [f"{LABELS[key][index]}{separator}{texts[key]}" for key in details if texts[key]]
    if shown:
        lines += [*shown, ""]
    lines.append(sign_off.format_map(texts))
    # A name with a line break would otherwise break the Subject header.
    return Rendered(" ".join(subject.split()), "\n".join(lines) + "\n")
