<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>CancelSubscriptionDialog</name>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="53"/>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="73"/>
        <source>Move cancellation earlier</source>
        <translation>Avancer la résiliation</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="54"/>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="73"/>
        <source>Cancel subscription</source>
        <translation>Résilier l&apos;abonnement</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="90"/>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="93"/>
        <source>per month</source>
        <translation>par mois</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="93"/>
        <source>per year</source>
        <translation>par an</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="94"/>
        <source>Plan:</source>
        <translation>Forfait&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="95"/>
        <source>{plan}, {price} {per}</source>
        <translation>{plan}, {price} {per}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="97"/>
        <source>Participant:</source>
        <translation>Participant&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="98"/>
        <source>Billing:</source>
        <translation>Facturation&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="100"/>
        <source>None: no further invoice will be issued</source>
        <translation>Aucune&#xa0;: plus aucune facture ne sera émise</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="101"/>
        <source>Next billing date:</source>
        <translation>Prochaine date de facturation&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="107"/>
        <source>Annual, renewed each year on the purchase date (bought {date})</source>
        <translation>Annuel, renouvelé chaque année à la date d&apos;achat (acheté le {date})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="109"/>
        <source>Monthly, on the day of the month it was bought (bought {date})</source>
        <translation>Mensuel, le même jour du mois que l&apos;achat (acheté le {date})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="110"/>
        <source>Monthly, billing day {day}: each invoice covers the next calendar month</source>
        <translation>Mensuel, jour de facturation {day}&#xa0;: chaque facture couvre le mois civil suivant</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="117"/>
        <source>Currently: after {month}, access until {end}.</source>
        <translation>Actuellement&#xa0;: après {month}, accès jusqu&apos;au {end}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="120"/>
        <source>This subscription is already being cancelled.</source>
        <translation>Cet abonnement est déjà en cours de résiliation.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="121"/>
        <source>A cancellation can only be moved earlier, never later or removed. To undo a mistaken cancellation, let the subscription expire and buy it again for the client.</source>
        <translation>Une résiliation peut seulement être avancée, jamais reportée ni supprimée. Pour corriger une résiliation faite par erreur, laissez l&apos;abonnement expirer et achetez-le de nouveau pour le client.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="123"/>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="125"/>
        <source>Revoke cancellation</source>
        <translation>Révoquer la résiliation</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="131"/>
        <source>Billing resumes as if the subscription had never been cancelled.</source>
        <translation>La facturation reprend comme si l&apos;abonnement n&apos;avait jamais été résilié.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="139"/>
        <source>Revoking a cancellation is turned off by the policy allow_revoke_cancellation; an administrator can turn it on in the settings.</source>
        <translation>La révocation d&apos;une résiliation est désactivée par la règle allow_revoke_cancellation&#xa0;; un administrateur peut l&apos;activer dans les paramètres.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="142"/>
        <source>Revoking a cancellation needs a manager or an administrator.</source>
        <translation>Seul un gestionnaire ou un administrateur peut révoquer une résiliation.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="149"/>
        <source>Termination month</source>
        <translation>Mois de résiliation</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="150"/>
        <source>The month of the first billing date that will not be invoiced.</source>
        <translation>Le mois de la première date de facturation qui ne sera pas facturée.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="153"/>
        <source>after {month}</source>
        <translation>après {month}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="156"/>
        <source>&amp;Cancel:</source>
        <translation>&amp;Résilier&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="156"/>
        <source>&amp;Move to:</source>
        <translation>&amp;Avancer à&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="161"/>
        <source>For the chosen month</source>
        <translation>Pour le mois choisi</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="168"/>
        <source>Last invoice:</source>
        <translation>Dernière facture&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="169"/>
        <source>Access ends:</source>
        <translation>Fin d&apos;accès&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="170"/>
        <source>Invoices no longer issued:</source>
        <translation>Factures non émises&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="175"/>
        <source>Once set, a cancellation cannot be removed; it can only be moved to an earlier month. To undo a mistaken cancellation, let the subscription expire and buy it again for the client.</source>
        <translation>Une fois définie, une résiliation ne peut plus être supprimée&#xa0;; elle peut seulement être avancée à un mois antérieur. Pour corriger une résiliation faite par erreur, laissez l&apos;abonnement expirer et achetez-le de nouveau pour le client.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="193"/>
        <source>{date} (end of the day)</source>
        <translation>{date} (fin de journée)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="195"/>
        <source>up to the end date, {date}</source>
        <translation>jusqu&apos;à la date de fin, le {date}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="197"/>
        <source>over the next {months} months</source>
        <translation>sur les {months} prochains mois</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="198"/>
        <source>{count} ({span})</source>
        <translation>{count} ({span})</translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <location filename="../../ui/labels.py" line="84"/>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="85"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="86"/>
        <source>Portal</source>
        <translation>Portail</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="87"/>
        <source>Letter</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="88"/>
        <source>In person</source>
        <translation>En personne</translation>
    </message>
