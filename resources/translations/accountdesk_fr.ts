<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>CancelSubscriptionDialog</name>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="55"/>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="75"/>
        <source>Move cancellation earlier</source>
        <translation>Avancer la résiliation</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="55"/>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="75"/>
        <source>Cancel subscription</source>
        <translation>Résilier l&apos;abonnement</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="56"/>
        <source>{title} — {client}</source>
        <translation>{title} — {client}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="92"/>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="95"/>
        <source>Client:</source>
        <translation>Client :</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="95"/>
        <source>{client} ({account})</source>
        <translation>{client} ({account})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="97"/>
        <source>per month</source>
        <translation>par mois</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="97"/>
        <source>per year</source>
        <translation>par an</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="98"/>
        <source>Plan:</source>
        <translation>Forfait&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="99"/>
        <source>{plan}, {price} {per}</source>
        <translation>{plan}, {price} {per}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="101"/>
        <source>Participant:</source>
        <translation>Participant&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="102"/>
        <source>Billing:</source>
        <translation>Facturation&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="104"/>
        <source>None: no further invoice will be issued</source>
        <translation>Aucune&#xa0;: plus aucune facture ne sera émise</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="105"/>
        <source>Next billing date:</source>
        <translation>Prochaine date de facturation&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="111"/>
        <source>Annual, renewed each year on the purchase date (bought {date})</source>
        <translation>Annuel, renouvelé chaque année à la date d&apos;achat (acheté le {date})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="113"/>
        <source>Monthly, on the day of the month it was bought (bought {date})</source>
        <translation>Mensuel, le même jour du mois que l&apos;achat (acheté le {date})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="114"/>
        <source>Monthly, billing day {day}: each invoice covers the next calendar month</source>
        <translation>Mensuel, jour de facturation {day}&#xa0;: chaque facture couvre le mois civil suivant</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="121"/>
        <source>Currently: after {month}, access until {end}.</source>
        <translation>Actuellement&#xa0;: après {month}, accès jusqu&apos;au {end}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="124"/>
        <source>This subscription is already being cancelled.</source>
        <translation>Cet abonnement est déjà en cours de résiliation.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="125"/>
        <source>A cancellation can only be moved earlier, never later or removed. To undo a mistaken cancellation, let the subscription expire and buy it again for the client.</source>
        <translation>Une résiliation peut seulement être avancée, jamais reportée ni supprimée. Pour corriger une résiliation faite par erreur, laissez l&apos;abonnement expirer et achetez-le de nouveau pour le client.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="127"/>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="129"/>
        <source>Revoke cancellation</source>
        <translation>Révoquer la résiliation</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="134"/>
        <source>Billing resumes as if the subscription had never been cancelled.</source>
        <translation>La facturation reprend comme si l&apos;abonnement n&apos;avait jamais été résilié.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="144"/>
        <source>Termination month</source>
        <translation>Mois de résiliation</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="145"/>
        <source>The month of the first billing date that will not be invoiced.</source>
        <translation>Le mois de la première date de facturation qui ne sera pas facturée.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="148"/>
        <source>after {month}</source>
        <translation>après {month}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="151"/>
        <source>&amp;Cancel:</source>
        <translation>&amp;Résilier&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="151"/>
        <source>&amp;Move to:</source>
        <translation>&amp;Avancer à&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="156"/>
        <source>For the chosen month</source>
        <translation>Pour le mois choisi</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="163"/>
        <source>Last invoice:</source>
        <translation>Dernière facture&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="164"/>
        <source>Access ends:</source>
        <translation>Fin d&apos;accès&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="165"/>
        <source>Invoices no longer issued:</source>
        <translation>Factures non émises&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="170"/>
        <source>Once set, a cancellation cannot be removed; it can only be moved to an earlier month. To undo a mistaken cancellation, let the subscription expire and buy it again for the client.</source>
        <translation>Une fois définie, une résiliation ne peut plus être supprimée&#xa0;; elle peut seulement être avancée à un mois antérieur. Pour corriger une résiliation faite par erreur, laissez l&apos;abonnement expirer et achetez-le de nouveau pour le client.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="188"/>
        <source>{date} (end of the day)</source>
        <translation>{date} (fin de journée)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="190"/>
        <source>up to the end date, {date}</source>
        <translation>jusqu&apos;à la date de fin, le {date}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="192"/>
        <source>over the next {months} months</source>
        <translation>sur les {months} prochains mois</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="193"/>
        <source>{count} ({span})</source>
        <translation>{count} ({span})</translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <location filename="../../ui/labels.py" line="80"/>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="81"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="82"/>
        <source>Portal</source>
        <translation>Portail</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="83"/>
        <source>Letter</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="84"/>
        <source>In person</source>
        <translation>En personne</translation>
    </message>