</context>
<context>
    <name>Column</name>
    <message>
        <location filename="../../ui/labels.py" line="96"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="97"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="98"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="99"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="100"/>
        <source>Account manager</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="101"/>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="102"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="103"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="104"/>
        <source>Created</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="105"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="106"/>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="107"/>
        <source>Plan</source>
        <translation>Forfait</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="108"/>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="109"/>
        <source>Period</source>
        <translation>Périodicité</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="110"/>
        <source>Billing day</source>
        <translation>Facturé le</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="111"/>
        <source>Next billing</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="112"/>
        <source>Access end</source>
        <translation>Fin d&apos;accès</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="113"/>
        <source>Start</source>
        <translation>Début</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../ui/detail_pane.py" line="77"/>
        <source>Column headers</source>
        <translation>En-têtes de colonnes</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="97"/>
        <source>Client details</source>
        <translation>Détails du client</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="102"/>
        <source>Overview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="105"/>
        <source>Access end</source>
        <translation>Fin d&apos;accès</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="105"/>
        <source>Next billing</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="105"/>
        <location filename="../../ui/detail_pane.py" line="114"/>
        <source>Plan</source>
        <translation>Forfait</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="105"/>
        <location filename="../../ui/detail_pane.py" line="114"/>
        <location filename="../../ui/detail_pane.py" line="154"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="106"/>
        <source>Cancellation month</source>
        <translation>Résiliation</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="106"/>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="107"/>
        <location filename="../../ui/detail_pane.py" line="111"/>
        <source>Purchases</source>
        <translation>Achats</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="114"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="114"/>
        <source>Issued</source>
        <translation>Émise le</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="114"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="116"/>
        <location filename="../../ui/detail_pane.py" line="118"/>
        <source>Billing</source>
        <translation>Factures</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="121"/>
        <location filename="../../ui/detail_pane.py" line="155"/>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="121"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="121"/>
        <source>Paid seat</source>
        <translation>Poste payant</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="121"/>
        <location filename="../../ui/detail_pane.py" line="155"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="121"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="123"/>
        <location filename="../../ui/detail_pane.py" line="125"/>
        <source>Contacts and seats</source>
        <translation>Contacts et postes</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="127"/>
        <source>What</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="127"/>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="127"/>
        <source>Who</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="128"/>
        <location filename="../../ui/detail_pane.py" line="130"/>
        <source>Timeline</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="131"/>
        <source>Select a client to see its details.</source>
        <translation>Sélectionnez un client pour afficher ses détails.</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="154"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="154"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="155"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="156"/>
        <source>Account manager</source>
        <translation>Responsable de compte</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="156"/>
        <source>Client since</source>
        <translation>Client depuis</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="157"/>
        <source>Account owner</source>
        <translation>Propriétaire du compte</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="157"/>
        <source>Active paid seats</source>
        <translation>Postes payants actifs</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="158"/>
        <source>Running subscriptions</source>
        <translation>Abonnements en cours</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="158"/>
        <source>Saved card</source>
        <translation>Carte enregistrée</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="159"/>
        <source>Unpaid invoices</source>
        <translation>Factures impayées</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="209"/>
        <source>{kind}, ends {date}</source>
        <translation>{kind}, se termine le {date}</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="211"/>
        <source>{kind} by {reseller}</source>
        <translation>{kind} par {reseller}</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="218"/>
        <location filename="../../ui/detail_pane.py" line="224"/>
        <location filename="../../ui/detail_pane.py" line="228"/>
        <source>None</source>
        <translation>Néant</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="222"/>
        <source>None: the client&apos;s own email is used</source>
        <translation>Aucun&#xa0;: le courriel du client est utilisé</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="226"/>
        <source>{count}, {amount} in total</source>
        <translation>{count}, {amount} au total</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="238"/>
        <source>{plan}: {period}, {price}, bought {start}, {seats} seat(s)</source>
        <translation>{plan}&#xa0;: {period}, {price}, acheté le {start}, {seats} poste(s)</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="247"/>
        <source>{start} – {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="254"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="254"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../ui/sorted_rows.py" line="170"/>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Kind</name>
    <message>
        <location filename="../../ui/labels.py" line="52"/>
        <source>Direct</source>
        <translation>Direct</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="53"/>
        <source>Trial</source>
        <translation>Essai</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="54"/>
        <source>Resold</source>
        <translation>Revendu</translation>
    </message>
</context>
<context>
    <name>LocaleFormat</name>
    <message>
        <location filename="../../ui/dialogs/locale_format.py" line="21"/>
        <source>MMMM yyyy</source>
        <comment>a month and its year, as a QDate format</comment>
        <translation>MMMM yyyy</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/app.py" line="142"/>
        <location filename="../../ui/main_window.py" line="59"/>
        <source>Account Desk</source>
        <translation>Account Desk</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="120"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="122"/>
        <source>Read the database again; filter, sort and selection stay</source>
        <translation>Relire la base de données&#xa0;; le filtre, le tri et la sélection sont conservés</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="123"/>
        <source>Bring up to &amp;today</source>
        <translation>Mettre à &amp;jour jusqu&apos;à aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="124"/>
        <source>Issue due invoices and handle every deadline up to today</source>
        <translation>Émettre les factures dues et traiter toutes les échéances jusqu&apos;à aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="125"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="127"/>
        <source>Organisation, policies and email settings</source>
        <translation>Paramètres de l&apos;organisation, des règles et des courriels</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="128"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="129"/>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="130"/>
        <source>Search by name, account number, email or phone</source>
        <translation>Rechercher par nom, numéro de compte, courriel ou téléphone</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="131"/>
        <source>&amp;Previous record</source>
        <translation>Fiche &amp;précédente</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="133"/>
        <source>&amp;Next record</source>
        <translation>Fiche &amp;suivante</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="135"/>
        <source>&amp;Open details</source>
        <translation>&amp;Ouvrir les détails</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="136"/>
        <source>Move to the selected client&apos;s details</source>
        <translation>Aller aux détails du client sélectionné</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="137"/>
        <source>&amp;Columns…</source>
        <translation>&amp;Colonnes…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="138"/>
        <source>Choose the columns of the table</source>
        <translation>Choisir les colonnes du tableau</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="139"/>
        <source>&amp;Cancel subscription…</source>
        <translation>&amp;Résilier l&apos;abonnement…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="140"/>
        <source>Cancel the selected subscription after a chosen month</source>
        <translation>Résilier l&apos;abonnement sélectionné après le mois choisi</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="141"/>
        <source>&amp;Void latest invoice…</source>
        <translation>&amp;Annuler la dernière facture…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="142"/>
        <source>Void the subscription&apos;s latest invoice: it was bought by mistake</source>
        <translation>Annuler la dernière facture de l&apos;abonnement&#xa0;: il a été acheté par erreur</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="143"/>
        <source>Record cancellation &amp;request…</source>
        <translation>Enregistrer une &amp;demande de résiliation…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="144"/>
        <source>Record a cancellation request received from the client</source>
        <translation>Enregistrer une demande de résiliation reçue du client</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="212"/>
        <source>Emails could not be sent: {error}</source>
        <translation>Les courriels n&apos;ont pas pu être envoyés&#xa0;: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="263"/>
        <source>The list could not be read: {error}</source>
        <translation>La liste n&apos;a pas pu être lue&#xa0;: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="272"/>
        <source>{shown} of {total} clients</source>
        <translation>{shown} clients sur {total}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="273"/>
        <source>{shown} of {total} subscriptions</source>
        <translation>{shown} abonnements sur {total}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="278"/>
        <source>Requests ({count})</source>
        <translation>Demandes ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="279"/>
        <location filename="../../ui/window_layout.py" line="60"/>
        <source>Requests</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="291"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="348"/>
        <location filename="../../ui/main_window.py" line="359"/>
        <location filename="../../ui/main_window.py" line="364"/>
        <source>The database is still opening; a moment please.</source>
        <translation>La base de données est en cours d&apos;ouverture&#xa0;; un instant, s&apos;il vous plaît.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="351"/>
        <source>Select a subscription in the client&apos;s Purchases tab first.</source>
        <translation>Sélectionnez d&apos;abord un abonnement dans l&apos;onglet Achats du client.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="361"/>
        <source>Select a client first.</source>
        <translation>Sélectionnez d&apos;abord un client.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="387"/>
        <source>Cancel subscription</source>
        <translation>Résilier l&apos;abonnement</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="390"/>
        <source>Void latest invoice</source>
        <translation>Annuler la dernière facture</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="399"/>
        <source>This dialog is not available yet.</source>
        <translation>Cette boîte de dialogue n&apos;est pas encore disponible.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="421"/>
        <source>Bringing the database up to today…</source>
        <translation>Mise à jour de la base de données jusqu&apos;à aujourd&apos;hui…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="431"/>
        <source>Bringing the database up to today failed: {error}</source>
        <translation>La mise à jour de la base de données jusqu&apos;à aujourd&apos;hui a échoué&#xa0;: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="434"/>
        <source>The database is up to date ({count} changes).</source>
        <translation>La base de données est à jour ({count} modifications).</translation>
    </message>
    <message>
        <location filename="../../ui/window_layout.py" line="59"/>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location filename="../../ui/window_layout.py" line="60"/>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location filename="../../ui/window_layout.py" line="60"/>
        <location filename="../../ui/window_layout.py" line="117"/>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location filename="../../ui/window_layout.py" line="60"/>
        <source>Outbox</source>
        <translation>Boîte d&apos;envoi</translation>
    </message>
    <message>
        <location filename="../../ui/window_layout.py" line="60"/>
        <location filename="../../ui/window_layout.py" line="117"/>
        <source>Subscriptions</source>
        <translation>Abonnements</translation>
    </message>
    <message>
        <location filename="../../ui/window_layout.py" line="73"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../../ui/window_layout.py" line="74"/>
        <source>Search name, account number, email or phone (Ctrl+F)</source>
        <translation>Nom, n° de compte, courriel ou téléphone (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/window_layout.py" line="76"/>
        <source>Clear the search</source>
        <translation>Effacer la recherche</translation>
    </message>
    <message>
        <location filename="../../ui/window_layout.py" line="83"/>
        <source>Status filter</source>
        <translation>Filtre de statut</translation>
    </message>
    <message>
        <location filename="../../ui/window_layout.py" line="85"/>
        <source>&amp;Status:</source>
        <translation>&amp;Statut&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/window_layout.py" line="107"/>
        <source>Number of records</source>
        <translation>Nombre d&apos;enregistrements</translation>
    </message>
    <message>
        <location filename="../../ui/window_layout.py" line="132"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../ui/window_layout.py" line="133"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../../ui/window_layout.py" line="134"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../ui/window_layout.py" line="136"/>
        <source>&amp;Subscription</source>
        <translation>A&amp;bonnement</translation>
    </message>
    <message>
        <location filename="../../ui/window_layout.py" line="143"/>
        <source>Main tool bar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <location filename="../../ui/window_layout.py" line="175"/>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
</context>
<context>
    <name>NotifiedGroup</name>
    <message>
        <location filename="../../ui/dialogs/notified.py" line="19"/>
        <source>Who will be notified</source>
        <translation>Personnes notifiées</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/notified.py" line="25"/>
        <source>Nobody: the client has no primary admin with an address and no email</source>
        <translation>Personne&#xa0;: le client n&apos;a ni administrateur principal avec une adresse, ni courriel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/notified.py" line="27"/>
        <location filename="../../ui/dialogs/notified.py" line="35"/>
        <source>{name} &lt;{email}&gt;</source>
        <translation>{name} &lt;{email}&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/notified.py" line="29"/>
        <source>{name} &lt;{email}&gt; (the client&apos;s email: no primary admin with an address)</source>
        <translation>{name} &lt;{email}&gt; (courriel du client&#xa0;: aucun administrateur principal avec une adresse)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/notified.py" line="33"/>
        <source>Nobody: the client has no active account manager</source>
        <translation>Personne&#xa0;: le client n&apos;a pas de responsable de compte actif</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/notified.py" line="39"/>
        <source>Account owner:</source>
        <translation>Propriétaire du compte&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/notified.py" line="40"/>
        <source>Account manager (copy):</source>
        <translation>Responsable de compte (copie)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>OutboxPage</name>
    <message>
        <location filename="../../ui/outbox_page.py" line="45"/>
        <source>Client cancelled</source>
        <translation>Résiliation par le client</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="46"/>
        <source>Client asks to cancel</source>
        <translation>Demande de résiliation du client</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="47"/>
        <source>Subscription cancelled by staff</source>
        <translation>Abonnement résilié par l&apos;équipe</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="48"/>
        <source>Request approved</source>
        <translation>Demande approuvée</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="49"/>
        <source>Request rejected</source>
        <translation>Demande rejetée</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="50"/>
        <source>Invoice voided</source>
        <translation>Facture annulée</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="51"/>
        <source>Card expiring</source>
        <translation>Carte bientôt expirée</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="52"/>
        <source>Autopay failed</source>
        <translation>Échec du prélèvement automatique</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="53"/>
        <source>Pause scheduled</source>
        <translation>Suspension planifiée</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="54"/>
        <source>Pause revoked</source>
        <translation>Suspension révoquée</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="55"/>
        <source>Account resumed</source>
        <translation>Reprise du compte</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="56"/>
        <source>Closure scheduled</source>
        <translation>Fermeture planifiée</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="57"/>
        <source>Closure revoked</source>
        <translation>Fermeture révoquée</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="58"/>
        <source>Deactivation scheduled</source>
        <translation>Désactivation planifiée</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="59"/>
        <source>Deactivation revoked</source>
        <translation>Désactivation révoquée</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="60"/>
        <source>Account deleted</source>
        <translation>Compte supprimé</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="88"/>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="88"/>
        <source>Created</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="88"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="88"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="88"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="88"/>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="88"/>
        <source>To</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="89"/>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="108"/>
        <source>Sent {when}</source>
        <translation>Envoyé le {when}</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="145"/>
        <location filename="../../ui/outbox_page.py" line="244"/>
        <source>SMTP is not configured: emails stay queued; save them as .eml to send by hand.</source>
        <translation>SMTP n&apos;est pas configuré&#xa0;: les courriels restent en file d&apos;attente&#xa0;; enregistrez-les en .eml pour les envoyer vous-même.</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="152"/>
        <source>Show emails</source>
        <translation>Courriels affichés</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="151"/>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="154"/>
        <source>Re&amp;try now</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="155"/>
        <source>Send &amp;now</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="156"/>
        <source>Save as .&amp;eml…</source>
        <translation>Exporter en .e&amp;ml…</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="157"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="165"/>
        <source>Outbox emails</source>
        <translation>Courriels de la boîte d&apos;envoi</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="182"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="196"/>
        <source>The outbox could not be read: {reason}</source>
        <translation>La boîte d&apos;envoi n&apos;a pas pu être lue&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="224"/>
        <source>{shown} of {total} emails</source>
        <translation>{shown} courriels sur {total}</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="238"/>
        <source>Wait for the current action to finish.</source>
        <translation>Attendez la fin de l&apos;action en cours.</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="241"/>
        <source>Select failed or queued emails to retry them.</source>
        <translation>Sélectionnez des courriels en échec ou en file d&apos;attente pour les réessayer.</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="242"/>
        <source>Queue the selected failed emails again for the next delivery.</source>
        <translation>Remettre en file d&apos;attente les courriels en échec sélectionnés pour le prochain envoi.</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="246"/>
        <source>Send the queued emails now instead of waiting for the next run.</source>
        <translation>Envoyer maintenant les courriels en file d&apos;attente sans attendre le prochain passage.</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="247"/>
        <source>Select one email to save it as a file.</source>
        <translation>Sélectionnez un seul courriel pour l&apos;enregistrer dans un fichier.</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="249"/>
        <source>Save the selected email as an .eml file to send it by hand.</source>
        <translation>Enregistrer le courriel sélectionné dans un fichier .eml pour l&apos;envoyer vous-même.</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="253"/>
        <source>Not available: this version of the desk cannot do it yet.</source>
        <translation>Non disponible&#xa0;: cette version d&apos;Account Desk ne le permet pas encore.</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="288"/>
        <source>1 email is queued for the next delivery.</source>
        <translation>1 courriel est en file d&apos;attente pour le prochain envoi.</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="289"/>
        <source>{count} emails are queued for the next delivery.</source>
        <translation>{count} courriels sont en file d&apos;attente pour le prochain envoi.</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="297"/>
        <source>Sending…</source>
        <translation>Envoi en cours…</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="304"/>
        <source>Nothing was sent: SMTP is not configured; save the emails as .eml to send by hand.</source>
        <translation>Rien n&apos;a été envoyé&#xa0;: SMTP n&apos;est pas configuré&#xa0;; enregistrez les courriels en .eml pour les envoyer vous-même.</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="306"/>
        <source>Delivery finished: {sent} sent, {retrying} to retry later, {failed} failed.</source>
        <translation>Envoi terminé&#xa0;: {sent} envoyé(s), {retrying} à réessayer plus tard, {failed} en échec.</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="311"/>
        <source>First error: {error}</source>
        <translation>Première erreur&#xa0;: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="321"/>
        <source>Save email as .eml</source>
        <translation>Enregistrer le courriel en .eml</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="322"/>
        <source>Email files (*.eml)</source>
        <translation>Fichiers de courriel (*.eml)</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="326"/>
        <source>Saved to {path}.</source>
        <translation>Enregistré dans {path}.</translation>
    </message>
</context>
<context>
    <name>PagedTableModel</name>
    <message>
        <location filename="../../ui/table_models.py" line="257"/>
        <source>Sorted by {keys}. Shift+click a header to add it to the sort.</source>
        <translation>Trié par {keys}. Maj+clic sur un en-tête pour l&apos;ajouter au tri.</translation>
    </message>
</context>
<context>
    <name>Period</name>
    <message>
        <location filename="../../ui/labels.py" line="60"/>
        <source>Annual</source>
        <translation>Annuel</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="60"/>
        <source>Monthly</source>
        <translation>Mensuel</translation>
    </message>
</context>
<context>
    <name>RecordRequestDialog</name>
    <message>
        <location filename="../../ui/dialogs/record_request.py" line="59"/>
        <source>Record cancellation request — {client}</source>
        <translation>Enregistrer une demande de résiliation — {client}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_request.py" line="63"/>
        <source>What {client} ({account}) asked, as they sent it.</source>
        <translation>Ce que {client} ({account}) a demandé, tel qu&apos;envoyé.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_request.py" line="67"/>
        <source>Requested by</source>
        <translation>Demandé par</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_request.py" line="70"/>
        <source>&amp;From:</source>
        <translation>&amp;De&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_request.py" line="72"/>
        <source>What to cancel</source>
        <translation>Objet de la résiliation</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_request.py" line="75"/>
        <source>The whole account (close it)</source>
        <translation>Tout le compte (le fermer)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_request.py" line="76"/>
        <source>&amp;Asks to cancel:</source>
        <translation>Demande la &amp;résiliation de&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_request.py" line="81"/>
        <source>How the request arrived</source>
        <translation>Mode de réception de la demande</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_request.py" line="84"/>
        <source>Received &amp;by:</source>
        <translation>Reçue &amp;par&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_request.py" line="88"/>
        <source>Day the request was received</source>
        <translation>Jour de réception de la demande</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_request.py" line="92"/>
        <source>The day the client sent the request; never later than today.</source>
        <translation>Le jour où le client a envoyé la demande&#xa0;; jamais après aujourd&apos;hui.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_request.py" line="93"/>
        <source>Received &amp;on:</source>
        <translation>Reçue &amp;le&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_request.py" line="97"/>
        <source>The client&apos;s message</source>
        <translation>Message du client</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_request.py" line="98"/>
        <source>What the client wrote or said (optional)</source>
        <translation>Ce que le client a écrit ou dit (facultatif)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_request.py" line="102"/>
        <source>&amp;Message:</source>
        <translation>&amp;Message&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_request.py" line="109"/>
        <source>Record request</source>
        <translation>Enregistrer la demande</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_request.py" line="135"/>
        <source>{name} (account owner)</source>
        <translation>{name} (propriétaire du compte)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_request.py" line="136"/>
        <source>{name} ({role})</source>
        <translation>{name} ({role})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_request.py" line="140"/>
        <source>{plan} for {participant} ({status})</source>
        <translation>{plan} pour {participant} ({status})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_request.py" line="143"/>
        <source>{plan} for {participant}</source>
        <translation>{plan} pour {participant}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_request.py" line="144"/>
        <source>{plan} for {participant}, next billing {date}</source>
        <translation>{plan} pour {participant}, prochaine facturation le {date}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_request.py" line="163"/>
        <source>Ask {owner}, the account owner, to send the request,</source>
        <translation>Demandez à {owner}, propriétaire du compte, d&apos;envoyer la demande,</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_request.py" line="164"/>
        <source>The client has no account owner yet: set one first,</source>
        <translation>Le client n&apos;a pas encore de propriétaire de compte&#xa0;: désignez-en un d&apos;abord,</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_request.py" line="165"/>
        <source>Only the account owner can ask to close the whole account; {name} is {role}. {ask} or choose one subscription.</source>
        <translation>Seul le propriétaire du compte peut demander la fermeture de tout le compte&#xa0;; {name} est {role}. {ask} ou choisissez un seul abonnement.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_request.py" line="170"/>
        <source>a user</source>
        <translation>utilisateur</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_request.py" line="170"/>
        <source>an administrator</source>
        <translation>administrateur</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_request.py" line="178"/>
        <source>{client} has no contact: add the person who asked as a contact first.</source>
        <translation>{client} n&apos;a aucun contact&#xa0;: ajoutez d&apos;abord la personne qui a fait la demande comme contact.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_request.py" line="192"/>
        <source>The request waits in the Requests queue until a manager decides it; the organisation and the client&apos;s account owner are emailed an acknowledgement.</source>
        <translation>La demande attend dans la file Demandes jusqu&apos;à la décision d&apos;un gestionnaire&#xa0;; l&apos;organisation et le propriétaire du compte du client reçoivent un accusé de réception par courriel.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_request.py" line="195"/>
        <source>The cancellation policy is immediate: recording this request closes the account now, each subscription ending with the period its latest invoice paid for.</source>
        <translation>La règle de résiliation est immédiate&#xa0;: enregistrer cette demande ferme le compte dès maintenant, chaque abonnement prenant fin avec la période payée par sa dernière facture.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_request.py" line="197"/>
        <source>The cancellation policy is immediate: recording this request cancels the subscription now, at the end of the period its latest invoice paid for.</source>
        <translation>La règle de résiliation est immédiate&#xa0;: enregistrer cette demande résilie l&apos;abonnement dès maintenant, à la fin de la période payée par sa dernière facture.</translation>
    </message>
</context>
<context>
    <name>RecordTableView</name>
    <message>
        <location filename="../../ui/table_page.py" line="43"/>
        <source>Column headers: click to sort, Shift+click to add a sort column</source>
        <translation>En-têtes de colonnes&#xa0;: cliquez pour trier, Maj+clic pour ajouter une colonne de tri</translation>
    </message>
    <message>
        <location filename="../../ui/table_page.py" line="61"/>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <location filename="../../ui/requests_page.py" line="75"/>
        <source>Rejected: {reason}</source>
        <translation>Rejetée&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="79"/>
        <source>Whole account</source>
        <translation>Tout le compte</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="89"/>
        <source>Age</source>
        <translation>Ancienneté</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="89"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="89"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="89"/>
        <source>Received</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="89"/>
        <source>Requested by</source>
        <translation>Demandé par</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="89"/>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="90"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="90"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="90"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="153"/>
        <source>Show requests</source>
        <translation>Demandes affichées</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="152"/>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="155"/>
        <source>&amp;Review…</source>
        <translation>&amp;Examiner…</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="156"/>
        <source>Record &amp;request…</source>
        <translation>Nouvelle &amp;demande…</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="157"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="158"/>
        <source>Read the requests again</source>
        <translation>Relire les demandes</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="162"/>
        <source>Cancellation requests</source>
        <translation>Demandes de résiliation</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="190"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="225"/>
        <source>1 request</source>
        <translation>1 demande</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="226"/>
        <source>{count} requests</source>
        <translation>{count} demandes</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="231"/>
        <source>The requests could not be read: {reason}</source>
        <translation>Les demandes n&apos;ont pas pu être lues&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="257"/>
        <source>Deciding a request needs a manager</source>
        <translation>Seul un gestionnaire peut statuer sur une demande</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="259"/>
        <source>Select a request to review it</source>
        <translation>Sélectionnez une demande pour l&apos;examiner</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="261"/>
        <source>This request is already decided ({status}).</source>
        <translation>Cette demande a déjà fait l&apos;objet d&apos;une décision ({status}).</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="264"/>
        <source>Approve, reject or put the selected request on hold</source>
        <translation>Approuver, rejeter ou mettre en attente la demande sélectionnée</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="266"/>
        <source>Select a client, or one of its requests, to record a new request for it</source>
        <translation>Sélectionnez un client, ou l&apos;une de ses demandes, pour lui enregistrer une nouvelle demande</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="269"/>
        <source>Record a cancellation request a client sent</source>
        <translation>Enregistrer une demande de résiliation envoyée par un client</translation>
    </message>
</context>
<context>
    <name>ReviewRequest</name>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="52"/>
        <source>1 business day</source>
        <translation>1 jour ouvré</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="53"/>
        <source>{count} business days</source>
        <translation>{count} jours ouvrés</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="59"/>
        <source>by email</source>
        <translation>par courriel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="60"/>
        <source>by phone</source>
        <translation>par téléphone</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="61"/>
        <source>through the client portal</source>
        <translation>via le portail client</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="62"/>
        <source>by letter</source>
        <translation>par courrier</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="63"/>
        <source>in person</source>
        <translation>en personne</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="66"/>
        <source>today</source>
        <translation>aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="68"/>
        <source>less than a business day ago</source>
        <translation>il y a moins d&apos;un jour ouvré</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="70"/>
        <source>{age} ago</source>
        <translation>il y a {age}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="71"/>
        <source>Received {date} {how}, {when}</source>
        <translation>Reçue le {date} {how}, {when}</translation>
    </message>
</context>
<context>
    <name>ReviewRequestDialog</name>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="101"/>
        <source>Review cancellation request — {client}</source>
        <translation>Examiner la demande de résiliation — {client}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="122"/>
        <location filename="../../ui/dialogs/review_request.py" line="384"/>
        <source>Approve cancellation</source>
        <translation>Approuver la résiliation</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="143"/>
        <source>Deciding a request needs a manager or an administrator; you can read it here.</source>
        <translation>Seul un gestionnaire ou un administrateur peut statuer sur une demande&#xa0;; vous pouvez la consulter ici.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="145"/>
        <source>This request is already {status}; only a pending or waiting request can be decided.</source>
        <translation>Cette demande est déjà {status}&#xa0;; seule une demande en attente (ou en attente du client) peut faire l&apos;objet d&apos;une décision.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="151"/>
        <source>someone</source>
        <translation>quelqu&apos;un</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="153"/>
        <source>Rejected by {who}: {reason}</source>
        <translation>Rejetée par {who}&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="156"/>
        <source>none, the latest invoice was the last</source>
        <translation>aucune, la dernière facture émise était la dernière</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="157"/>
        <source>Approved by {who}; final billing date: {when}.</source>
        <translation>Approuvée par {who}&#xa0;; dernière date de facturation&#xa0;: {when}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="159"/>
        <source>Waiting for the client: {note}</source>
        <translation>En attente du client&#xa0;: {note}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="161"/>
        <source>Note: {note}</source>
        <translation>Note&#xa0;: {note}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="170"/>
        <source>{name} &lt;{email}&gt;, {role} of {client}</source>
        <translation>{name} &lt;{email}&gt;, {role} de {client}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="172"/>
        <source>{name}, {role} of {client}</source>
        <translation>{name}, {role} de {client}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="177"/>
        <location filename="../../ui/dialogs/review_request.py" line="179"/>
        <location filename="../../ui/dialogs/review_request.py" line="419"/>
        <source>{name} &lt;{email}&gt;</source>
        <translation>{name} &lt;{email}&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="186"/>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="192"/>
        <source>From:</source>
        <translation>De&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="194"/>
        <source>{plan} for {participant}</source>
        <translation>{plan} pour {participant}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="197"/>
        <source>The whole account (closing it)</source>
        <translation>Tout le compte (sa fermeture)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="198"/>
        <source>Asks to cancel:</source>
        <translation>Demande la résiliation de&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="199"/>
        <source>Status:</source>
        <translation>Statut&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="202"/>
        <source>The client&apos;s message</source>
        <translation>Message du client</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="205"/>
        <source>No message was recorded.</source>
        <translation>Aucun message n&apos;a été enregistré.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="207"/>
        <source>Message:</source>
        <translation>Message&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="212"/>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="216"/>
        <source>per month</source>
        <translation>par mois</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="216"/>
        <source>per year</source>
        <translation>par an</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="217"/>
        <source>Plan:</source>
        <translation>Forfait&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="217"/>
        <source>{plan}, {price} {per} ({status})</source>
        <translation>{plan}, {price} {per} ({status})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="219"/>
        <source>Participant:</source>
        <translation>Participant&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="220"/>
        <source>Billing:</source>
        <translation>Facturation&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="225"/>
        <source>{issued} ({status})</source>
        <translation>{issued} ({status})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="228"/>
        <source>None yet</source>
        <translation>Aucune pour l&apos;instant</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="229"/>
        <source>Latest invoice:</source>
        <translation>Dernière facture&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="231"/>
        <source>None: no further invoice will be issued</source>
        <translation>Aucune&#xa0;: plus aucune facture ne sera émise</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="232"/>
        <source>Next billing date:</source>
        <translation>Prochaine date de facturation&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="237"/>
        <source>Annual, renewed each year on the purchase date</source>
        <translation>Annuel, renouvelé chaque année à la date d&apos;achat</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="239"/>
        <source>Monthly, on the day of the month it was bought</source>
        <translation>Mensuel, le même jour du mois que l&apos;achat</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="240"/>
        <source>Monthly, billing day {day}: each invoice covers the next calendar month</source>
        <translation>Mensuel, jour de facturation {day}&#xa0;: chaque facture couvre le mois civil suivant</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="244"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="248"/>
        <source>&amp;Approve the cancellation</source>
        <translation>&amp;Approuver la résiliation</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="259"/>
        <source>Approving closes the whole account: every running subscription ends at the end of the period its latest invoice paid for, the saved card is removed and the account is marked closing.</source>
        <translation>L&apos;approbation ferme tout le compte&#xa0;: chaque abonnement en cours prend fin à la fin de la période payée par sa dernière facture, la carte enregistrée est supprimée et le compte passe en fermeture.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="265"/>
        <source>Final billing date</source>
        <translation>Dernière date de facturation</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="266"/>
        <source>The last invoice issued; the subscription ends at the end of the period that invoice pays for.</source>
        <translation>La dernière facture émise&#xa0;; l&apos;abonnement prend fin à la fin de la période payée par cette facture.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="273"/>
        <source>&amp;Final billing date:</source>
        <translation>&amp;Dernière date de facturation&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="276"/>
        <source>Last invoice:</source>
        <translation>Dernière facture&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="277"/>
        <source>Access ends:</source>
        <translation>Fin d&apos;accès&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="280"/>
        <source>This subscription is {status}: it has no billing date left to end with.</source>
        <translation>Cet abonnement est {status}&#xa0;: il ne lui reste aucune date de facturation à laquelle prendre fin.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="284"/>
        <source>Re&amp;ject the request</source>
        <translation>Re&amp;jeter la demande</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="285"/>
        <source>Reason for rejecting</source>
        <translation>Motif du rejet</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="286"/>
        <source>Why the request is rejected; the client receives this (required).</source>
        <translation>Pourquoi la demande est rejetée&#xa0;; le client reçoit ce texte (obligatoire).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="288"/>
        <source>Mark as &amp;waiting for the client</source>
        <translation>&amp;Mettre en attente du client</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="290"/>
        <source>What the client must send</source>
        <translation>Ce que le client doit envoyer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="291"/>
        <source>What the client must send or confirm, e.g. proof that they may act for the account (required).</source>
        <translation>Ce que le client doit envoyer ou confirmer, p. ex. la preuve qu&apos;il peut agir pour le compte (obligatoire).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="295"/>
        <source>This request is already waiting for the client; approve or reject it once they answer.</source>
        <translation>Cette demande est déjà en attente du client&#xa0;; approuvez-la ou rejetez-la une fois qu&apos;il aura répondu.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="339"/>
        <source>None: the latest invoice is the last (access until {end})</source>
        <translation>Aucune&#xa0;: dernière facture déjà émise (accès jusqu&apos;au {end})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="340"/>
        <source>{date} (access until {end})</source>
        <translation>{date} (accès jusqu&apos;au {end})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="374"/>
        <source>{date} (end of the day)</source>
        <translation>{date} (fin de journée)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="379"/>
        <source>The latest one, issued {date}</source>
        <translation>La plus récente, émise le {date}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="381"/>
        <source>The latest one, already issued</source>
        <translation>La plus récente, déjà émise</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="384"/>
        <source>Reject request</source>
        <translation>Rejeter la demande</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="385"/>
        <source>Mark as waiting</source>
        <translation>Mettre en attente</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="399"/>
        <source>Choose an outcome: approve, reject or wait for the client.</source>
        <translation>Choisissez une issue&#xa0;: approuver, rejeter ou attendre le client.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="401"/>
        <source>Choose the final billing date.</source>
        <translation>Choisissez la dernière date de facturation.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="403"/>
        <source>Type the reason for rejecting; the client receives it.</source>
        <translation>Saisissez le motif du rejet&#xa0;; le client le recevra.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="405"/>
        <source>Type what the client must send before the request can be decided.</source>
        <translation>Saisissez ce que le client doit envoyer avant qu&apos;une décision puisse être prise.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="412"/>
        <source>No email is sent: tell the client what they must send.</source>
        <translation>Aucun courriel n&apos;est envoyé&#xa0;: indiquez au client ce qu&apos;il doit envoyer.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="415"/>
        <source>Nobody is emailed: the client has no account owner with an address and no email.</source>
        <translation>Personne ne reçoit de courriel&#xa0;: le client n&apos;a ni propriétaire de compte avec une adresse, ni courriel.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="417"/>
        <source>Emailed with the reason: the account owner, {owner}.</source>
        <translation>Courriel envoyé avec le motif au propriétaire du compte, {owner}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="422"/>
        <source>Emailed: the account owner, {owner}; a copy to the account manager, {manager}.</source>
        <translation>Courriel envoyé au propriétaire du compte, {owner}&#xa0;; copie au responsable de compte, {manager}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="424"/>
        <source>Emailed: the account owner, {owner} (the client has no account manager to copy).</source>
        <translation>Courriel envoyé au propriétaire du compte, {owner} (le client n&apos;a pas de responsable de compte à mettre en copie).</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <location filename="../../ui/labels.py" line="72"/>
        <source>Account owner</source>
        <translation>Propriétaire du compte</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="73"/>
        <location filename="../../ui/labels.py" line="77"/>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="74"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="75"/>
        <source>Account manager</source>
        <translation>Responsable de compte</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="76"/>
        <source>Manager</source>
        <translation>Gestionnaire</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="78"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="83"/>
        <source>Only an administrator can change the settings; you can view them here.</source>
        <translation>Seul un administrateur peut modifier les paramètres&#xa0;; vous pouvez les consulter ici.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="101"/>
        <source>Save settings</source>
        <translation>Enregistrer les paramètres</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="109"/>
        <source>Changing settings needs an administrator</source>
        <translation>Seul un administrateur peut modifier les paramètres</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="174"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="176"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="176"/>
        <source>Organisation name</source>
        <translation>Nom de l&apos;organisation</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="178"/>
        <source>Receives the notifications about client requests, expiring cards and failed automatic payments.</source>
        <translation>Reçoit les notifications sur les demandes des clients, les cartes arrivant à expiration et les prélèvements automatiques échoués.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="180"/>
        <source>Main &amp;email:</source>
        <translation>&amp;Courriel principal&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="180"/>
        <source>Organisation main email</source>
        <translation>Courriel principal de l&apos;organisation</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="185"/>
        <source>Language of its e&amp;mails:</source>
        <translation>Langue de ses courri&amp;els&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="186"/>
        <source>Language of the organisation&apos;s emails</source>
        <translation>Langue des courriels de l&apos;organisation</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="190"/>
        <source>Policies</source>
        <translation>Règles</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="194"/>
        <source>Most active &amp;seats to cancel:</source>
        <translation>Postes actifs max. pour ré&amp;silier&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="195"/>
        <source>Most active seats to cancel</source>
        <translation>Nombre maximal de postes actifs pour résilier</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="197"/>
        <source>A client with more active paid seats cannot be cancelled, closed or deactivated until seats are reduced.</source>
        <translation>Un client qui a plus de postes payants actifs ne peut être ni résilié, ni fermé, ni désactivé tant que ses postes n&apos;ont pas été réduits.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="200"/>
        <source>Allow managers to &amp;revoke a cancellation</source>
        <translation>Autoriser les gestionnaires à &amp;révoquer une résiliation</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="202"/>
        <source>Allow managers to revoke a cancellation</source>
        <translation>Autoriser les gestionnaires à révoquer une résiliation</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="204"/>
        <source>Billing then resumes as if the subscription had never been cancelled.</source>
        <translation>La facturation reprend alors comme si l&apos;abonnement n&apos;avait jamais été résilié.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="208"/>
        <source>Client cancellation requests:</source>
        <translation>Demandes de résiliation des clients&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="211"/>
        <source>Wait for a manager&apos;s &amp;approval (default)</source>
        <translation>Attendre l&apos;&amp;approbation d&apos;un gestionnaire (par défaut)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="213"/>
        <source>Cancel &amp;immediately at the end of the paid period</source>
        <translation>Résilier &amp;immédiatement, à la fin de la période payée</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="226"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="227"/>
        <source>&amp;Purge deactivated accounts after:</source>
        <translation>&amp;Purger les comptes désactivés après&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="228"/>
        <source>Days before a deactivated account is purged</source>
        <translation>Jours avant la purge d&apos;un compte désactivé</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="230"/>
        <source>Until then a manager can revoke the deactivation.</source>
        <translation>D&apos;ici là, un gestionnaire peut révoquer la désactivation.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="234"/>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="236"/>
        <source>smtp.example.com</source>
        <translation>smtp.example.com</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="237"/>
        <source>SMTP ser&amp;ver:</source>
        <translation>Ser&amp;veur SMTP&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="237"/>
        <source>SMTP server</source>
        <translation>Serveur SMTP</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="239"/>
        <source>Without a server, emails wait in the Outbox, where they can be saved as .eml files.</source>
        <translation>Sans serveur, les courriels attendent dans la boîte d&apos;envoi, où ils peuvent être enregistrés en fichiers .eml.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="242"/>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="242"/>
        <source>SMTP port</source>
        <translation>Port SMTP</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="245"/>
        <source>None (not encrypted)</source>
        <translation>Aucune (non chiffrée)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="245"/>
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="245"/>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="248"/>
        <source>SMTP connection security</source>
        <translation>Sécurité de la connexion SMTP</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="248"/>
        <source>Sec&amp;urity:</source>
        <translation>Séc&amp;urité&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="250"/>
        <source>&amp;User:</source>
        <translation>Uti&amp;lisateur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="250"/>
        <source>SMTP user</source>
        <translation>Utilisateur SMTP</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="253"/>
        <source>Leave empty to keep the stored password</source>
        <translation>Vide&#xa0;: mot de passe actuel conservé</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="254"/>
        <source>Pass&amp;word:</source>
        <translation>Mo&amp;t de passe&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="254"/>
        <source>SMTP password</source>
        <translation>Mot de passe SMTP</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="256"/>
        <source>Stored in the operating system&apos;s keyring, never in the database or a file.</source>
        <translation>Stocké dans le trousseau du système d&apos;exploitation, jamais dans la base de données ni dans un fichier.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="258"/>
        <source>Empty: the organisation&apos;s main email</source>
        <translation>Vide&#xa0;: courriel de l&apos;organisation</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="259"/>
        <source>Sen&amp;der address:</source>
        <translation>A&amp;dresse de l&apos;expéditeur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="259"/>
        <source>Sender address</source>
        <translation>Adresse de l&apos;expéditeur</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="359"/>
        <source>Type the SMTP user as well: the password is stored under that user name. Nothing was saved.</source>
        <translation>Saisissez aussi l&apos;utilisateur SMTP&#xa0;: le mot de passe est stocké sous ce nom d&apos;utilisateur. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="375"/>
        <source>Storing the SMTP password in the OS keyring…</source>
        <translation>Enregistrement du mot de passe SMTP dans le trousseau du système…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="395"/>
        <source>The other settings were saved, but the SMTP password was not stored. {reason}</source>
        <translation>Les autres paramètres ont été enregistrés, mais pas le mot de passe SMTP. {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="397"/>
        <source>The SMTP password was not stored. {reason}</source>
        <translation>Le mot de passe SMTP n&apos;a pas été enregistré. {reason}</translation>
    </message>
</context>
<context>
    <name>SidePages</name>
    <message>
        <location filename="../../ui/side_pages.py" line="39"/>
        <source>The latest {n} changes.</source>
        <translation>Les {n} dernières modifications.</translation>
    </message>
    <message>
        <location filename="../../ui/side_pages.py" line="61"/>
        <location filename="../../ui/side_pages.py" line="76"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../../ui/side_pages.py" line="85"/>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location filename="../../ui/side_pages.py" line="85"/>
        <source>What</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location filename="../../ui/side_pages.py" line="85"/>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/side_pages.py" line="85"/>
        <source>Who</source>
        <translation>Auteur</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../ui/labels.py" line="25"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="26"/>
        <source>Trial</source>
        <translation>Essai</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="27"/>
        <source>Paused</source>
        <translation>Suspendu</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="28"/>
        <source>Locked</source>
        <translation>Verrouillé</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="29"/>
        <source>Closing</source>
        <translation>Fermeture en cours</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="30"/>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="31"/>
        <source>Deactivating</source>
        <translation>Désactivation en cours</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="32"/>
        <source>Purged</source>
        <translation>Purgé</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="33"/>
        <source>Cancelling</source>
        <translation>Résiliation en cours</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="34"/>
        <source>Voided</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="35"/>
        <source>Open (unpaid)</source>
        <translation>Ouverte (impayée)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="36"/>
        <source>Paid</source>
        <translation>Payée</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="37"/>
        <source>Void</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="38"/>
        <source>Credited</source>
        <translation>Créditée</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="39"/>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="40"/>
        <source>Waiting for the client</source>
        <translation>En attente du client</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="41"/>
        <source>Approved</source>
        <translation>Approuvée</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="42"/>
        <source>Rejected</source>
        <translation>Rejetée</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="43"/>
        <source>Queued</source>
        <translation>En file d&apos;attente</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="44"/>
        <source>Sending</source>
        <translation>Envoi en cours</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="45"/>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="46"/>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
</context>
<context>
    <name>VoidInvoiceDialog</name>
    <message>
        <location filename="../../ui/dialogs/void_invoice.py" line="56"/>
        <location filename="../../ui/dialogs/void_invoice.py" line="70"/>
        <source>Void invoice</source>
        <translation>Annuler la facture</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/void_invoice.py" line="80"/>
        <source>Latest invoice</source>
        <translation>Dernière facture</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/void_invoice.py" line="83"/>
        <source>Subscription:</source>
        <translation>Abonnement&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/void_invoice.py" line="84"/>
        <source>{plan} for {participant}</source>
        <translation>{plan} pour {participant}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/void_invoice.py" line="89"/>
        <source>Issued:</source>
        <translation>Émise le&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/void_invoice.py" line="90"/>
        <source>Period:</source>
        <translation>Période&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/void_invoice.py" line="90"/>
        <source>{start} to {end}</source>
        <translation>du {start} au {end}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/void_invoice.py" line="92"/>
        <source>Amount:</source>
        <translation>Montant&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/void_invoice.py" line="93"/>
        <source>Paid:</source>
        <translation>Payé&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/void_invoice.py" line="101"/>
        <source>Voiding credits the whole invoice ({amount}), removes {plan} from the client&apos;s purchases (its invoices stay under billing) and ends access now, today {today}. It cannot be undone.</source>
        <translation>L&apos;annulation crédite toute la facture ({amount}), retire {plan} des achats du client (ses factures restent dans la facturation) et met fin à l&apos;accès dès maintenant, aujourd&apos;hui {today}. Cette opération est irréversible.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/void_invoice.py" line="111"/>
        <source>Also record a &amp;refund of</source>
        <translation>Enregistrer aussi un &amp;remboursement de</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/void_invoice.py" line="113"/>
        <source>Record a refund</source>
        <translation>Enregistrer un remboursement</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/void_invoice.py" line="116"/>
        <source>Refund amount</source>
        <translation>Montant du remboursement</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/void_invoice.py" line="122"/>
        <source>at most {paid}, what was paid</source>
        <translation>au plus {paid}, le montant payé</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/void_invoice.py" line="125"/>
        <source>Nothing was paid on this invoice, so there is nothing to refund.</source>
        <translation>Rien n&apos;a été payé sur cette facture&#xa0;; il n&apos;y a donc rien à rembourser.</translation>
    </message>
</context>
<context>
    <name>run_gui</name>
    <message>
        <location filename="../../ui/app.py" line="192"/>
        <source>Account Desk</source>
        <translation>Account Desk</translation>
    </message>
</context>
</TS>