</context>
<context>
    <name>Column</name>
    <message>
        <location filename="../../ui/labels.py" line="92"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="93"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="94"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="95"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="96"/>
        <source>Account manager</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="97"/>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="98"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="99"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="100"/>
        <source>Created</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="101"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="102"/>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="103"/>
        <source>Plan</source>
        <translation>Forfait</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="104"/>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="105"/>
        <source>Period</source>
        <translation>Périodicité</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="106"/>
        <source>Billing day</source>
        <translation>Facturé le</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="107"/>
        <source>Next billing</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="108"/>
        <source>Access end</source>
        <translation>Fin d&apos;accès</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="109"/>
        <source>Start</source>
        <translation>Début</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../ui/detail_pane.py" line="48"/>
        <source>Column headers</source>
        <translation>En-têtes de colonnes</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="68"/>
        <source>Client details</source>
        <translation>Détails du client</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="73"/>
        <source>Overview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="76"/>
        <source>Access end</source>
        <translation>Fin d&apos;accès</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="76"/>
        <source>Next billing</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="76"/>
        <location filename="../../ui/detail_pane.py" line="85"/>
        <source>Plan</source>
        <translation>Forfait</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="76"/>
        <location filename="../../ui/detail_pane.py" line="85"/>
        <location filename="../../ui/detail_pane.py" line="125"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="77"/>
        <source>Cancellation month</source>
        <translation>Résiliation</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="77"/>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="78"/>
        <location filename="../../ui/detail_pane.py" line="82"/>
        <source>Purchases</source>
        <translation>Achats</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="85"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="85"/>
        <source>Issued</source>
        <translation>Émise le</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="85"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="87"/>
        <location filename="../../ui/detail_pane.py" line="89"/>
        <source>Billing</source>
        <translation>Factures</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="92"/>
        <location filename="../../ui/detail_pane.py" line="126"/>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="92"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="92"/>
        <source>Paid seat</source>
        <translation>Poste payant</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="92"/>
        <location filename="../../ui/detail_pane.py" line="126"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="92"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="94"/>
        <location filename="../../ui/detail_pane.py" line="96"/>
        <source>Contacts and seats</source>
        <translation>Contacts et postes</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="98"/>
        <source>What</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="98"/>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="98"/>
        <source>Who</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="99"/>
        <location filename="../../ui/detail_pane.py" line="101"/>
        <source>Timeline</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="102"/>
        <source>Select a client to see its details.</source>
        <translation>Sélectionnez un client pour afficher ses détails.</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="125"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="125"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="126"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="127"/>
        <source>Account manager</source>
        <translation>Responsable de compte</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="127"/>
        <source>Client since</source>
        <translation>Client depuis</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="128"/>
        <source>Account owner</source>
        <translation>Propriétaire du compte</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="128"/>
        <source>Active paid seats</source>
        <translation>Postes payants actifs</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="129"/>
        <source>Running subscriptions</source>
        <translation>Abonnements en cours</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="129"/>
        <source>Saved card</source>
        <translation>Carte enregistrée</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="130"/>
        <source>Unpaid invoices</source>
        <translation>Factures impayées</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="180"/>
        <source>{kind}, ends {date}</source>
        <translation>{kind}, se termine le {date}</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="182"/>
        <source>{kind} by {reseller}</source>
        <translation>{kind} par {reseller}</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="189"/>
        <location filename="../../ui/detail_pane.py" line="195"/>
        <location filename="../../ui/detail_pane.py" line="199"/>
        <source>None</source>
        <translation>Néant</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="193"/>
        <source>None: the client&apos;s own email is used</source>
        <translation>Aucun&#xa0;: le courriel du client est utilisé</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="197"/>
        <source>{count}, {amount} in total</source>
        <translation>{count}, {amount} au total</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="209"/>
        <source>{plan}: {period}, {price}, bought {start}, {seats} seat(s)</source>
        <translation>{plan}&#xa0;: {period}, {price}, acheté le {start}, {seats} poste(s)</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="218"/>
        <source>{start} – {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="225"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="225"/>
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
        <location filename="../../ui/labels.py" line="48"/>
        <source>Direct</source>
        <translation>Direct</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="49"/>
        <source>Trial</source>
        <translation>Essai</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="50"/>
        <source>Resold</source>
        <translation>Revendu</translation>
    </message>
</context>
<context>
    <name>LocaleFormat</name>
    <message>
        <location filename="../../ui/formatting.py" line="40"/>
        <source>MMMM yyyy</source>
        <comment>a month and its year, as a QDate format</comment>
        <translation>MMMM yyyy</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/app.py" line="152"/>
        <location filename="../../ui/main_window.py" line="59"/>
        <source>Account Desk</source>
        <translation>Account Desk</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="65"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="66"/>
        <source>Read the database again; filter, sort and selection stay</source>
        <translation>Relire la base de données&#xa0;; le filtre, le tri et la sélection sont conservés</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="69"/>
        <source>Bring up to &amp;today</source>
        <translation>Mettre à &amp;jour jusqu&apos;à aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="70"/>
        <source>Issue due invoices and handle every deadline up to today</source>
        <translation>Émettre les factures dues et traiter toutes les échéances jusqu&apos;à aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="71"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="71"/>
        <source>Organisation, policies and email settings</source>
        <translation>Paramètres de l&apos;organisation, des règles et des courriels</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="73"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="75"/>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="75"/>
        <source>Search by name, account number, email or phone</source>
        <translation>Rechercher par nom, numéro de compte, courriel ou téléphone</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="79"/>
        <source>&amp;Previous record</source>
        <translation>Fiche &amp;précédente</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="81"/>
        <source>&amp;Next record</source>
        <translation>Fiche &amp;suivante</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="77"/>
        <source>&amp;Open details</source>
        <translation>&amp;Ouvrir les détails</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="78"/>
        <source>Move to the selected client&apos;s details</source>
        <translation>Aller aux détails du client sélectionné</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="83"/>
        <source>&amp;Columns…</source>
        <translation>&amp;Colonnes…</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="83"/>
        <source>Choose the columns of the table</source>
        <translation>Choisir les colonnes du tableau</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="85"/>
        <source>&amp;Cancel subscription…</source>
        <translation>&amp;Résilier l&apos;abonnement…</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="86"/>
        <source>Cancel the selected subscription after a chosen month</source>
        <translation>Résilier l&apos;abonnement sélectionné après le mois choisi</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="88"/>
        <source>&amp;Void latest invoice…</source>
        <translation>&amp;Annuler la dernière facture…</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="89"/>
        <source>Void the subscription&apos;s latest invoice: it was bought by mistake</source>
        <translation>Annuler la dernière facture de l&apos;abonnement&#xa0;: il a été acheté par erreur</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="91"/>
        <source>Record cancellation &amp;request…</source>
        <translation>Enregistrer une &amp;demande de résiliation…</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="92"/>
        <source>Record a cancellation request received from the client</source>
        <translation>Enregistrer une demande de résiliation reçue du client</translation>
    </message>
    <message>
        <location filename="../../ui/background_jobs.py" line="58"/>
        <source>Emails could not be sent: {error}</source>
        <translation>Les courriels n&apos;ont pas pu être envoyés&#xa0;: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="214"/>
        <source>The list could not be read: {error}</source>
        <translation>La liste n&apos;a pas pu être lue&#xa0;: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="223"/>
        <source>{shown} of {total} clients</source>
        <translation>{shown} clients sur {total}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="224"/>
        <source>{shown} of {total} subscriptions</source>
        <translation>{shown} abonnements sur {total}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="229"/>
        <source>Requests ({count})</source>
        <translation>Demandes ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="229"/>
        <location filename="../../ui/pages.py" line="35"/>
        <source>Requests</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="245"/>
        <source>Select a client to see its details.</source>
        <translation>Sélectionnez un client pour voir sa fiche.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="260"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="122"/>
        <source>The database is still opening; a moment please.</source>
        <translation>La base de données est en cours d&apos;ouverture&#xa0;; un instant, s&apos;il vous plaît.</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="130"/>
        <source>The client&apos;s details are still loading; a moment please.</source>
        <translation>La fiche du client est en cours de chargement ; un instant, s&apos;il vous plaît.</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="135"/>
        <source>Select a subscription in the client&apos;s Purchases tab first.</source>
        <translation>Sélectionnez d&apos;abord un abonnement dans l&apos;onglet Achats du client.</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="127"/>
        <source>Select a client first.</source>
        <translation>Sélectionnez d&apos;abord un client.</translation>
    </message>
    <message>
        <location filename="../../ui/background_jobs.py" line="69"/>
        <source>Bringing the database up to today…</source>
        <translation>Mise à jour de la base de données jusqu&apos;à aujourd&apos;hui…</translation>
    </message>
    <message>
        <location filename="../../ui/background_jobs.py" line="80"/>
        <source>Bringing the database up to today failed: {error}</source>
        <translation>La mise à jour de la base de données jusqu&apos;à aujourd&apos;hui a échoué&#xa0;: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/background_jobs.py" line="83"/>
        <source>The database is up to date ({count} changes).</source>
        <translation>La base de données est à jour ({count} modifications).</translation>
    </message>
    <message>
        <location filename="../../ui/window_layout.py" line="56"/>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="36"/>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="33"/>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="37"/>
        <source>Outbox</source>
        <translation>Boîte d&apos;envoi</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="34"/>
        <source>Subscriptions</source>
        <translation>Abonnements</translation>
    </message>
    <message>
        <location filename="../../ui/window_layout.py" line="70"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../../ui/window_layout.py" line="71"/>
        <source>Search name, account number, email or phone (Ctrl+F)</source>
        <translation>Nom, n° de compte, courriel ou téléphone (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/window_layout.py" line="73"/>
        <source>Clear the search</source>
        <translation>Effacer la recherche</translation>
    </message>
    <message>
        <location filename="../../ui/window_layout.py" line="80"/>
        <source>Status filter</source>
        <translation>Filtre de statut</translation>
    </message>
    <message>
        <location filename="../../ui/window_layout.py" line="82"/>
        <source>&amp;Status:</source>
        <translation>&amp;Statut&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/window_layout.py" line="104"/>
        <source>Number of records</source>
        <translation>Nombre d&apos;enregistrements</translation>
    </message>
    <message>
        <location filename="../../ui/window_layout.py" line="134"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../ui/window_layout.py" line="134"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../../ui/window_layout.py" line="135"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../ui/window_layout.py" line="135"/>
        <source>&amp;Subscription</source>
        <translation>A&amp;bonnement</translation>
    </message>
    <message>
        <location filename="../../ui/window_layout.py" line="144"/>
        <source>Main tool bar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <location filename="../../ui/window_layout.py" line="182"/>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
</context>
<context>
    <name>NotifiedGroup</name>
    <message>
        <location filename="../../ui/dialogs/notified.py" line="22"/>
        <source>Who will be notified</source>
        <translation>Personnes notifiées</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/notified.py" line="28"/>
        <source>Nobody: the client has no primary admin with an address and no email</source>
        <translation>Personne&#xa0;: le client n&apos;a ni administrateur principal avec une adresse, ni courriel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/notified.py" line="30"/>
        <location filename="../../ui/dialogs/notified.py" line="38"/>
        <source>{name} &lt;{email}&gt;</source>
        <translation>{name} &lt;{email}&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/notified.py" line="32"/>
        <source>{name} &lt;{email}&gt; (the client&apos;s email: no primary admin with an address)</source>
        <translation>{name} &lt;{email}&gt; (courriel du client&#xa0;: aucun administrateur principal avec une adresse)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/notified.py" line="36"/>
        <source>Nobody: the client has no active account manager</source>
        <translation>Personne&#xa0;: le client n&apos;a pas de responsable de compte actif</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/notified.py" line="42"/>
        <source>Account owner:</source>
        <translation>Propriétaire du compte&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/notified.py" line="43"/>
        <source>Account manager (copy):</source>
        <translation>Responsable de compte (copie)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>OutboxPage</name>
    <message>
        <location filename="../../ui/outbox_page.py" line="42"/>
        <source>Client cancelled</source>
        <translation>Résiliation par le client</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="43"/>
        <source>Client asks to cancel</source>
        <translation>Demande de résiliation du client</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="44"/>
        <source>Subscription cancelled by staff</source>
        <translation>Abonnement résilié par l&apos;équipe</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="45"/>
        <source>Request approved</source>
        <translation>Demande approuvée</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="46"/>
        <source>Request rejected</source>
        <translation>Demande rejetée</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="47"/>
        <source>Invoice voided</source>
        <translation>Facture annulée</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="48"/>
        <source>Card expiring</source>
        <translation>Carte bientôt expirée</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="49"/>
        <source>Autopay failed</source>
        <translation>Échec du prélèvement automatique</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="50"/>
        <source>Pause scheduled</source>
        <translation>Suspension planifiée</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="51"/>
        <source>Pause revoked</source>
        <translation>Suspension révoquée</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="52"/>
        <source>Account resumed</source>
        <translation>Reprise du compte</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="53"/>
        <source>Closure scheduled</source>
        <translation>Fermeture planifiée</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="54"/>
        <source>Closure revoked</source>
        <translation>Fermeture révoquée</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="55"/>
        <source>Deactivation scheduled</source>
        <translation>Désactivation planifiée</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="56"/>
        <source>Deactivation revoked</source>
        <translation>Désactivation révoquée</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="57"/>
        <source>Account deleted</source>
        <translation>Compte supprimé</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="85"/>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="85"/>
        <source>Created</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="85"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="85"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="85"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="85"/>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="85"/>
        <source>To</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="86"/>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="105"/>
        <source>Sent {when}</source>
        <translation>Envoyé le {when}</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="143"/>
        <location filename="../../ui/outbox_page.py" line="255"/>
        <source>SMTP is not configured: emails stay queued; save them as .eml to send by hand.</source>
        <translation>SMTP n&apos;est pas configuré&#xa0;: les courriels restent en file d&apos;attente&#xa0;; enregistrez-les en .eml pour les envoyer vous-même.</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="150"/>
        <source>Show emails</source>
        <translation>Courriels affichés</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="149"/>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="152"/>
        <source>Re&amp;try now</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="153"/>
        <source>Send &amp;now</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="154"/>
        <source>Save as .&amp;eml…</source>
        <translation>Exporter en .e&amp;ml…</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="155"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="163"/>
        <source>Outbox emails</source>
        <translation>Courriels de la boîte d&apos;envoi</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="190"/>
        <location filename="../../ui/outbox_page.py" line="253"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="205"/>
        <source>The outbox could not be read: {reason}</source>
        <translation>La boîte d&apos;envoi n&apos;a pas pu être lue&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="233"/>
        <source>{shown} of {total} emails</source>
        <translation>{shown} courriels sur {total}</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="247"/>
        <source>Wait for the current action to finish.</source>
        <translation>Attendez la fin de l&apos;action en cours.</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="250"/>
        <source>Select failed or queued emails to retry them.</source>
        <translation>Sélectionnez des courriels en échec ou en file d&apos;attente pour les réessayer.</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="251"/>
        <source>Queue the selected failed emails again for the next delivery.</source>
        <translation>Remettre en file d&apos;attente les courriels en échec sélectionnés pour le prochain envoi.</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="259"/>
        <source>Send the queued emails now instead of waiting for the next run.</source>
        <translation>Envoyer maintenant les courriels en file d&apos;attente sans attendre le prochain passage.</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="260"/>
        <source>Select one email to save it as a file.</source>
        <translation>Sélectionnez un seul courriel pour l&apos;enregistrer dans un fichier.</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="262"/>
        <source>Save the selected email as an .eml file to send it by hand.</source>
        <translation>Enregistrer le courriel sélectionné dans un fichier .eml pour l&apos;envoyer vous-même.</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="299"/>
        <source>1 email is queued for the next delivery.</source>
        <translation>1 courriel est en file d&apos;attente pour le prochain envoi.</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="300"/>
        <source>{count} emails are queued for the next delivery.</source>
        <translation>{count} courriels sont en file d&apos;attente pour le prochain envoi.</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="307"/>
        <source>Sending…</source>
        <translation>Envoi en cours…</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="314"/>
        <source>Nothing was sent: SMTP is not configured; save the emails as .eml to send by hand.</source>
        <translation>Rien n&apos;a été envoyé&#xa0;: SMTP n&apos;est pas configuré&#xa0;; enregistrez les courriels en .eml pour les envoyer vous-même.</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="316"/>
        <source>Delivery finished: {sent} sent, {retrying} to retry later, {failed} failed.</source>
        <translation>Envoi terminé&#xa0;: {sent} envoyé(s), {retrying} à réessayer plus tard, {failed} en échec.</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="321"/>
        <source>First error: {error}</source>
        <translation>Première erreur&#xa0;: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="330"/>
        <source>Save email as .eml</source>
        <translation>Enregistrer le courriel en .eml</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="331"/>
        <source>Email files (*.eml)</source>
        <translation>Fichiers de courriel (*.eml)</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="335"/>
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
        <location filename="../../ui/labels.py" line="56"/>
        <source>Annual</source>
        <translation>Annuel</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="56"/>
        <source>Monthly</source>
        <translation>Mensuel</translation>
    </message>
</context>
<context>
    <name>RecordRequestDialog</name>
    <message>
        <location filename="../../ui/dialogs/record_request.py" line="61"/>
        <source>Record cancellation request — {client}</source>
        <translation>Enregistrer une demande de résiliation — {client}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_request.py" line="65"/>
        <source>What {client} ({account}) asked, as they sent it.</source>
        <translation>Ce que {client} ({account}) a demandé, tel qu&apos;envoyé.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_request.py" line="69"/>
        <source>Requested by</source>
        <translation>Demandé par</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_request.py" line="72"/>
        <source>&amp;From:</source>
        <translation>&amp;De&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_request.py" line="74"/>
        <source>What to cancel</source>
        <translation>Objet de la résiliation</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_request.py" line="77"/>
        <source>The whole account (close it)</source>
        <translation>Tout le compte (le fermer)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_request.py" line="78"/>
        <source>&amp;Asks to cancel:</source>
        <translation>Demande la &amp;résiliation de&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_request.py" line="83"/>
        <source>How the request arrived</source>
        <translation>Mode de réception de la demande</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_request.py" line="86"/>
        <source>Received &amp;by:</source>
        <translation>Reçue &amp;par&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_request.py" line="90"/>
        <source>Day the request was received</source>
        <translation>Jour de réception de la demande</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_request.py" line="94"/>
        <source>The day the client sent the request; never later than today.</source>
        <translation>Le jour où le client a envoyé la demande&#xa0;; jamais après aujourd&apos;hui.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_request.py" line="95"/>
        <source>Received &amp;on:</source>
        <translation>Reçue &amp;le&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_request.py" line="99"/>
        <source>The client&apos;s message</source>
        <translation>Message du client</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_request.py" line="100"/>
        <source>What the client wrote or said (optional)</source>
        <translation>Ce que le client a écrit ou dit (facultatif)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_request.py" line="104"/>
        <source>&amp;Message:</source>
        <translation>&amp;Message&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_request.py" line="111"/>
        <source>Record request</source>
        <translation>Enregistrer la demande</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_request.py" line="137"/>
        <source>{name} (account owner)</source>
        <translation>{name} (propriétaire du compte)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_request.py" line="138"/>
        <source>{name} ({role})</source>
        <translation>{name} ({role})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_request.py" line="142"/>
        <source>{plan} for {participant} ({status})</source>
        <translation>{plan} pour {participant} ({status})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_request.py" line="145"/>
        <source>{plan} for {participant}</source>
        <translation>{plan} pour {participant}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_request.py" line="146"/>
        <source>{plan} for {participant}, next billing {date}</source>
        <translation>{plan} pour {participant}, prochaine facturation le {date}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_request.py" line="165"/>
        <source>Ask {owner}, the account owner, to send the request,</source>
        <translation>Demandez à {owner}, propriétaire du compte, d&apos;envoyer la demande,</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_request.py" line="166"/>
        <source>The client has no account owner yet: set one first,</source>
        <translation>Le client n&apos;a pas encore de propriétaire de compte&#xa0;: désignez-en un d&apos;abord,</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_request.py" line="167"/>
        <source>Only the account owner can ask to close the whole account; {name} is {role}. {ask} or choose one subscription.</source>
        <translation>Seul le propriétaire du compte peut demander la fermeture de tout le compte&#xa0;; {name} est {role}. {ask} ou choisissez un seul abonnement.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_request.py" line="172"/>
        <source>a user</source>
        <translation>utilisateur</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_request.py" line="172"/>
        <source>an administrator</source>
        <translation>administrateur</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_request.py" line="180"/>
        <source>{client} has no contact: add the person who asked as a contact first.</source>
        <translation>{client} n&apos;a aucun contact&#xa0;: ajoutez d&apos;abord la personne qui a fait la demande comme contact.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_request.py" line="194"/>
        <source>The request waits in the Requests queue until a manager decides it; the organisation and the client&apos;s account owner are emailed an acknowledgement.</source>
        <translation>La demande attend dans la file Demandes jusqu&apos;à la décision d&apos;un gestionnaire&#xa0;; l&apos;organisation et le propriétaire du compte du client reçoivent un accusé de réception par courriel.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_request.py" line="197"/>
        <source>The cancellation policy is immediate: recording this request closes the account now, each subscription ending with the period its latest invoice paid for.</source>
        <translation>La règle de résiliation est immédiate&#xa0;: enregistrer cette demande ferme le compte dès maintenant, chaque abonnement prenant fin avec la période payée par sa dernière facture.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_request.py" line="199"/>
        <source>The cancellation policy is immediate: recording this request cancels the subscription now, at the end of the period its latest invoice paid for.</source>
        <translation>La règle de résiliation est immédiate&#xa0;: enregistrer cette demande résilie l&apos;abonnement dès maintenant, à la fin de la période payée par sa dernière facture.</translation>
    </message>
</context>
<context>
    <name>RecordTableView</name>
    <message>
        <location filename="../../ui/table_page.py" line="44"/>
        <source>Column headers: click to sort, Shift+click to add a sort column</source>
        <translation>En-têtes de colonnes&#xa0;: cliquez pour trier, Maj+clic pour ajouter une colonne de tri</translation>
    </message>
    <message>
        <location filename="../../ui/table_page.py" line="62"/>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
</context>
<context>
    <name>Refusal</name>
    <message>
        <location filename="../../ui/refusals.py" line="107"/>
        <source>{action:label} needs {needed:label}; you are signed in as {held:label}. Ask {needed:label} to do it.</source>
        <translation>{action:label}&#xa0;: action réservée à {needed:label}&#xa0;; vous êtes {held:label}. Demandez à {needed:label} de s&apos;en charger.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="108"/>
        <source>There is no {what:label} with id {ident}; it may have been removed. Refresh and try again.</source>
        <translation>Aucun enregistrement «&#xa0;{what:label}&#xa0;» ne porte l&apos;identifiant {ident}&#xa0;; il a peut-être été supprimé. Actualisez puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="109"/>
        <source>{user} is not a staff user of this database; ask an administrator to add you.</source>
        <translation>{user} ne fait pas partie de l&apos;équipe de cette base de données&#xa0;; demandez à un administrateur de vous ajouter.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="110"/>
        <source>This database login is not a staff user of this database; ask an administrator to add you.</source>
        <translation>Cet identifiant de base de données ne correspond à aucun membre de l&apos;équipe&#xa0;; demandez à un administrateur de vous ajouter.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="111"/>
        <source>The {what:label} cannot be empty; type one.</source>
        <translation>Le champ «&#xa0;{what:label}&#xa0;» ne peut pas être vide&#xa0;; remplissez-le.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="112"/>
        <source>The {what:label} is longer than {limit} characters; shorten it.</source>
        <translation>Le champ «&#xa0;{what:label}&#xa0;» dépasse {limit} caractères&#xa0;; raccourcissez-le.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="113"/>
        <source>The {what:label} “{value}” is not an email address; check it and try again.</source>
        <translation>«&#xa0;{value}&#xa0;» n&apos;est pas une adresse électronique valide pour le champ «&#xa0;{what:label}&#xa0;»&#xa0;; vérifiez-la et réessayez.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="114"/>
        <source>The {what:label} must be one of {allowed:list}; “{value}” is not.</source>
        <translation>Le champ «&#xa0;{what:label}&#xa0;» doit valoir l&apos;une de ces valeurs&#xa0;: {allowed:list}&#xa0;; «&#xa0;{value}&#xa0;» n&apos;en fait pas partie.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="115"/>
        <source>The {what:label} “{value}” is not an amount of money.</source>
        <translation>«&#xa0;{value}&#xa0;» n&apos;est pas un montant valide pour le champ «&#xa0;{what:label}&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="116"/>
        <source>The {what:label} must be zero or more; {value} is not.</source>
        <translation>Le champ «&#xa0;{what:label}&#xa0;» doit être positif ou nul&#xa0;; {value} ne l&apos;est pas.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="117"/>
        <source>The {what:label} {value} has more than two decimals.</source>
        <translation>Le montant {value} du champ «&#xa0;{what:label}&#xa0;» a plus de deux décimales.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="118"/>
        <source>A staff user with the email {email} already exists.</source>
        <translation>Un membre de l&apos;équipe a déjà l&apos;adresse {email}.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="119"/>
        <source>There is no staff user with the email {email}; add them first.</source>
        <translation>Aucun membre de l&apos;équipe n&apos;a l&apos;adresse {email}&#xa0;; ajoutez-le d&apos;abord.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="120"/>
        <source>A trial client needs a trial end date; give the date the trial ends.</source>
        <translation>Un client à l&apos;essai doit avoir une date de fin d&apos;essai&#xa0;; indiquez la date à laquelle l&apos;essai se termine.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="121"/>
        <source>Only a trial client has a trial end date; leave it empty or make the client a trial.</source>
        <translation>Seul un client à l&apos;essai a une date de fin d&apos;essai&#xa0;; laissez-la vide ou faites de ce client un essai.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="122"/>
        <source>A resold client needs the reseller&apos;s name; give the reseller who manages it.</source>
        <translation>Un client revendu doit avoir le nom de son revendeur&#xa0;; indiquez le revendeur qui le gère.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="123"/>
        <source>The account number {number} is already used by another client.</source>
        <translation>Le numéro de compte {number} est déjà utilisé par un autre client.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="124"/>
        <source>{client} already has a primary admin (the account owner); transfer the role instead of adding a second one.</source>
        <translation>{client} a déjà un administrateur principal (le propriétaire du compte)&#xa0;; transférez ce rôle au lieu d&apos;en ajouter un second.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="125"/>
        <source>Give only the last four digits of the card, never the full card number.</source>
        <translation>Indiquez seulement les quatre derniers chiffres de la carte, jamais le numéro complet.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="126"/>
        <source>The card&apos;s expiry must be a month from 1 to 12 and a four-digit year.</source>
        <translation>L&apos;expiration de la carte doit être un mois de 1 à 12 et une année à quatre chiffres.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="127"/>
        <source>This card has already expired; ask the client for a valid card.</source>
        <translation>Cette carte a déjà expiré&#xa0;; demandez au client une carte valide.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="128"/>
        <source>The file {path} cannot be attached: it does not exist or is not a file.</source>
        <translation>Le fichier {path} ne peut pas être joint&#xa0;: il n&apos;existe pas ou n&apos;est pas un fichier.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="129"/>
        <source>The file {file} is larger than {limit_mb} MB; attach a smaller file.</source>
        <translation>Le fichier {file} dépasse {limit_mb} Mo&#xa0;; joignez un fichier plus petit.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="130"/>
        <source>{client} is being deleted; a new subscription can only be bought for an account that is not being deleted: revoke the deactivation first.</source>
        <translation>{client} est en cours de suppression&#xa0;; un nouvel abonnement ne peut être acheté que pour un compte qui n&apos;est pas en cours de suppression&#xa0;: révoquez d&apos;abord la désactivation.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="131"/>
        <source>{client} is {status:label}; a new subscription can only be bought for an account that is running: resume the account first.</source>
        <translation>Le compte {client} a le statut «&#xa0;{status:label}&#xa0;»&#xa0;; un nouvel abonnement ne peut être acheté que pour un compte en service&#xa0;: réactivez d&apos;abord le compte.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="132"/>
        <source>A billing day applies to monthly plans only; leave it empty for an annual plan.</source>
        <translation>Un jour de facturation ne s&apos;applique qu&apos;aux formules mensuelles&#xa0;; laissez-le vide pour une formule annuelle.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="133"/>
        <source>The billing day must be between 1 and 28, so that every month has it; {day} is not.</source>
        <translation>Le jour de facturation doit être compris entre 1 et 28, pour exister chaque mois&#xa0;; {day} ne l&apos;est pas.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="134"/>
        <source>The end date, {end:date}, is before the start date, {start:date}; choose an end date on or after the start.</source>
        <translation>La date de fin, {end:date}, précède la date de début, {start:date}&#xa0;; choisissez une date de fin égale ou postérieure au début.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="135"/>
        <source>A subscription has at least one seat.</source>
        <translation>Un abonnement compte au moins un poste.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="136"/>
        <source>The invoice of {issued:date} is {status:label}; no payment can be recorded against it.</source>
        <translation>La facture du {issued:date} a le statut «&#xa0;{status:label}&#xa0;»&#xa0;; aucun paiement ne peut y être enregistré.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="137"/>
        <source>The invoice of {issued:date} is already paid; nothing is due.</source>
        <translation>La facture du {issued:date} est déjà payée&#xa0;; rien n&apos;est dû.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="138"/>
        <source>The invoice of {issued:date} is already {status:label}.</source>
        <translation>La facture du {issued:date} a déjà le statut «&#xa0;{status:label}&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="139"/>
        <source>Nothing is left to credit on the invoice of {issued:date}; it is fully paid or credited.</source>
        <translation>Il ne reste rien à créditer sur la facture du {issued:date}&#xa0;; elle est entièrement payée ou créditée.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="140"/>
        <source>A credit note can be at most the open amount of the invoice, {due:money}; {amount:money} is more. Record a refund for money already paid.</source>
        <translation>Un avoir ne peut dépasser le montant restant dû de la facture, {due:money}&#xa0;; {amount:money} est plus élevé. Enregistrez un remboursement pour l&apos;argent déjà payé.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="141"/>
        <source>{client} is not a trial account; only a trial can be converted.</source>
        <translation>{client} n&apos;est pas un compte d&apos;essai&#xa0;; seul un essai peut être converti.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="142"/>
        <source>{client} is {status:label}; only a trial or an expired trial can be converted.</source>
        <translation>Le compte {client} a le statut «&#xa0;{status:label}&#xa0;»&#xa0;; seul un essai, en cours ou expiré, peut être converti.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="143"/>
        <source>{client} has {count} unpaid {count:plural:invoice|invoices} (the oldest issued {oldest:date}); record the payment or credit {count:plural:it|them} first, then cancel.</source>
        <translation>{client} a {count} {count:plural:facture impayée|factures impayées} (la plus ancienne émise le {oldest:date})&#xa0;; enregistrez le paiement ou créditez-{count:plural:la|les} d&apos;abord, puis résiliez.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="144"/>
        <source>{client} has {seats} active paid seats and at most {limit} are allowed when cancelling; deactivate users and reduce licences in the Contacts and seats tab first.</source>
        <translation>{client} a {seats} postes payants actifs et au plus {limit} sont admis pour résilier&#xa0;; désactivez des utilisateurs et réduisez les licences dans l&apos;onglet Contacts et postes d&apos;abord.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="145"/>
        <source>This subscription was voided as bought by mistake; there is nothing left to cancel.</source>
        <translation>Cet abonnement a été annulé comme acheté par erreur&#xa0;; il n&apos;y a plus rien à résilier.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="146"/>
        <source>This subscription already ended on {end:date}; buy it again for the client if they want it back.</source>
        <translation>Cet abonnement a déjà pris fin le {end:date}&#xa0;; achetez-le de nouveau pour le client s&apos;il le souhaite.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="147"/>
        <source>This subscription has already ended; buy it again for the client if they want it back.</source>
        <translation>Cet abonnement a déjà pris fin&#xa0;; achetez-le de nouveau pour le client s&apos;il le souhaite.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="148"/>
        <source>This subscription is paused with its account; resume the account before cancelling it.</source>
        <translation>Cet abonnement est suspendu avec son compte&#xa0;; réactivez le compte avant de le résilier.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="149"/>
        <source>This is a trial account: it is never billed and simply expires at the trial end, so there is nothing to cancel.</source>
        <translation>Ceci est un compte d&apos;essai&#xa0;: il n&apos;est jamais facturé et expire simplement à la fin de l&apos;essai&#xa0;; il n&apos;y a rien à résilier.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="150"/>
        <source>This subscription is already cancelled after {month:month}, the earliest month possible; it cannot be moved earlier. To undo a mistaken cancellation, let the subscription expire and buy it again for the client.</source>
        <translation>Cet abonnement est déjà résilié après {month:month}, le mois le plus proche possible&#xa0;; la résiliation ne peut pas être avancée. Pour annuler une résiliation faite par erreur, laissez l&apos;abonnement expirer puis achetez-le de nouveau pour le client.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="151"/>
        <source>No termination month can be offered: the configured end date comes before any further invoice. The subscription ends by itself on its end date.</source>
        <translation>Aucun mois de résiliation ne peut être proposé&#xa0;: la date de fin configurée arrive avant toute nouvelle facture. L&apos;abonnement se termine de lui-même à sa date de fin.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="152"/>
        <source>This subscription is already cancelled after {month:month}; a cancellation can only be moved earlier, not later or removed. To undo a mistaken cancellation, let the subscription expire and buy it again for the client.</source>
        <translation>Cet abonnement est déjà résilié après {month:month}&#xa0;; une résiliation peut seulement être avancée, ni reportée ni supprimée. Pour annuler une résiliation faite par erreur, laissez l&apos;abonnement expirer puis achetez-le de nouveau pour le client.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="153"/>
        <source>{month:month} is not a month this subscription can be cancelled after; choose one from {first:month} to {last:month}.</source>
        <translation>{month:month} ne fait pas partie des mois après lesquels cet abonnement peut être résilié&#xa0;; choisissez-en un de {first:month} à {last:month}.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="154"/>
        <source>Revoking a cancellation is turned off by the policy allow_revoke_cancellation. To undo a mistaken cancellation, let the subscription expire and buy it again for the client. An administrator can turn the policy on in the settings.</source>
        <translation>La révocation d&apos;une résiliation est désactivée par la règle allow_revoke_cancellation. Pour annuler une résiliation faite par erreur, laissez l&apos;abonnement expirer puis achetez-le de nouveau pour le client. Un administrateur peut activer la règle dans les paramètres.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="155"/>
        <source>This subscription&apos;s access has already ended; buy it again for the client.</source>
        <translation>L&apos;accès de cet abonnement a déjà pris fin&#xa0;; achetez-le de nouveau pour le client.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="156"/>
        <source>This subscription is {status:label}, not cancelled; there is no cancellation to revoke.</source>
        <translation>Cet abonnement a le statut «&#xa0;{status:label}&#xa0;» et n&apos;est pas résilié&#xa0;; il n&apos;y a pas de résiliation à révoquer.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="157"/>
        <source>This subscription is already voided; its invoices are under the client&apos;s billing.</source>
        <translation>Cet abonnement est déjà annulé&#xa0;; ses factures restent dans la facturation du client.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="158"/>
        <source>This subscription has already ended; voiding is for a purchase made by mistake that is still running. Credit or refund its invoices instead.</source>
        <translation>Cet abonnement a déjà pris fin&#xa0;; l&apos;annulation concerne un achat fait par erreur et toujours en cours. Créditez ou remboursez plutôt ses factures.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="159"/>
        <source>This subscription has no invoice to void.</source>
        <translation>Cet abonnement n&apos;a aucune facture à annuler.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="160"/>
        <source>The refund {refund:money} is more than what was paid on this invoice ({paid:money}); refund at most {paid:money}.</source>
        <translation>Le remboursement de {refund:money} dépasse ce qui a été payé sur cette facture ({paid:money})&#xa0;; remboursez au plus {paid:money}.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="161"/>
        <source>This subscription has no invoice yet, so there is no paid period to end it with.</source>
        <translation>Cet abonnement n&apos;a pas encore de facture&#xa0;: il n&apos;y a pas de période payée à laquelle le terminer.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="162"/>
        <source>This subscription is already cancelled with access until {end:date}, which is not later than what this request asks; there is nothing more to do.</source>
        <translation>Cet abonnement est déjà résilié avec un accès jusqu&apos;au {end:date}, ce qui n&apos;est pas plus tard que ce que demande cette demande&#xa0;; il n&apos;y a rien de plus à faire.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="163"/>
        <source>{client} is a trial account: it is not closed, it simply expires on {end:date} and is never billed unless converted.</source>
        <translation>{client} est un compte d&apos;essai&#xa0;: il n&apos;est pas fermé, il expire simplement le {end:date} et n&apos;est jamais facturé sauf s&apos;il est converti.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="164"/>
        <source>{client} is a trial account: it is not closed, it simply expires at its trial end and is never billed unless converted.</source>
        <translation>{client} est un compte d&apos;essai&#xa0;: il n&apos;est pas fermé, il expire simplement à la fin de son essai et n&apos;est jamais facturé sauf s&apos;il est converti.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="165"/>
        <source>{client} is managed by the reseller {reseller}; the account is closed through them. Ask the client to contact their reseller.</source>
        <translation>{client} est géré par le revendeur {reseller}&#xa0;; le compte se ferme par son intermédiaire. Demandez au client de contacter son revendeur.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="166"/>
        <source>{client} is already {status:label}.</source>
        <translation>Le compte {client} a déjà le statut «&#xa0;{status:label}&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="167"/>
        <source>{contact} is not the primary admin of {client}; only the account owner can close the account. Ask the account owner to request it.</source>
        <translation>{contact} n&apos;est pas l&apos;administrateur principal de {client}&#xa0;; seul le propriétaire du compte peut fermer le compte. Demandez au propriétaire du compte d&apos;en faire la demande.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="168"/>
        <source>The requester is not the primary admin of {client}; only the account owner can close the account. Ask the account owner to request it.</source>
        <translation>Le demandeur n&apos;est pas l&apos;administrateur principal de {client}&#xa0;; seul le propriétaire du compte peut fermer le compte. Demandez au propriétaire du compte d&apos;en faire la demande.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="169"/>
        <source>The received date, {received:date}, is in the future; give the day the client sent the request.</source>
        <translation>La date de réception, {received:date}, est dans le futur&#xa0;; indiquez le jour où le client a envoyé la demande.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="170"/>
        <source>{client} is being deleted; no request can be recorded for it.</source>
        <translation>{client} est en cours de suppression&#xa0;; aucune demande ne peut être enregistrée pour ce client.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="171"/>
        <source>Only the client&apos;s primary admin (the account owner) can ask to close the whole account; {contact} is {role:label}. Ask the account owner to send the request.</source>
        <translation>Seul l&apos;administrateur principal du client (le propriétaire du compte) peut demander la fermeture de tout le compte&#xa0;; {contact} est {role:label}. Demandez au propriétaire du compte d&apos;envoyer la demande.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="172"/>
        <source>That subscription does not belong to {client}; choose one of its own.</source>
        <translation>Cet abonnement n&apos;appartient pas à {client}&#xa0;; choisissez l&apos;un des siens.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="173"/>
        <source>This subscription is already cancelled: access ends on {end:date}. No request is needed; tell the client the date.</source>
        <translation>Cet abonnement est déjà résilié&#xa0;: l&apos;accès prend fin le {end:date}. Aucune demande n&apos;est nécessaire&#xa0;; communiquez la date au client.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="174"/>
        <source>This request is already {status:label}; only a pending or waiting request can be decided.</source>
        <translation>Cette demande a déjà le statut «&#xa0;{status:label}&#xa0;»&#xa0;; seule une demande en attente peut être tranchée.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="175"/>
        <source>This request is {status:label}; only a pending request can be put on hold.</source>
        <translation>Cette demande a le statut «&#xa0;{status:label}&#xa0;»&#xa0;; seule une demande en attente peut être mise en suspens.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="176"/>
        <source>{chosen:date} is not a final billing date this subscription can take; the coming billing dates are {coming:dates}.</source>
        <translation>Le {chosen:date} n&apos;est pas une date de dernière facturation possible pour cet abonnement&#xa0;; les prochaines dates de facturation sont&#xa0;: {coming:dates}.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="177"/>
        <source>Ending with the latest invoice is not a final billing date this subscription can take; the coming billing dates are {coming:dates}.</source>
        <translation>Terminer avec la dernière facture émise n&apos;est pas possible pour cet abonnement&#xa0;; les prochaines dates de facturation sont&#xa0;: {coming:dates}.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="178"/>
        <source>There is no setting called {key}; the settings are {known:list}.</source>
        <translation>Il n&apos;existe pas de paramètre {key}&#xa0;; les paramètres sont&#xa0;: {known:list}.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="179"/>
        <source>The setting {key} must be a whole number of at least {least}; {value} is not.</source>
        <translation>Le paramètre {key} doit être un nombre entier d&apos;au moins {least}&#xa0;; {value} ne l&apos;est pas.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="180"/>
        <source>The setting {key} must be true or false; {value} is not.</source>
        <translation>Le paramètre {key} doit être vrai ou faux&#xa0;; {value} ne l&apos;est pas.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="181"/>
        <source>The setting {key} must be one of {allowed:list}; {value} is not.</source>
        <translation>Le paramètre {key} doit valoir l&apos;une de ces valeurs&#xa0;: {allowed:list}&#xa0;; {value} n&apos;en fait pas partie.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="182"/>
        <source>The setting {key} cannot be empty.</source>
        <translation>Le paramètre {key} ne peut pas être vide.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="183"/>
        <source>The setting {key} must be text.</source>
        <translation>Le paramètre {key} doit être du texte.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="184"/>
        <source>The OS keyring is not available, so the SMTP password cannot be stored or read ({reason}). Install or unlock the system&apos;s password store (Windows Credential Manager, macOS Keychain, or a Secret Service such as GNOME Keyring or KWallet) and try again.</source>
        <translation>Le trousseau du système n&apos;est pas disponible&#xa0;: le mot de passe SMTP ne peut être ni enregistré ni lu ({reason}). Installez ou déverrouillez le gestionnaire de mots de passe du système (Gestionnaire d&apos;identification Windows, Trousseau macOS, ou un Secret Service comme GNOME Keyring ou KWallet) puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="185"/>
        <source>The OS keyring is not available, so the SMTP password cannot be stored or read: the only keyring found stores passwords in a file. Install or unlock the system&apos;s password store (Windows Credential Manager, macOS Keychain, or a Secret Service such as GNOME Keyring or KWallet) and try again.</source>
        <translation>Le trousseau du système n&apos;est pas disponible&#xa0;: le mot de passe SMTP ne peut être ni enregistré ni lu, car le seul trousseau trouvé garde les mots de passe dans un fichier. Installez ou déverrouillez le gestionnaire de mots de passe du système (Gestionnaire d&apos;identification Windows, Trousseau macOS, ou un Secret Service comme GNOME Keyring ou KWallet) puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="186"/>
        <source>The OS keyring could not be used for the SMTP password: {reason}</source>
        <translation>Le trousseau du système n&apos;a pas pu être utilisé pour le mot de passe SMTP&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="187"/>
        <source>Set the SMTP user first; the password is stored under that user name.</source>
        <translation>Indiquez d&apos;abord l&apos;utilisateur SMTP&#xa0;; le mot de passe est enregistré sous ce nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="188"/>
        <source>The SMTP password is empty; type it, or remove the stored one instead.</source>
        <translation>Le mot de passe SMTP est vide&#xa0;; saisissez-le, ou supprimez plutôt celui qui est enregistré.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="189"/>
        <source>Set the sender address (SMTP sender or organisation email) before sending emails.</source>
        <translation>Indiquez l&apos;adresse d&apos;expédition (expéditeur SMTP ou courriel de l&apos;organisation) avant d&apos;envoyer des courriels.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="190"/>
        <source>The sender address “{address}” is not an email address; check the SMTP sender in Settings.</source>
        <translation>L&apos;adresse d&apos;expédition «&#xa0;{address}&#xa0;» n&apos;est pas une adresse électronique&#xa0;; vérifiez l&apos;expéditeur SMTP dans les paramètres.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="191"/>
        <source>The account deletion email is never saved as a file; it is deleted with the account&apos;s data.</source>
        <translation>Le courriel de suppression du compte n&apos;est jamais enregistré dans un fichier&#xa0;; il est supprimé avec les données du compte.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="192"/>
        <source>The database URL {url} is not valid; expected e.g. sqlite:///path/file.sqlite3 or postgresql+psycopg://user@host/db.</source>
        <translation>L&apos;URL de base de données {url} n&apos;est pas valide&#xa0;; exemples attendus&#xa0;: sqlite:///chemin/fichier.sqlite3 ou postgresql+psycopg://utilisateur@hôte/base.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="193"/>
        <source>The database URL {url} names {driver}; Account Desk works with SQLite or PostgreSQL.</source>
        <translation>L&apos;URL de base de données {url} désigne {driver}&#xa0;; Account Desk fonctionne avec SQLite ou PostgreSQL.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="194"/>
        <source>The database URL {url} is not usable: {reason}.</source>
        <translation>L&apos;URL de base de données {url} est inutilisable&#xa0;: {reason}.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="195"/>
        <source>The database {url} holds tables of another program; choose an empty database for Account Desk.</source>
        <translation>La base de données {url} contient les tables d&apos;un autre programme&#xa0;; choisissez une base vide pour Account Desk.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="196"/>
        <source>The database {url} was written by a newer version of Account Desk; install the newer version to open it.</source>
        <translation>La base de données {url} a été écrite par une version plus récente d&apos;Account Desk&#xa0;; installez cette version pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="197"/>
        <source>The database {url} cannot be opened: {reason}.</source>
        <translation>La base de données {url} ne peut pas être ouverte&#xa0;: {reason}.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="198"/>
        <source>The database {url} cannot be used: {reason}.</source>
        <translation>La base de données {url} est inutilisable&#xa0;: {reason}.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="199"/>
        <source>The folder of the database file {path} does not exist.</source>
        <translation>Le dossier du fichier de base de données {path} n&apos;existe pas.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="200"/>
        <source>The database file {path} cannot be read: {reason}.</source>
        <translation>Le fichier de base de données {path} ne peut pas être lu&#xa0;: {reason}.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="201"/>
        <source>The file {path} is not an Account Desk database (it is not a SQLite file).</source>
        <translation>Le fichier {path} n&apos;est pas une base de données Account Desk (ce n&apos;est pas un fichier SQLite).</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="202"/>
        <source>The file {path} is not a readable Account Desk database ({reason}).</source>
        <translation>Le fichier {path} n&apos;est pas une base de données Account Desk lisible ({reason}).</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="203"/>
        <source>The file {path} is a SQLite database of another program, not an Account Desk database.</source>
        <translation>Le fichier {path} est une base SQLite d&apos;un autre programme, pas une base de données Account Desk.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="278"/>
        <source>{client} has no active subscription to cancel; the ones already cancelled keep their dates.</source>
        <translation>{client} n&apos;a aucun abonnement actif à résilier ; ceux déjà résiliés gardent leurs dates.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="279"/>
        <source>{client} has no contact: add the person who asked as a contact first, then record the request.</source>
        <translation>{client} n&apos;a aucun contact : ajoutez d&apos;abord la personne qui a fait la demande comme contact, puis enregistrez la demande.</translation>
    </message>
</context>
<context>
    <name>RefusalFormat</name>
    <message>
        <location filename="../../ui/refusals.py" line="100"/>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>RefusalLabel</name>
    <message>
        <location filename="../../ui/refusals.py" line="210"/>
        <source>a staff member</source>
        <translation>un membre de l&apos;équipe</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="211"/>
        <source>a manager</source>
        <translation>un gestionnaire</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="212"/>
        <source>an administrator</source>
        <translation>un administrateur</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="213"/>
        <source>the account owner</source>
        <translation>le propriétaire du compte</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="214"/>
        <source>an admin</source>
        <translation>un administrateur</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="215"/>
        <source>a user</source>
        <translation>un utilisateur</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="216"/>
        <source>client</source>
        <translation>client</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="217"/>
        <source>contact</source>
        <translation>contact</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="218"/>
        <source>subscription</source>
        <translation>abonnement</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="219"/>
        <source>invoice</source>
        <translation>facture</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="220"/>
        <source>email</source>
        <translation>courriel</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="221"/>
        <source>cancellation request</source>
        <translation>demande de résiliation</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="222"/>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="223"/>
        <source>a trial</source>
        <translation>essai</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="224"/>
        <source>paused</source>
        <translation>suspendu</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="225"/>
        <source>locked</source>
        <translation>verrouillé</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="226"/>
        <source>closing</source>
        <translation>en fermeture</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="227"/>
        <source>expired</source>
        <translation>expiré</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="228"/>
        <source>being deleted</source>
        <translation>en cours de suppression</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="229"/>
        <source>deleted</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="230"/>
        <source>cancelled</source>
        <translation>en résiliation</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="231"/>
        <source>voided</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="232"/>
        <source>open</source>
        <translation>impayée</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="233"/>
        <source>paid</source>
        <translation>payée</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="234"/>
        <source>void</source>
        <translation>annulée</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="235"/>
        <source>credited</source>
        <translation>créditée</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="236"/>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="237"/>
        <source>waiting for the client</source>
        <translation>en attente du client</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="238"/>
        <source>approved</source>
        <translation>approuvée</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="239"/>
        <source>rejected</source>
        <translation>rejetée</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="240"/>
        <source>Voiding an invoice</source>
        <translation>Annuler une facture</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="241"/>
        <source>Revoking a cancellation</source>
        <translation>Révoquer une résiliation</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="242"/>
        <source>Deciding a cancellation request</source>
        <translation>Trancher une demande de résiliation</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="243"/>
        <source>Changing settings</source>
        <translation>Modifier les paramètres</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="244"/>
        <source>Changing the SMTP password</source>
        <translation>Modifier le mot de passe SMTP</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="245"/>
        <source>Adding a staff user</source>
        <translation>Ajouter un membre de l&apos;équipe</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="246"/>
        <source>staff user&apos;s name</source>
        <translation>nom du membre de l&apos;équipe</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="247"/>
        <source>staff user&apos;s email</source>
        <translation>courriel du membre de l&apos;équipe</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="248"/>
        <source>role</source>
        <translation>rôle</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="249"/>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="250"/>
        <source>client&apos;s name</source>
        <translation>nom du client</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="251"/>
        <source>kind of client</source>
        <translation>type de client</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="252"/>
        <source>client&apos;s email</source>
        <translation>courriel du client</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="253"/>
        <source>account number</source>
        <translation>numéro de compte</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="254"/>
        <source>phone</source>
        <translation>téléphone</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="255"/>
        <source>contact&apos;s name</source>
        <translation>nom du contact</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="256"/>
        <source>contact&apos;s email</source>
        <translation>courriel du contact</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="257"/>
        <source>contact role</source>
        <translation>rôle du contact</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="258"/>
        <source>card brand</source>
        <translation>marque de la carte</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="259"/>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="260"/>
        <source>plan name</source>
        <translation>nom de la formule</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="261"/>
        <source>participant</source>
        <translation>participant</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="262"/>
        <source>price</source>
        <translation>prix</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="263"/>
        <source>period</source>
        <translation>période</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="264"/>
        <source>refund</source>
        <translation>remboursement</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="265"/>
        <source>credit amount</source>
        <translation>montant de l&apos;avoir</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="266"/>
        <source>channel</source>
        <translation>canal</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="267"/>
        <source>message</source>
        <translation>message</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="268"/>
        <source>reason for rejecting</source>
        <translation>motif du rejet</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="269"/>
        <source>note saying what the client must send</source>
        <translation>note indiquant ce que le client doit envoyer</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="270"/>
        <source>organisation email</source>
        <translation>courriel de l&apos;organisation</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="285"/>
        <source>Exporting a client whose subscriptions have expired</source>
        <translation>Exporter un client dont les abonnements ont expiré</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="286"/>
        <source>staff user</source>
        <translation>membre du personnel</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <location filename="../../ui/requests_page.py" line="72"/>
        <source>Rejected: {reason}</source>
        <translation>Rejetée&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="76"/>
        <source>Whole account</source>
        <translation>Tout le compte</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="86"/>
        <source>Age</source>
        <translation>Ancienneté</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="86"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="86"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="86"/>
        <source>Received</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="86"/>
        <source>Requested by</source>
        <translation>Demandé par</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="86"/>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="87"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="87"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="87"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="149"/>
        <source>Show requests</source>
        <translation>Demandes affichées</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="148"/>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="151"/>
        <source>&amp;Review…</source>
        <translation>&amp;Examiner…</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="152"/>
        <source>Record &amp;request…</source>
        <translation>Nouvelle &amp;demande…</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="153"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="154"/>
        <source>Read the requests again</source>
        <translation>Relire les demandes</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="158"/>
        <source>Cancellation requests</source>
        <translation>Demandes de résiliation</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="197"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="232"/>
        <source>1 request</source>
        <translation>1 demande</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="233"/>
        <source>{count} requests</source>
        <translation>{count} demandes</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="238"/>
        <source>The requests could not be read: {reason}</source>
        <translation>Les demandes n&apos;ont pas pu être lues&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="268"/>
        <source>Select a request to review it</source>
        <translation>Sélectionnez une demande pour l&apos;examiner</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="270"/>
        <source>This request is already decided ({status}).</source>
        <translation>Cette demande a déjà fait l&apos;objet d&apos;une décision ({status}).</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="273"/>
        <source>Approve, reject or put the selected request on hold</source>
        <translation>Approuver, rejeter ou mettre en attente la demande sélectionnée</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="275"/>
        <source>Select one of a client&apos;s requests to record a new request for that client</source>
        <translation>Sélectionnez une demande d&apos;un client pour enregistrer une nouvelle demande pour ce client</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="278"/>
        <source>Record a cancellation request a client sent</source>
        <translation>Enregistrer une demande de résiliation envoyée par un client</translation>
    </message>
</context>
<context>
    <name>ReviewRequest</name>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="49"/>
        <source>1 business day</source>
        <translation>1 jour ouvré</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="50"/>
        <source>{count} business days</source>
        <translation>{count} jours ouvrés</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="56"/>
        <source>by email</source>
        <translation>par courriel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="57"/>
        <source>by phone</source>
        <translation>par téléphone</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="58"/>
        <source>through the client portal</source>
        <translation>via le portail client</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="59"/>
        <source>by letter</source>
        <translation>par courrier</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="60"/>
        <source>in person</source>
        <translation>en personne</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="63"/>
        <source>today</source>
        <translation>aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="65"/>
        <source>less than a business day ago</source>
        <translation>il y a moins d&apos;un jour ouvré</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="67"/>
        <source>{age} ago</source>
        <translation>il y a {age}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="68"/>
        <source>Received {date} {how}, {when}</source>
        <translation>Reçue le {date} {how}, {when}</translation>
    </message>
</context>
<context>
    <name>ReviewRequestDialog</name>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="96"/>
        <source>Review cancellation request — {client}</source>
        <translation>Examiner la demande de résiliation — {client}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="117"/>
        <location filename="../../ui/dialogs/review_request.py" line="375"/>
        <source>Approve cancellation</source>
        <translation>Approuver la résiliation</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="142"/>
        <source>someone</source>
        <translation>quelqu&apos;un</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="144"/>
        <source>Rejected by {who}: {reason}</source>
        <translation>Rejetée par {who}&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="147"/>
        <source>none, the latest invoice was the last</source>
        <translation>aucune, la dernière facture émise était la dernière</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="148"/>
        <source>Approved by {who}; final billing date: {when}.</source>
        <translation>Approuvée par {who}&#xa0;; dernière date de facturation&#xa0;: {when}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="150"/>
        <source>Waiting for the client: {note}</source>
        <translation>En attente du client&#xa0;: {note}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="152"/>
        <source>Note: {note}</source>
        <translation>Note&#xa0;: {note}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="161"/>
        <source>{name} &lt;{email}&gt;, {role} of {client}</source>
        <translation>{name} &lt;{email}&gt;, {role} de {client}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="163"/>
        <source>{name}, {role} of {client}</source>
        <translation>{name}, {role} de {client}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="168"/>
        <location filename="../../ui/dialogs/review_request.py" line="170"/>
        <location filename="../../ui/dialogs/review_request.py" line="410"/>
        <source>{name} &lt;{email}&gt;</source>
        <translation>{name} &lt;{email}&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="177"/>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="183"/>
        <source>From:</source>
        <translation>De&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="185"/>
        <source>{plan} for {participant}</source>
        <translation>{plan} pour {participant}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="188"/>
        <source>The whole account (closing it)</source>
        <translation>Tout le compte (sa fermeture)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="189"/>
        <source>Asks to cancel:</source>
        <translation>Demande la résiliation de&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="190"/>
        <source>Status:</source>
        <translation>Statut&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="193"/>
        <source>The client&apos;s message</source>
        <translation>Message du client</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="196"/>
        <source>No message was recorded.</source>
        <translation>Aucun message n&apos;a été enregistré.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="198"/>
        <source>Message:</source>
        <translation>Message&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="203"/>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="207"/>
        <source>per month</source>
        <translation>par mois</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="207"/>
        <source>per year</source>
        <translation>par an</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="208"/>
        <source>Plan:</source>
        <translation>Forfait&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="208"/>
        <source>{plan}, {price} {per} ({status})</source>
        <translation>{plan}, {price} {per} ({status})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="210"/>
        <source>Participant:</source>
        <translation>Participant&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="211"/>
        <source>Billing:</source>
        <translation>Facturation&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="216"/>
        <source>{issued} ({status})</source>
        <translation>{issued} ({status})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="219"/>
        <source>None yet</source>
        <translation>Aucune pour l&apos;instant</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="220"/>
        <source>Latest invoice:</source>
        <translation>Dernière facture&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="222"/>
        <source>None: no further invoice will be issued</source>
        <translation>Aucune&#xa0;: plus aucune facture ne sera émise</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="223"/>
        <source>Next billing date:</source>
        <translation>Prochaine date de facturation&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="228"/>
        <source>Annual, renewed each year on the purchase date</source>
        <translation>Annuel, renouvelé chaque année à la date d&apos;achat</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="230"/>
        <source>Monthly, on the day of the month it was bought</source>
        <translation>Mensuel, le même jour du mois que l&apos;achat</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="231"/>
        <source>Monthly, billing day {day}: each invoice covers the next calendar month</source>
        <translation>Mensuel, jour de facturation {day}&#xa0;: chaque facture couvre le mois civil suivant</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="235"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="239"/>
        <source>&amp;Approve the cancellation</source>
        <translation>&amp;Approuver la résiliation</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="250"/>
        <source>Approving closes the whole account: every running subscription ends at the end of the period its latest invoice paid for, the saved card is removed and the account is marked closing.</source>
        <translation>L&apos;approbation ferme tout le compte&#xa0;: chaque abonnement en cours prend fin à la fin de la période payée par sa dernière facture, la carte enregistrée est supprimée et le compte passe en fermeture.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="256"/>
        <source>Final billing date</source>
        <translation>Dernière date de facturation</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="257"/>
        <source>The last invoice issued; the subscription ends at the end of the period that invoice pays for.</source>
        <translation>La dernière facture émise&#xa0;; l&apos;abonnement prend fin à la fin de la période payée par cette facture.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="264"/>
        <source>&amp;Final billing date:</source>
        <translation>&amp;Dernière date de facturation&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="267"/>
        <source>Last invoice:</source>
        <translation>Dernière facture&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="268"/>
        <source>Access ends:</source>
        <translation>Fin d&apos;accès&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="271"/>
        <source>This subscription is {status}: it has no billing date left to end with.</source>
        <translation>Cet abonnement est {status}&#xa0;: il ne lui reste aucune date de facturation à laquelle prendre fin.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="275"/>
        <source>Re&amp;ject the request</source>
        <translation>Re&amp;jeter la demande</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="276"/>
        <source>Reason for rejecting</source>
        <translation>Motif du rejet</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="277"/>
        <source>Why the request is rejected; the client receives this (required).</source>
        <translation>Pourquoi la demande est rejetée&#xa0;; le client reçoit ce texte (obligatoire).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="279"/>
        <source>Mark as &amp;waiting for the client</source>
        <translation>&amp;Mettre en attente du client</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="281"/>
        <source>What the client must send</source>
        <translation>Ce que le client doit envoyer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="282"/>
        <source>What the client must send or confirm, e.g. proof that they may act for the account (required).</source>
        <translation>Ce que le client doit envoyer ou confirmer, p. ex. la preuve qu&apos;il peut agir pour le compte (obligatoire).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="286"/>
        <source>This request is already waiting for the client; approve or reject it once they answer.</source>
        <translation>Cette demande est déjà en attente du client&#xa0;; approuvez-la ou rejetez-la une fois qu&apos;il aura répondu.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="330"/>
        <source>None: the latest invoice is the last (access until {end})</source>
        <translation>Aucune&#xa0;: dernière facture déjà émise (accès jusqu&apos;au {end})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="331"/>
        <source>{date} (access until {end})</source>
        <translation>{date} (accès jusqu&apos;au {end})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="365"/>
        <source>{date} (end of the day)</source>
        <translation>{date} (fin de journée)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="370"/>
        <source>The latest one, issued {date}</source>
        <translation>La plus récente, émise le {date}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="372"/>
        <source>The latest one, already issued</source>
        <translation>La plus récente, déjà émise</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="375"/>
        <source>Reject request</source>
        <translation>Rejeter la demande</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="376"/>
        <source>Mark as waiting</source>
        <translation>Mettre en attente</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="390"/>
        <source>Choose an outcome: approve, reject or wait for the client.</source>
        <translation>Choisissez une issue&#xa0;: approuver, rejeter ou attendre le client.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="392"/>
        <source>Choose the final billing date.</source>
        <translation>Choisissez la dernière date de facturation.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="394"/>
        <source>Type the reason for rejecting; the client receives it.</source>
        <translation>Saisissez le motif du rejet&#xa0;; le client le recevra.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="396"/>
        <source>Type what the client must send before the request can be decided.</source>
        <translation>Saisissez ce que le client doit envoyer avant qu&apos;une décision puisse être prise.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="403"/>
        <source>No email is sent: tell the client what they must send.</source>
        <translation>Aucun courriel n&apos;est envoyé&#xa0;: indiquez au client ce qu&apos;il doit envoyer.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="406"/>
        <source>Nobody is emailed: the client has no account owner with an address and no email.</source>
        <translation>Personne ne reçoit de courriel&#xa0;: le client n&apos;a ni propriétaire de compte avec une adresse, ni courriel.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="408"/>
        <source>Emailed with the reason: the account owner, {owner}.</source>
        <translation>Courriel envoyé avec le motif au propriétaire du compte, {owner}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="413"/>
        <source>Emailed: the account owner, {owner}; a copy to the account manager, {manager}.</source>
        <translation>Courriel envoyé au propriétaire du compte, {owner}&#xa0;; copie au responsable de compte, {manager}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="415"/>
        <source>Emailed: the account owner, {owner} (the client has no account manager to copy).</source>
        <translation>Courriel envoyé au propriétaire du compte, {owner} (le client n&apos;a pas de responsable de compte à mettre en copie).</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <location filename="../../ui/labels.py" line="68"/>
        <source>Account owner</source>
        <translation>Propriétaire du compte</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="69"/>
        <location filename="../../ui/labels.py" line="73"/>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="70"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="71"/>
        <source>Account manager</source>
        <translation>Responsable de compte</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="72"/>
        <source>Manager</source>
        <translation>Gestionnaire</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="80"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="85"/>
        <source>Only an administrator can change the settings; you can view them here.</source>
        <translation>Seul un administrateur peut modifier les paramètres&#xa0;; vous pouvez les consulter ici.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="103"/>
        <source>Save settings</source>
        <translation>Enregistrer les paramètres</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="176"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="178"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="178"/>
        <source>Organisation name</source>
        <translation>Nom de l&apos;organisation</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="180"/>
        <source>Receives the notifications about client requests, expiring cards and failed automatic payments.</source>
        <translation>Reçoit les notifications sur les demandes des clients, les cartes arrivant à expiration et les prélèvements automatiques échoués.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="182"/>
        <source>Main &amp;email:</source>
        <translation>&amp;Courriel principal&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="182"/>
        <source>Organisation main email</source>
        <translation>Courriel principal de l&apos;organisation</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="187"/>
        <source>Language of its e&amp;mails:</source>
        <translation>Langue de ses courri&amp;els&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="188"/>
        <source>Language of the organisation&apos;s emails</source>
        <translation>Langue des courriels de l&apos;organisation</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="192"/>
        <source>Policies</source>
        <translation>Règles</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="196"/>
        <source>Most active &amp;seats to cancel:</source>
        <translation>Postes actifs max. pour ré&amp;silier&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="197"/>
        <source>Most active seats to cancel</source>
        <translation>Nombre maximal de postes actifs pour résilier</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="199"/>
        <source>A client with more active paid seats cannot be cancelled, closed or deactivated until seats are reduced.</source>
        <translation>Un client qui a plus de postes payants actifs ne peut être ni résilié, ni fermé, ni désactivé tant que ses postes n&apos;ont pas été réduits.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="202"/>
        <source>Allow managers to &amp;revoke a cancellation</source>
        <translation>Autoriser les gestionnaires à &amp;révoquer une résiliation</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="204"/>
        <source>Allow managers to revoke a cancellation</source>
        <translation>Autoriser les gestionnaires à révoquer une résiliation</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="206"/>
        <source>Billing then resumes as if the subscription had never been cancelled.</source>
        <translation>La facturation reprend alors comme si l&apos;abonnement n&apos;avait jamais été résilié.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="210"/>
        <source>Client cancellation requests:</source>
        <translation>Demandes de résiliation des clients&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="213"/>
        <source>Wait for a manager&apos;s &amp;approval (default)</source>
        <translation>Attendre l&apos;&amp;approbation d&apos;un gestionnaire (par défaut)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="215"/>
        <source>Cancel &amp;immediately at the end of the paid period</source>
        <translation>Résilier &amp;immédiatement, à la fin de la période payée</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="228"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="229"/>
        <source>&amp;Purge deactivated accounts after:</source>
        <translation>&amp;Purger les comptes désactivés après&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="230"/>
        <source>Days before a deactivated account is purged</source>
        <translation>Jours avant la purge d&apos;un compte désactivé</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="232"/>
        <source>Until then a manager can revoke the deactivation.</source>
        <translation>D&apos;ici là, un gestionnaire peut révoquer la désactivation.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="236"/>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="238"/>
        <source>smtp.example.com</source>
        <translation>smtp.example.com</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="239"/>
        <source>SMTP ser&amp;ver:</source>
        <translation>Ser&amp;veur SMTP&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="239"/>
        <source>SMTP server</source>
        <translation>Serveur SMTP</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="241"/>
        <source>Without a server, emails wait in the Outbox, where they can be saved as .eml files.</source>
        <translation>Sans serveur, les courriels attendent dans la boîte d&apos;envoi, où ils peuvent être enregistrés en fichiers .eml.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="244"/>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="244"/>
        <source>SMTP port</source>
        <translation>Port SMTP</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="247"/>
        <source>None (not encrypted)</source>
        <translation>Aucune (non chiffrée)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="247"/>
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="247"/>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="250"/>
        <source>SMTP connection security</source>
        <translation>Sécurité de la connexion SMTP</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="250"/>
        <source>Sec&amp;urity:</source>
        <translation>Séc&amp;urité&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="252"/>
        <source>&amp;User:</source>
        <translation>Uti&amp;lisateur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="252"/>
        <source>SMTP user</source>
        <translation>Utilisateur SMTP</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="255"/>
        <source>Leave empty to keep the stored password</source>
        <translation>Vide&#xa0;: mot de passe actuel conservé</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="256"/>
        <source>Pass&amp;word:</source>
        <translation>Mo&amp;t de passe&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="256"/>
        <source>SMTP password</source>
        <translation>Mot de passe SMTP</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="258"/>
        <source>Stored in the operating system&apos;s keyring, never in the database or a file.</source>
        <translation>Stocké dans le trousseau du système d&apos;exploitation, jamais dans la base de données ni dans un fichier.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="260"/>
        <source>Empty: the organisation&apos;s main email</source>
        <translation>Vide&#xa0;: courriel de l&apos;organisation</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="261"/>
        <source>Sen&amp;der address:</source>
        <translation>A&amp;dresse de l&apos;expéditeur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="261"/>
        <source>Sender address</source>
        <translation>Adresse de l&apos;expéditeur</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="361"/>
        <source>Type the SMTP user as well: the password is stored under that user name. Nothing was saved.</source>
        <translation>Saisissez aussi l&apos;utilisateur SMTP&#xa0;: le mot de passe est stocké sous ce nom d&apos;utilisateur. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="377"/>
        <source>Storing the SMTP password in the OS keyring…</source>
        <translation>Enregistrement du mot de passe SMTP dans le trousseau du système…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="397"/>
        <source>The other settings were saved, but the SMTP password was not stored. {reason}</source>
        <translation>Les autres paramètres ont été enregistrés, mais pas le mot de passe SMTP. {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="399"/>
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
        <location filename="../../ui/pages.py" line="70"/>
        <location filename="../../ui/side_pages.py" line="64"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../../ui/side_pages.py" line="103"/>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location filename="../../ui/side_pages.py" line="104"/>
        <source>What</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location filename="../../ui/side_pages.py" line="104"/>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/side_pages.py" line="104"/>
        <source>Who</source>
        <translation>Auteur</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../ui/labels.py" line="21"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="22"/>
        <source>Trial</source>
        <translation>Essai</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="23"/>
        <source>Paused</source>
        <translation>Suspendu</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="24"/>
        <source>Locked</source>
        <translation>Verrouillé</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="25"/>
        <source>Closing</source>
        <translation>Fermeture en cours</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="26"/>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="27"/>
        <source>Deactivating</source>
        <translation>Désactivation en cours</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="28"/>
        <source>Purged</source>
        <translation>Purgé</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="29"/>
        <source>Cancelling</source>
        <translation>Résiliation en cours</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="30"/>
        <source>Voided</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="31"/>
        <source>Open (unpaid)</source>
        <translation>Ouverte (impayée)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="32"/>
        <source>Paid</source>
        <translation>Payée</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="33"/>
        <source>Void</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="34"/>
        <source>Credited</source>
        <translation>Créditée</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="35"/>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="36"/>
        <source>Waiting for the client</source>
        <translation>En attente du client</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="37"/>
        <source>Approved</source>
        <translation>Approuvée</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="38"/>
        <source>Rejected</source>
        <translation>Rejetée</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="39"/>
        <source>Queued</source>
        <translation>En file d&apos;attente</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="40"/>
        <source>Sending</source>
        <translation>Envoi en cours</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="41"/>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="42"/>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
</context>
<context>
    <name>TypedNameConfirmation</name>
    <message>
        <location filename="../../ui/dialogs/typed_name.py" line="38"/>
        <source>To confirm, type the client&apos;s name exactly as shown: {name}</source>
        <translation>Pour confirmer, saisissez le nom du client exactement comme affiché : {name}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/typed_name.py" line="42"/>
        <source>Client&apos;s name, typed to confirm</source>
        <translation>Nom du client, saisi pour confirmer</translation>
    </message>
</context>
<context>
    <name>VoidInvoiceDialog</name>
    <message>
        <location filename="../../ui/dialogs/void_invoice.py" line="59"/>
        <source>Void invoice — {client}</source>
        <translation>Annuler la facture — {client}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/void_invoice.py" line="73"/>
        <source>Void invoice</source>
        <translation>Annuler la facture</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/void_invoice.py" line="83"/>
        <source>Latest invoice</source>
        <translation>Dernière facture</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/void_invoice.py" line="86"/>
        <source>Client:</source>
        <translation>Client :</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/void_invoice.py" line="86"/>
        <source>{client} ({account})</source>
        <translation>{client} ({account})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/void_invoice.py" line="88"/>
        <source>Subscription:</source>
        <translation>Abonnement&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/void_invoice.py" line="89"/>
        <source>{plan} for {participant}</source>
        <translation>{plan} pour {participant}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/void_invoice.py" line="94"/>
        <source>Issued:</source>
        <translation>Émise le&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/void_invoice.py" line="95"/>
        <source>Period:</source>
        <translation>Période&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/void_invoice.py" line="95"/>
        <source>{start} to {end}</source>
        <translation>du {start} au {end}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/void_invoice.py" line="97"/>
        <source>Amount:</source>
        <translation>Montant&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/void_invoice.py" line="98"/>
        <source>Paid:</source>
        <translation>Payé&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/void_invoice.py" line="106"/>
        <source>Voiding credits the whole invoice ({amount}), removes {plan} from the client&apos;s purchases (its invoices stay under billing) and ends access now, today {today}. It cannot be undone.</source>
        <translation>L&apos;annulation crédite toute la facture ({amount}), retire {plan} des achats du client (ses factures restent dans la facturation) et met fin à l&apos;accès dès maintenant, aujourd&apos;hui {today}. Cette opération est irréversible.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/void_invoice.py" line="116"/>
        <source>Also record a &amp;refund of</source>
        <translation>Enregistrer aussi un &amp;remboursement de</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/void_invoice.py" line="118"/>
        <source>Record a refund</source>
        <translation>Enregistrer un remboursement</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/void_invoice.py" line="121"/>
        <source>Refund amount</source>
        <translation>Montant du remboursement</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/void_invoice.py" line="127"/>
        <source>at most {paid}, what was paid</source>
        <translation>au plus {paid}, le montant payé</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/void_invoice.py" line="130"/>
        <source>Nothing was paid on this invoice, so there is nothing to refund.</source>
        <translation>Rien n&apos;a été payé sur cette facture&#xa0;; il n&apos;y a donc rien à rembourser.</translation>
    </message>
</context>
<context>
    <name>run_gui</name>
    <message>
        <location filename="../../ui/app.py" line="204"/>
        <source>Account Desk</source>
        <translation>Account Desk</translation>
    </message>
</context>
</TS>
