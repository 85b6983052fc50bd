<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AddStaffDialog</name>
    <message>
        <location filename="../../ui/dialogs/staff_dialogs.py" line="98"/>
        <location filename="../../ui/dialogs/staff_dialogs.py" line="123"/>
        <source>Add staff user</source>
        <translation>Ajouter un membre de l&apos;équipe</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialogs.py" line="102"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialogs.py" line="102"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialogs.py" line="104"/>
        <source>&amp;Email:</source>
        <translation>&amp;Courriel&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialogs.py" line="104"/>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialogs.py" line="106"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialogs.py" line="106"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialogs.py" line="111"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialogs.py" line="111"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialogs.py" line="114"/>
        <source>&amp;Create the login on the server</source>
        <translation>Cr&amp;éer l&apos;identifiant sur le serveur</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialogs.py" line="128"/>
        <source>Database &amp;login:</source>
        <translation>&amp;Identifiant de base de données&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialogs.py" line="128"/>
        <source>Database login</source>
        <translation>Identifiant de base de données</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialogs.py" line="130"/>
        <source>The PostgreSQL login this person signs in with; it joins the group of their role.</source>
        <translation>L&apos;identifiant PostgreSQL avec lequel cette personne se connecte&#xa0;; il rejoint le groupe de son rôle.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialogs.py" line="131"/>
        <source>Create the login on the server</source>
        <translation>Créer l&apos;identifiant sur le serveur</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialogs.py" line="136"/>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialogs.py" line="136"/>
        <source>Password of the new login</source>
        <translation>Mot de passe du nouvel identifiant</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialogs.py" line="137"/>
        <source>Password a&amp;gain:</source>
        <translation>Mot de passe (&amp;encore)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialogs.py" line="138"/>
        <source>Password of the new login, again</source>
        <translation>Mot de passe du nouvel identifiant, à nouveau</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialogs.py" line="143"/>
        <source>Your database login may not create logins (it needs CREATEROLE): give an existing login, created by the server&apos;s administrator.</source>
        <translation>Votre identifiant de base de données ne peut pas créer d&apos;identifiants (il lui faut CREATEROLE)&#xa0;: indiquez un identifiant existant, créé par l&apos;administrateur du serveur.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialogs.py" line="159"/>
        <source>Type the new login&apos;s password.</source>
        <translation>Tapez le mot de passe du nouvel identifiant.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialogs.py" line="162"/>
        <source>The two passwords differ; type the same password twice.</source>
        <translation>Les deux mots de passe diffèrent&#xa0;; tapez deux fois le même.</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <location filename="../../ui/backup_actions.py" line="64"/>
        <source>Account Desk backups (*.sqlite3)</source>
        <translation>Sauvegardes Account Desk (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="64"/>
        <source>PostgreSQL backups (*.dump)</source>
        <translation>Sauvegardes PostgreSQL (*.dump)</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="70"/>
        <source>Back up the database</source>
        <translation>Sauvegarder la base de données</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="75"/>
        <source>Backed up</source>
        <translation>Sauvegarde faite</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="76"/>
        <source>The database was backed up to {file}.</source>
        <translation>La base de données a été sauvegardée dans {file}.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="84"/>
        <location filename="../../ui/backup_actions.py" line="95"/>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="93"/>
        <source>Replace the current database with the backup {file}? The current database is kept as a copy next to it; clients deleted since the backup stay deleted.</source>
        <translation>Remplacer la base de données actuelle par la sauvegarde {file} ? La base actuelle est conservée en copie à côté ; les clients supprimés depuis la sauvegarde restent supprimés.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="104"/>
        <source>The backup was restored.</source>
        <translation>La sauvegarde a été restaurée.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="106"/>
        <source>The database it replaced is kept as {file}.</source>
        <translation>La base de données remplacée est conservée sous {file}.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="107"/>
        <source>Restored</source>
        <translation>Restaurée</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="118"/>
        <source>The backup or restore did not finish: {error}.</source>
        <translation>La sauvegarde ou la restauration n&apos;a pas abouti : {error}.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="120"/>
        <source>Backup</source>
        <translation>Sauvegarde</translation>
    </message>
</context>
<context>
    <name>BusinessDays</name>
    <message numerus="yes">
        <location filename="../../ui/dialogs/review_request.py" line="55"/>
        <source>%Ln business day</source>
        <translation>
            <numerusform>%Ln jour ouvré</numerusform>
            <numerusform>%Ln jours ouvrés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/review_request.py" line="56"/>
        <source>%Ln business days</source>
        <translation>
            <numerusform>%Ln jour ouvré</numerusform>
            <numerusform>%Ln jours ouvrés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CancelAllDialog</name>
    <message>
        <location filename="../../ui/dialogs/cancel_all.py" line="32"/>
        <source>Cancel all at renewal: {name}</source>
        <translation>Tout résilier au renouvellement&#xa0;: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_all.py" line="39"/>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_all.py" line="39"/>
        <source>Last invoice</source>
        <translation>Dernière facture</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_all.py" line="40"/>
        <source>Access until</source>
        <translation>Accès jusqu&apos;au</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_all.py" line="40"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_all.py" line="47"/>
        <source>Cancel all at renewal</source>
        <translation>Tout résilier au renouvellement</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_all.py" line="62"/>
        <source>already cancelled</source>
        <translation>déjà résilié</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_all.py" line="64"/>
        <source>at its next renewal</source>
        <translation>à son prochain renouvellement</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_all.py" line="67"/>
        <source>nothing to cancel</source>
        <translation>rien à résilier</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_all.py" line="75"/>
        <source>{name} has no running subscription; there is nothing to cancel.</source>
        <translation>{name} n&apos;a aucun abonnement en cours&#xa0;; il n&apos;y a rien à résilier.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_all.py" line="79"/>
        <source>Each subscription below is cancelled at its own next renewal: no invoice is issued from then on and access ends on the date shown. A cancellation can later only be moved earlier.</source>
        <translation>Chaque abonnement ci-dessous est résilié à son propre prochain renouvellement&#xa0;: aucune facture n&apos;est plus émise à partir de là et l&apos;accès prend fin à la date indiquée. Une résiliation ne peut ensuite qu&apos;être avancée.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_all.py" line="82"/>
        <source>No subscription can be cancelled now.</source>
        <translation>Aucun abonnement ne peut être résilié maintenant.</translation>
    </message>
</context>
<context>
    <name>CancelSubscriptionDialog</name>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="56"/>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="76"/>
        <source>Move cancellation earlier</source>
        <translation>Avancer la résiliation</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="56"/>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="76"/>
        <source>Cancel subscription</source>
        <translation>Résilier l&apos;abonnement</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="57"/>
        <source>{title} — {client}</source>
        <translation>{title} — {client}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="80"/>
        <source>&amp;Keep subscription</source>
        <translation>&amp;Garder l&apos;abonnement</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="94"/>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="97"/>
        <source>Client:</source>
        <translation>Client :</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="97"/>
        <source>{client} ({account})</source>
        <translation>{client} ({account})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="99"/>
        <source>per month</source>
        <translation>par mois</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="99"/>
        <source>per year</source>
        <translation>par an</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="100"/>
        <source>Plan:</source>
        <translation>Forfait&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="101"/>
        <source>{plan}, {price} {per}</source>
        <translation>{plan}, {price} {per}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="103"/>
        <source>Participant:</source>
        <translation>Participant&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="104"/>
        <source>Billing:</source>
        <translation>Facturation&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="106"/>
        <source>None: no further invoice will be issued</source>
        <translation>Aucune&#xa0;: plus aucune facture ne sera émise</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="107"/>
        <source>Next billing date:</source>
        <translation>Prochaine date de facturation&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="113"/>
        <source>Annual, renewed each year on the purchase date (bought {date})</source>
        <translation>Annuel, renouvelé chaque année à la date d&apos;achat (acheté le {date})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="115"/>
        <source>Monthly, on the day of the month it was bought (bought {date})</source>
        <translation>Mensuel, le même jour du mois que l&apos;achat (acheté le {date})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="116"/>
        <source>Monthly, billing day {day}: each invoice covers the next calendar month</source>
        <translation>Mensuel, jour de facturation {day}&#xa0;: chaque facture couvre le mois civil suivant</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="123"/>
        <source>Currently: after {month}, access until {end}.</source>
        <translation>Actuellement&#xa0;: après {month}, accès jusqu&apos;au {end}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="126"/>
        <source>This subscription is already being cancelled.</source>
        <translation>Cet abonnement est déjà en cours de résiliation.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="127"/>
        <source>A cancellation can only be moved earlier, never later or removed. To undo a mistaken cancellation, let the subscription expire and buy it again for the client.</source>
        <translation>Une résiliation peut seulement être avancée, jamais reportée ni supprimée. Pour corriger une résiliation faite par erreur, laissez l&apos;abonnement expirer et achetez-le de nouveau pour le client.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="129"/>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="131"/>
        <source>Revoke cancellation</source>
        <translation>Révoquer la résiliation</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="136"/>
        <source>Billing resumes as if the subscription had never been cancelled.</source>
        <translation>La facturation reprend comme si l&apos;abonnement n&apos;avait jamais été résilié.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="146"/>
        <source>Termination month</source>
        <translation>Mois de résiliation</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="147"/>
        <source>The month of the first billing date that will not be invoiced.</source>
        <translation>Le mois de la première date de facturation qui ne sera pas facturée.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="150"/>
        <source>after {month}</source>
        <translation>après {month}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="153"/>
        <source>&amp;Cancel:</source>
        <translation>&amp;Résilier&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="153"/>
        <source>&amp;Move to:</source>
        <translation>&amp;Avancer à&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="158"/>
        <source>For the chosen month</source>
        <translation>Pour le mois choisi</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="165"/>
        <source>Last invoice:</source>
        <translation>Dernière facture&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="166"/>
        <source>Access ends:</source>
        <translation>Fin d&apos;accès&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="167"/>
        <source>Invoices no longer issued:</source>
        <translation>Factures non émises&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="172"/>
        <source>Once set, a cancellation cannot be removed; it can only be moved to an earlier month. To undo a mistaken cancellation, let the subscription expire and buy it again for the client.</source>
        <translation>Une fois définie, une résiliation ne peut plus être supprimée&#xa0;; elle peut seulement être avancée à un mois antérieur. Pour corriger une résiliation faite par erreur, laissez l&apos;abonnement expirer et achetez-le de nouveau pour le client.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="190"/>
        <source>{date} (end of the day)</source>
        <translation>{date} (fin de journée)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="192"/>
        <source>up to the end date, {date}</source>
        <translation>jusqu&apos;à la date de fin, le {date}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="194"/>
        <source>over the next {months} months</source>
        <translation>sur les {months} prochains mois</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="195"/>
        <source>{count} ({span})</source>
        <translation>{count} ({span})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="209"/>
        <source>{plan} for {client}: cancelled after {month}, access until {end}.</source>
        <translation>{plan} pour {client} : résilié après {month}, accès jusqu&apos;au {end}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="220"/>
        <source>{plan} for {client}: cancellation revoked; billing goes on.</source>
        <translation>{plan} pour {client} : résiliation révoquée ; la facturation continue.</translation>
    </message>
</context>
<context>
    <name>ChangeRoleDialog</name>
    <message>
        <location filename="../../ui/dialogs/staff_dialogs.py" line="185"/>
        <location filename="../../ui/dialogs/staff_dialogs.py" line="194"/>
        <source>Change role</source>
        <translation>Changer le rôle</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialogs.py" line="188"/>
        <source>{name} ({email})</source>
        <translation>{name} ({email})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialogs.py" line="190"/>
        <source>Staff user:</source>
        <translation>Membre de l&apos;équipe&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialogs.py" line="192"/>
        <source>New &amp;role:</source>
        <translation>Nouveau &amp;rôle&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialogs.py" line="192"/>
        <source>New role</source>
        <translation>Nouveau rôle</translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <location filename="../../ui/labels.py" line="81"/>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="82"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="83"/>
        <source>Portal</source>
        <translation>Portail</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="84"/>
        <source>Letter</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="85"/>
        <source>In person</source>
        <translation>En personne</translation>
    </message>
</context>
<context>
    <name>ClientDetailsDialog</name>
    <message>
        <location filename="../../ui/dialogs/client_details.py" line="40"/>
        <source>Edit details — {client}</source>
        <translation>Modifier les coordonnées — {client}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_details.py" line="41"/>
        <source>The details of {client} ({account}).</source>
        <translation>Les coordonnées de {client} ({account}).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_details.py" line="45"/>
        <source>&amp;Email:</source>
        <translation>&amp;Courriel&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_details.py" line="45"/>
        <source>Client&apos;s email</source>
        <translation>Courriel du client</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_details.py" line="46"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_details.py" line="46"/>
        <source>Client&apos;s phone</source>
        <translation>Téléphone du client</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_details.py" line="47"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_details.py" line="48"/>
        <source>Language of the client&apos;s emails</source>
        <translation>Langue des courriels du client</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_details.py" line="50"/>
        <source>{name} ({role})</source>
        <translation>{name} ({role})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_details.py" line="52"/>
        <source>Account &amp;manager:</source>
        <translation>Responsable de &amp;compte&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_details.py" line="53"/>
        <source>Account manager</source>
        <translation>Responsable de compte</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_details.py" line="56"/>
        <source>Save changes</source>
        <translation>Enregistrer les modifications</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_details.py" line="73"/>
        <source>Nothing to change: the details of {client} were already these.</source>
        <translation>Rien à modifier&#xa0;: les coordonnées de {client} étaient déjà celles-ci.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_details.py" line="76"/>
        <source>Details of {client} changed.</source>
        <translation>Coordonnées de {client} modifiées.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_details.py" line="78"/>
        <source>Change of the details of {client} undone.</source>
        <translation>Modification des coordonnées de {client} annulée.</translation>
    </message>
</context>
<context>
    <name>CloseAccountWizard</name>
    <message>
        <location filename="../../ui/dialogs/close_account.py" line="266"/>
        <source>Close account</source>
        <translation>Fermer le compte</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/close_account.py" line="278"/>
        <source>Close account: {name}</source>
        <translation>Fermer le compte&#xa0;: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/close_account.py" line="282"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/close_account.py" line="289"/>
        <source>Confirm the deletion</source>
        <translation>Confirmer la suppression</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/close_account.py" line="290"/>
        <source>Type the client&apos;s name exactly to schedule the deactivation.</source>
        <translation>Saisissez exactement le nom du client pour planifier la désactivation.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/close_account.py" line="292"/>
        <source>Deactivating deletes ALL the data of {name} once every subscription has ended and the purge date has passed. This is irreversible.</source>
        <translation>La désactivation supprime TOUTES les données de {name} une fois que chaque abonnement a pris fin et que la date de suppression définitive est passée. C&apos;est irréversible.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/close_account.py" line="318"/>
        <source>When you click Close account, today {today}:</source>
        <translation>Lorsque vous cliquez sur Fermer le compte, aujourd&apos;hui {today}&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/close_account.py" line="325"/>
        <source>• {plan} ({participant}) ends at the end of its current term: access until {end}; no further invoice.</source>
        <translation>• {plan} ({participant}) prend fin à la fin de sa période en cours&#xa0;: accès jusqu&apos;au {end}&#xa0;; plus aucune facture.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/close_account.py" line="328"/>
        <source>• The saved card is removed.</source>
        <translation>• La carte enregistrée est supprimée.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/close_account.py" line="329"/>
        <source>• The account owner is emailed, with a copy to the account manager.</source>
        <translation>• Un courriel est envoyé au propriétaire du compte, avec copie au responsable de compte.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/close_account.py" line="332"/>
        <source>• A one-to-one session is recorded for {day}.</source>
        <translation>• Un entretien individuel est enregistré pour le {day}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/close_account.py" line="335"/>
        <source>• On {day}, when every subscription has ended, the deactivation checks run again and the account is deactivated; its data is then purged.</source>
        <translation>• Le {day}, lorsque chaque abonnement a pris fin, les vérifications de désactivation sont refaites et le compte est désactivé&#xa0;; ses données font ensuite l&apos;objet d&apos;une suppression définitive.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/close_account.py" line="339"/>
        <source>• From {day} nothing runs any more: the account is expired and stays as history.</source>
        <translation>• À partir du {day}, plus rien n&apos;est en cours&#xa0;: le compte est expiré et reste dans l&apos;historique.</translation>
    </message>
</context>
<context>
    <name>Column</name>
    <message>
        <location filename="../../ui/labels.py" line="93"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="94"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="95"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="96"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="97"/>
        <source>Account manager</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="98"/>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="99"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="100"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="101"/>
        <source>Created</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="102"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="103"/>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="104"/>
        <source>Plan</source>
        <translation>Forfait</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="105"/>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="106"/>
        <source>Period</source>
        <translation>Périodicité</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="107"/>
        <source>Billing day</source>
        <translation>Facturé le</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="108"/>
        <source>Next billing</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="109"/>
        <source>Access end</source>
        <translation>Fin d&apos;accès</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="110"/>
        <source>Start</source>
        <translation>Début</translation>
    </message>
</context>
<context>
    <name>Conflict</name>
    <message>
        <location filename="../../ui/conflicts.py" line="22"/>
        <source>Changed by someone else</source>
        <translation>Modifié par quelqu&apos;un d&apos;autre</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.py" line="60"/>
        <source>Connect to team database</source>
        <translation>Se connecter à la base d&apos;équipe</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.py" line="69"/>
        <source>A team works on one PostgreSQL database. Ask your administrator for these details.</source>
        <translation>Une équipe travaille sur une seule base PostgreSQL. Demandez ces informations à votre administrateur.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.py" line="70"/>
        <source>Choose the database: the team&apos;s PostgreSQL database, or the local file on this computer for one person.</source>
        <translation>Choisissez la base&#xa0;: la base PostgreSQL de l&apos;équipe, ou le fichier local de cet ordinateur pour une seule personne.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.py" line="85"/>
        <source>Prefer TLS (prefer)</source>
        <translation>TLS si possible (prefer)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.py" line="85"/>
        <source>Require TLS (require)</source>
        <translation>TLS obligatoire (require)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.py" line="86"/>
        <source>Require TLS and check the server&apos;s certificate (verify-full)</source>
        <translation>TLS obligatoire et certificat du serveur vérifié (verify-full)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.py" line="87"/>
        <source>No TLS (disable)</source>
        <translation>Sans TLS (disable)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.py" line="91"/>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.py" line="91"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.py" line="92"/>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.py" line="92"/>
        <source>Log&amp;in:</source>
        <translation>&amp;Identifiant&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.py" line="93"/>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.py" line="93"/>
        <source>&amp;TLS:</source>
        <translation>&amp;TLS&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.py" line="98"/>
        <source>The password is kept in this computer&apos;s keyring (Windows Credential Manager, macOS Keychain or the Secret Service), never in a file.</source>
        <translation>Le mot de passe est gardé dans le trousseau de cet ordinateur (Gestionnaire d&apos;identification Windows, Trousseau macOS ou Secret Service), jamais dans un fichier.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.py" line="106"/>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.py" line="109"/>
        <source>T&amp;est connection</source>
        <translation>Tester la co&amp;nnexion</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.py" line="110"/>
        <source>Use the &amp;local database</source>
        <translation>Utiliser la base &amp;locale</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.py" line="162"/>
        <location filename="../../ui/dialogs/connect_dialog.py" line="196"/>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.py" line="172"/>
        <source>Connected as %1: the database is empty; connecting creates the Account Desk tables.</source>
        <translation>Connecté en tant que %1&#xa0;: la base est vide&#xa0;; la connexion y crée les tables d&apos;Account Desk.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.py" line="174"/>
        <source>Connected as %1, but the database is empty and this login cannot create the tables: ask an administrator to connect first.</source>
        <translation>Connecté en tant que %1, mais la base est vide et cet identifiant ne peut pas créer les tables&#xa0;: demandez à un administrateur de s&apos;y connecter d&apos;abord.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.py" line="178"/>
        <source>Connected as %1: the database is ready.</source>
        <translation>Connecté en tant que %1&#xa0;: la base est prête.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.py" line="179"/>
        <source>Connected as %1: the database is at version %2; connecting brings it up to version %3.</source>
        <translation>Connecté en tant que %1&#xa0;: la base est à la version %2&#xa0;; la connexion la met à jour en version %3.</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <location filename="../../ui/connection_actions.py" line="30"/>
        <source>team database %1</source>
        <translation>base d&apos;équipe %1</translation>
    </message>
    <message>
        <location filename="../../ui/connection_actions.py" line="33"/>
        <source>local file</source>
        <translation>fichier local</translation>
    </message>
    <message>
        <location filename="../../ui/connection_actions.py" line="34"/>
        <source>file %1</source>
        <translation>fichier %1</translation>
    </message>
    <message>
        <location filename="../../ui/connection_actions.py" line="39"/>
        <source>%1 (%2) · %3</source>
        <translation>%1 (%2) · %3</translation>
    </message>
    <message>
        <location filename="../../ui/connection_actions.py" line="68"/>
        <source>The local database is already open.</source>
        <translation>La base locale est déjà ouverte.</translation>
    </message>
</context>
<context>
    <name>ContactCombo</name>
    <message>
        <location filename="../../ui/dialogs/pause_account.py" line="53"/>
        <source>primary admin</source>
        <translation>administrateur principal</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pause_account.py" line="53"/>
        <source>admin</source>
        <translation>administrateur</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pause_account.py" line="54"/>
        <source>user</source>
        <translation>utilisateur</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pause_account.py" line="55"/>
        <source>{name} ({role})</source>
        <translation>{name} ({role})</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="36"/>
        <source>Add a contact — {client}</source>
        <translation>Ajouter un contact — {client}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="36"/>
        <source>Edit contact — {client}</source>
        <translation>Modifier le contact — {client}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="38"/>
        <source>A new contact of {client} ({account}).</source>
        <translation>Un nouveau contact de {client} ({account}).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="39"/>
        <source>{contact}, contact of {client} ({account}).</source>
        <translation>{contact}, contact de {client} ({account}).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="45"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="45"/>
        <source>Contact&apos;s name</source>
        <translation>Nom du contact</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="47"/>
        <source>&amp;Email:</source>
        <translation>&amp;Courriel&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="47"/>
        <source>Contact&apos;s email</source>
        <translation>Courriel du contact</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="49"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="49"/>
        <source>Contact&apos;s phone</source>
        <translation>Téléphone du contact</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="57"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="57"/>
        <source>Contact&apos;s role</source>
        <translation>Rôle du contact</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="61"/>
        <source>The account owner stays the owner until another contact is made the owner (Make account owner in the Contacts and seats tab).</source>
        <translation>Le propriétaire du compte le reste tant qu&apos;un autre contact n&apos;est pas nommé propriétaire (Nommer propriétaire du compte, dans l&apos;onglet Contacts et postes).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="64"/>
        <source>{owner} owns the account; to make this contact the owner, use Make account owner in the Contacts and seats tab.</source>
        <translation>{owner} est propriétaire du compte&#xa0;; pour nommer ce contact propriétaire, utilisez Nommer propriétaire du compte dans l&apos;onglet Contacts et postes.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="67"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="67"/>
        <source>Contact&apos;s language</source>
        <translation>Langue du contact</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="68"/>
        <source>Same as the client</source>
        <translation>Celle du client</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="72"/>
        <source>Holds a paid &amp;seat</source>
        <translation>Occupe un &amp;poste payant</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="75"/>
        <source>Add contact</source>
        <translation>Ajouter le contact</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="75"/>
        <source>Save changes</source>
        <translation>Enregistrer les modifications</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="96"/>
        <source>{name} added as a contact of {client}.</source>
        <translation>{name} ajouté comme contact de {client}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="99"/>
        <source>{name} removed again.</source>
        <translation>{name} retiré.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="104"/>
        <source>Nothing to change: {name}&apos;s details were already these.</source>
        <translation>Rien à modifier&#xa0;: les coordonnées de {name} étaient déjà celles-ci.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="106"/>
        <source>{name}&apos;s details changed.</source>
        <translation>Coordonnées de {name} modifiées.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="108"/>
        <source>Change of {name}&apos;s details undone.</source>
        <translation>Modification des coordonnées de {name} annulée.</translation>
    </message>
</context>
<context>
    <name>CountWords</name>
    <message numerus="yes">
        <location filename="../../ui/count_words.py" line="18"/>
        <source>%L1 of %Ln client</source>
        <translation>
            <numerusform>%L1 sur %Ln client</numerusform>
            <numerusform>%L1 sur %Ln clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/count_words.py" line="18"/>
        <source>%L1 of %Ln clients</source>
        <translation>
            <numerusform>%L1 sur %Ln client</numerusform>
            <numerusform>%L1 sur %Ln clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/count_words.py" line="22"/>
        <source>%L1 of %Ln subscription</source>
        <translation>
            <numerusform>%L1 sur %Ln abonnement</numerusform>
            <numerusform>%L1 sur %Ln abonnements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/count_words.py" line="23"/>
        <source>%L1 of %Ln subscriptions</source>
        <translation>
            <numerusform>%L1 sur %Ln abonnement</numerusform>
            <numerusform>%L1 sur %Ln abonnements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/count_words.py" line="30"/>
        <source>%L1 of %Ln email</source>
        <translation>
            <numerusform>%L1 sur %Ln e-mail</numerusform>
            <numerusform>%L1 sur %Ln e-mails</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/count_words.py" line="30"/>
        <source>%L1 of %Ln emails</source>
        <translation>
            <numerusform>%L1 sur %Ln e-mail</numerusform>
            <numerusform>%L1 sur %Ln e-mails</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <location filename="../../ui/crash.py" line="95"/>
        <source>Something went wrong and Account Desk could not finish what it was doing. Changes already saved are safe; the change in progress was not saved. The details are in the log file in {folder}.</source>
        <translation>Un problème est survenu et Account Desk n&apos;a pas pu terminer ce qu&apos;il faisait. Les modifications déjà enregistrées sont en sécurité ; la modification en cours n&apos;a pas été enregistrée. Les détails se trouvent dans le journal, dans {folder}.</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="98"/>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="99"/>
        <source>Copy the details, to send them to support?</source>
        <translation>Copier les détails pour les envoyer à l&apos;assistance ?</translation>
    </message>
</context>
<context>
    <name>DeactivateChecklistDialog</name>
    <message>
        <location filename="../../ui/dialogs/deactivate_checklist.py" line="91"/>
        <source>Deactivate {client}: checklist</source>
        <translation>Désactiver {client}&#xa0;: liste de contrôle</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deactivate_checklist.py" line="96"/>
        <source>Deactivating deletes every record of {client} for good after {days} days. Check each item below; the next step asks you to confirm by typing the client&apos;s name.</source>
        <translation>La désactivation supprime définitivement toutes les données de {client} après {days} jours. Vérifiez chaque point ci-dessous&#xa0;; l&apos;étape suivante vous demande de confirmer en saisissant le nom du client.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deactivate_checklist.py" line="110"/>
        <source>C&amp;ontinue…</source>
        <translation>&amp;Continuer…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deactivate_checklist.py" line="128"/>
        <source>Done: {what}</source>
        <translation>Fait&#xa0;: {what}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deactivate_checklist.py" line="128"/>
        <source>Blocking: {what}</source>
        <translation>Bloquant&#xa0;: {what}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deactivate_checklist.py" line="136"/>
        <source>1. Export the client&apos;s data</source>
        <translation>1. Exporter les données du client</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deactivate_checklist.py" line="139"/>
        <source>&amp;Export everything for this client now…</source>
        <translation>&amp;Exporter maintenant toutes les données de ce client…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deactivate_checklist.py" line="141"/>
        <source>Export everything for this client now</source>
        <translation>Exporter maintenant toutes les données de ce client</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deactivate_checklist.py" line="148"/>
        <source>The workbook is checked by reading it back: every sheet present, every row count equal to the database&apos;s.</source>
        <translation>Le classeur est vérifié en le relisant&#xa0;: toutes les feuilles sont présentes et chaque nombre de lignes est égal à celui de la base de données.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deactivate_checklist.py" line="151"/>
        <source>&amp;Skip the export: I understand that no copy of this client&apos;s data will be kept</source>
        <translation>&amp;Ignorer l&apos;exportation&#xa0;: je comprends qu&apos;aucune copie des données de ce client ne sera conservée</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deactivate_checklist.py" line="159"/>
        <source>2. Unpaid invoices</source>
        <translation>2. Factures impayées</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deactivate_checklist.py" line="164"/>
        <source>no unpaid invoice.</source>
        <translation>aucune facture impayée.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deactivate_checklist.py" line="166"/>
        <source>invoice of {issued}: {open} open of {amount}</source>
        <translation>facture du {issued}&#xa0;: {open} restant dû sur {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deactivate_checklist.py" line="170"/>
        <source>1 unpaid invoice; record the payment or credit it first.</source>
        <translation>1 facture impayée&#xa0;; enregistrez le paiement ou créditez-la d&apos;abord.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deactivate_checklist.py" line="171"/>
        <source>{n} unpaid invoices; record the payments or credit them first.</source>
        <translation>{n} factures impayées&#xa0;; enregistrez les paiements ou créditez-les d&apos;abord.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deactivate_checklist.py" line="177"/>
        <source>3. Subscriptions and seats</source>
        <translation>3. Abonnements et postes</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deactivate_checklist.py" line="184"/>
        <source>a subscription is still running with no end date; cancel it first.</source>
        <translation>un abonnement est toujours en cours sans date de fin&#xa0;; résiliez-le d&apos;abord.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deactivate_checklist.py" line="186"/>
        <source>a subscription still gives access; deactivation is possible from {day}.</source>
        <translation>un abonnement donne encore accès&#xa0;; la désactivation est possible à partir du {day}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deactivate_checklist.py" line="189"/>
        <source>no subscription gives access any more.</source>
        <translation>plus aucun abonnement ne donne accès.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deactivate_checklist.py" line="194"/>
        <source>no end date</source>
        <translation>sans date de fin</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deactivate_checklist.py" line="196"/>
        <source>access until {day}</source>
        <translation>accès jusqu&apos;au {day}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deactivate_checklist.py" line="198"/>
        <source>access ended {day}</source>
        <translation>accès terminé le {day}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deactivate_checklist.py" line="203"/>
        <source>1 active paid seat</source>
        <translation>1 poste payant actif</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deactivate_checklist.py" line="203"/>
        <source>{n} active paid seats</source>
        <translation>{n} postes payants actifs</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deactivate_checklist.py" line="206"/>
        <source>{seats}, at most {limit} allowed.</source>
        <translation>{seats}, au plus {limit} admis.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deactivate_checklist.py" line="207"/>
        <source>Deactivate users and reduce licences in Contacts and seats first.</source>
        <translation>Désactivez d&apos;abord des utilisateurs et réduisez les licences dans Contacts et postes.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deactivate_checklist.py" line="211"/>
        <source>4. The request</source>
        <translation>4. La demande</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deactivate_checklist.py" line="217"/>
        <source>the client has no account owner (primary admin contact); name one first.</source>
        <translation>le client n&apos;a pas de propriétaire du compte (contact administrateur principal)&#xa0;; désignez-en un d&apos;abord.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deactivate_checklist.py" line="222"/>
        <source>Requested by:</source>
        <translation>Demandée par&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deactivate_checklist.py" line="223"/>
        <source>{who}, the account owner</source>
        <translation>{who}, propriétaire du compte</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deactivate_checklist.py" line="224"/>
        <source>I &amp;verified that {name} is the account owner and asked for this deactivation</source>
        <translation>J&apos;ai &amp;vérifié que {name} est le propriétaire du compte et a demandé cette désactivation</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deactivate_checklist.py" line="231"/>
        <source>Reason for the deactivation</source>
        <translation>Motif de la désactivation</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deactivate_checklist.py" line="235"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deactivate_checklist.py" line="244"/>
        <source>Export the client&apos;s data</source>
        <translation>Exporter les données du client</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deactivate_checklist.py" line="245"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deactivate_checklist.py" line="252"/>
        <source>Exporting and checking {file}…</source>
        <translation>Exportation et vérification de {file}…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deactivate_checklist.py" line="262"/>
        <source>Exported and verified: {file}, {sheets} sheets, {rows} rows, each count equal to the database&apos;s. This file holds the client&apos;s personal data: keep it safe, and destroy it when it is no longer needed.</source>
        <translation>Exporté et vérifié&#xa0;: {file}, {sheets} feuilles, {rows} lignes, chaque nombre égal à celui de la base de données. Ce fichier contient les données personnelles du client&#xa0;: conservez-le en lieu sûr et détruisez-le lorsqu&apos;il n&apos;est plus nécessaire.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deactivate_checklist.py" line="266"/>
        <source>The export could not be verified; export again:
{problems}</source>
        <translation>L&apos;exportation n&apos;a pas pu être vérifiée&#xa0;; exportez de nouveau&#xa0;:
{problems}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deactivate_checklist.py" line="274"/>
        <source>The export failed: {reason}</source>
        <translation>L&apos;exportation a échoué&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deactivate_checklist.py" line="285"/>
        <source>Wait for the export to be written and checked.</source>
        <translation>Attendez que l&apos;exportation soit écrite et vérifiée.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deactivate_checklist.py" line="287"/>
        <source>Export the client&apos;s data and let it be verified, or tick that you skip the export.</source>
        <translation>Exportez les données du client et laissez-les être vérifiées, ou cochez la case pour ignorer l&apos;exportation.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deactivate_checklist.py" line="289"/>
        <source>Tick that you verified the account owner&apos;s authority.</source>
        <translation>Cochez la case confirmant que vous avez vérifié l&apos;autorité du propriétaire du compte.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deactivate_checklist.py" line="291"/>
        <source>Give the reason for the deactivation.</source>
        <translation>Indiquez le motif de la désactivation.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deactivate_checklist.py" line="297"/>
        <source>Go on to the confirmation.</source>
        <translation>Passer à la confirmation.</translation>
    </message>
</context>
<context>
    <name>DeactivateConfirmDialog</name>
    <message>
        <location filename="../../ui/dialogs/deactivate_confirm.py" line="40"/>
        <source>Deactivate {client}</source>
        <translation>Désactiver {client}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deactivate_confirm.py" line="47"/>
        <source>This cannot be undone once the purge date has passed. On {purge}, every record of {client} is deleted for good: nobody, not even an administrator, can bring it back. Until then ({days} days) the account is hidden and a manager can still revoke the deactivation from Pending deactivations.</source>
        <translation>Cette opération est irréversible une fois la date de suppression définitive passée. Le {purge}, toutes les données de {client} sont supprimées définitivement&#xa0;: personne, pas même un administrateur, ne peut les récupérer. D&apos;ici là ({days} jours), le compte est masqué et un gestionnaire peut encore révoquer la désactivation depuis Désactivations en attente.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deactivate_confirm.py" line="58"/>
        <source>What will be deleted: {contacts}, {subscriptions}, {invoices}, {notes}, {files}, {emails}, and everything else recorded for this client. The audit trail keeps only who did what and when, without personal data.</source>
        <translation>Ce qui sera supprimé&#xa0;: {contacts}, {subscriptions}, {invoices}, {notes}, {files}, {emails}, ainsi que tout ce qui est enregistré pour ce client. Le journal d&apos;audit ne conserve que qui a fait quoi et quand, sans données personnelles.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deactivate_confirm.py" line="61"/>
        <source>1 contact</source>
        <translation>1&#xa0;contact</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deactivate_confirm.py" line="61"/>
        <source>{n} contacts</source>
        <translation>{n}&#xa0;contacts</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deactivate_confirm.py" line="62"/>
        <source>1 subscription</source>
        <translation>1&#xa0;abonnement</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deactivate_confirm.py" line="62"/>
        <source>{n} subscriptions</source>
        <translation>{n}&#xa0;abonnements</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deactivate_confirm.py" line="63"/>
        <source>1 invoice</source>
        <translation>1&#xa0;facture</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deactivate_confirm.py" line="63"/>
        <source>{n} invoices</source>
        <translation>{n}&#xa0;factures</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deactivate_confirm.py" line="64"/>
        <source>1 note</source>
        <translation>1&#xa0;note</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deactivate_confirm.py" line="64"/>
        <source>{n} notes</source>
        <translation>{n}&#xa0;notes</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deactivate_confirm.py" line="65"/>
        <source>1 file</source>
        <translation>1&#xa0;fichier</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deactivate_confirm.py" line="65"/>
        <source>{n} files</source>
        <translation>{n}&#xa0;fichiers</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deactivate_confirm.py" line="66"/>
        <source>1 email</source>
        <translation>1&#xa0;courriel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deactivate_confirm.py" line="66"/>
        <source>{n} emails</source>
        <translation>{n}&#xa0;courriels</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deactivate_confirm.py" line="70"/>
        <source>&amp;Deactivate</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deactivate_confirm.py" line="80"/>
        <source>Type the client&apos;s name exactly to enable it.</source>
        <translation>Saisissez exactement le nom du client pour activer ce bouton.</translation>
    </message>
</context>
<context>
    <name>DeactivatePage</name>
    <message>
        <location filename="../../ui/dialogs/close_account.py" line="228"/>
        <source>After the last subscription ends</source>
        <translation>Après la fin du dernier abonnement</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/close_account.py" line="229"/>
        <source>Optionally, delete the account for good once nothing runs any more.</source>
        <translation>Facultatif&#xa0;: supprimer définitivement le compte une fois que plus rien n&apos;est en cours.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/close_account.py" line="230"/>
        <source>&amp;Deactivate the account when every subscription has ended (its data is then deleted)</source>
        <translation>&amp;Désactiver le compte lorsque chaque abonnement a pris fin (ses données sont alors supprimées)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/close_account.py" line="235"/>
        <source>This schedules a deletion: on the day every subscription has ended the checks of deactivation run again, and the account&apos;s data is purged {days} days later. It needs a manager and the client&apos;s name typed exactly.</source>
        <translation>Ceci planifie une suppression&#xa0;: le jour où chaque abonnement a pris fin, les vérifications de désactivation sont refaites, et la suppression définitive des données du compte a lieu {days} jours plus tard. Il faut un gestionnaire et le nom du client saisi exactement.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/close_account.py" line="242"/>
        <source>Only a manager can schedule a deletion.</source>
        <translation>Seul un gestionnaire peut planifier une suppression.</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../ui/detail_pane.py" line="64"/>
        <source>Column headers</source>
        <translation>En-têtes de colonnes</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="84"/>
        <source>Client details</source>
        <translation>Détails du client</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="89"/>
        <source>Overview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="94"/>
        <source>Access end</source>
        <translation>Fin d&apos;accès</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="94"/>
        <source>Next billing</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="93"/>
        <location filename="../../ui/detail_pane.py" line="104"/>
        <source>Plan</source>
        <translation>Forfait</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="94"/>
        <location filename="../../ui/detail_pane.py" line="104"/>
        <location filename="../../ui/detail_pane.py" line="147"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="95"/>
        <source>Cancellation month</source>
        <translation>Résiliation</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="96"/>
        <location filename="../../ui/detail_pane.py" line="101"/>
        <source>Purchases</source>
        <translation>Achats</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="104"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="104"/>
        <source>Issued</source>
        <translation>Émise le</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="104"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="106"/>
        <location filename="../../ui/detail_pane.py" line="108"/>
        <source>Billing</source>
        <translation>Factures</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="111"/>
        <location filename="../../ui/detail_pane.py" line="148"/>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="111"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="111"/>
        <source>Paid seat</source>
        <translation>Poste payant</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="111"/>
        <location filename="../../ui/detail_pane.py" line="148"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="111"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="113"/>
        <location filename="../../ui/detail_pane.py" line="115"/>
        <source>Contacts and seats</source>
        <translation>Contacts et postes</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="117"/>
        <source>What</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="117"/>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="117"/>
        <source>Who</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="118"/>
        <location filename="../../ui/detail_pane.py" line="120"/>
        <source>Timeline</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="121"/>
        <source>Select a client to see its details.</source>
        <translation>Sélectionnez un client pour afficher ses détails.</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="147"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="147"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="148"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="149"/>
        <source>Account manager</source>
        <translation>Responsable de compte</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="149"/>
        <source>Client since</source>
        <translation>Client depuis</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="150"/>
        <source>Account owner</source>
        <translation>Propriétaire du compte</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="150"/>
        <source>Active paid seats</source>
        <translation>Postes payants actifs</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="151"/>
        <source>Running subscriptions</source>
        <translation>Abonnements en cours</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="151"/>
        <source>Saved card</source>
        <translation>Carte enregistrée</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="152"/>
        <source>Unpaid invoices</source>
        <translation>Factures impayées</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="205"/>
        <source>{kind}, ends {date}</source>
        <translation>{kind}, se termine le {date}</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="207"/>
        <source>{kind} by {reseller}</source>
        <translation>{kind} par {reseller}</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="214"/>
        <location filename="../../ui/detail_pane.py" line="220"/>
        <location filename="../../ui/detail_pane.py" line="224"/>
        <source>None</source>
        <translation>Néant</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="218"/>
        <source>None: the client&apos;s own email is used</source>
        <translation>Aucun&#xa0;: le courriel du client est utilisé</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="222"/>
        <source>{count}, {amount} in total</source>
        <translation>{count}, {amount} au total</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="235"/>
        <source>{plan} for {participant}: {period}, {price}, bought {start}, {seats} seat(s)</source>
        <translation>{plan} pour {participant}&#xa0;: {period}, {price}, acheté le {start}, {seats} poste(s)</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="245"/>
        <source>{start} – {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="252"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="252"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
</context>
<context>
    <name>DialogService</name>
    <message>
        <location filename="../../ui/dialog_service.py" line="59"/>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
</context>
<context>
    <name>ExportProgressDialog</name>
    <message>
        <location filename="../../ui/export_view.py" line="49"/>
        <source>Preparing the export…</source>
        <translation>Préparation de l&apos;exportation…</translation>
    </message>
    <message>
        <location filename="../../ui/export_view.py" line="53"/>
        <source>Export progress</source>
        <translation>Progression de l&apos;exportation</translation>
    </message>
    <message>
        <location filename="../../ui/export_view.py" line="55"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/export_view.py" line="72"/>
        <source>%1 of %2 rows written</source>
        <translation>%1 lignes écrites sur %2</translation>
    </message>
    <message>
        <location filename="../../ui/export_view.py" line="75"/>
        <source>%1 rows written</source>
        <translation>%1 lignes écrites</translation>
    </message>
    <message>
        <location filename="../../ui/export_view.py" line="81"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>ExportView</name>
    <message>
        <location filename="../../ui/export_view.py" line="190"/>
        <source>Export</source>
        <translation>Exportation</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../ui/sorted_rows.py" line="172"/>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ForeignImportDialog</name>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="63"/>
        <source>Import %1</source>
        <translation>Importer %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="67"/>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="71"/>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="81"/>
        <location filename="../../ui/dialogs/import_mapping.py" line="173"/>
        <source>Check rows</source>
        <translation>Vérifier les lignes</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="82"/>
        <location filename="../../ui/dialogs/import_mapping.py" line="84"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="108"/>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="108"/>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="108"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="117"/>
        <source>Client name</source>
        <translation>Nom du client</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="117"/>
        <source>Account number</source>
        <translation>Numéro de compte</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="117"/>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="118"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="118"/>
        <source>Account owner: first name</source>
        <translation>Propriétaire du compte&#xa0;: prénom</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="119"/>
        <source>Account owner: last name</source>
        <translation>Propriétaire du compte&#xa0;: nom</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="120"/>
        <source>Account owner: full name</source>
        <translation>Propriétaire du compte&#xa0;: nom complet</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="120"/>
        <source>Account owner: email</source>
        <translation>Propriétaire du compte&#xa0;: courriel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="121"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="121"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="121"/>
        <source>Client since</source>
        <translation>Client depuis</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="122"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="122"/>
        <source>Active (yes/no)</source>
        <translation>Actif (oui/non)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="123"/>
        <source>Left (yes/no)</source>
        <translation>Parti (oui/non)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="133"/>
        <source>Field for the column %1</source>
        <translation>Champ de la colonne %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="134"/>
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="138"/>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="139"/>
        <source>Examples: %1</source>
        <translation>Exemples&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_mapping.py" line="147"/>
        <source>%1 (%2): %n row(s). Choose the client field each column holds; the proposals come from the column names.</source>
        <translation>
            <numerusform>%1 (%2)&#xa0;: %n ligne. Choisissez le champ client que contient chaque colonne&#xa0;; les propositions viennent des noms de colonnes.</numerusform>
            <numerusform>%1 (%2)&#xa0;: %n lignes. Choisissez le champ client que contient chaque colonne&#xa0;; les propositions viennent des noms de colonnes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_mapping.py" line="181"/>
        <source>%n row(s) can be imported.</source>
        <translation>
            <numerusform>%n ligne peut être importée.</numerusform>
            <numerusform>%n lignes peuvent être importées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_mapping.py" line="182"/>
        <source>%n row(s) have problems and will be skipped; nothing is written until you import.</source>
        <translation>
            <numerusform>%n ligne comporte des problèmes et sera ignorée&#xa0;; rien n&apos;est écrit tant que vous n&apos;importez pas.</numerusform>
            <numerusform>%n lignes comportent des problèmes et seront ignorées&#xa0;; rien n&apos;est écrit tant que vous n&apos;importez pas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_mapping.py" line="186"/>
        <source>Import %n row(s)</source>
        <translation>
            <numerusform>Importer %n ligne</numerusform>
            <numerusform>Importer %n lignes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="192"/>
        <source>No row can be imported.</source>
        <translation>Aucune ligne ne peut être importée.</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../ui/dialogs/import_preview.py" line="106"/>
        <source>Import %1</source>
        <translation>Importer %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview.py" line="110"/>
        <source>Checking %1…</source>
        <translation>Vérification de %1…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview.py" line="114"/>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview.py" line="117"/>
        <source>Rows per sheet</source>
        <translation>Lignes par feuille</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview.py" line="119"/>
        <location filename="../../ui/dialogs/import_preview.py" line="126"/>
        <source>Sheet</source>
        <translation>Feuille</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview.py" line="119"/>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview.py" line="119"/>
        <source>New</source>
        <translation>Nouvelles</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview.py" line="120"/>
        <source>Already there</source>
        <translation>Déjà présentes</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview.py" line="124"/>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview.py" line="126"/>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview.py" line="126"/>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview.py" line="127"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview.py" line="136"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview.py" line="169"/>
        <source>Checking %1: %2 rows read…</source>
        <translation>Vérification de %1&#xa0;: %2 lignes lues…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview.py" line="178"/>
        <source>Importing %1…</source>
        <translation>Importation de %1…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_preview.py" line="197"/>
        <source>%1 has %n problem(s); correct them in the file and import it again. Nothing was written.</source>
        <translation>
            <numerusform>%1 comporte %n problème&#xa0;; corrigez-le dans le fichier et importez-le de nouveau. Rien n&apos;a été écrit.</numerusform>
            <numerusform>%1 comporte %n problèmes&#xa0;; corrigez-les dans le fichier et importez-le de nouveau. Rien n&apos;a été écrit.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview.py" line="200"/>
        <source>The file has problems; nothing can be imported until they are corrected.</source>
        <translation>Le fichier comporte des problèmes&#xa0;; rien ne peut être importé tant qu&apos;ils ne sont pas corrigés.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview.py" line="203"/>
        <source>%1 has no rows to import.</source>
        <translation>%1 ne contient aucune ligne à importer.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview.py" line="204"/>
        <source>There is nothing to import.</source>
        <translation>Il n&apos;y a rien à importer.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_preview.py" line="206"/>
        <source>%1 is valid: %n row(s) ready to import.</source>
        <translation>
            <numerusform>%1 est valide&#xa0;: %n ligne prête à être importée.</numerusform>
            <numerusform>%1 est valide&#xa0;: %n lignes prêtes à être importées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview.py" line="208"/>
        <source>Nothing has been written yet. Import writes every row at once, or none.</source>
        <translation>Rien n&apos;a encore été écrit. L&apos;importation écrit toutes les lignes d&apos;un coup, ou aucune.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview.py" line="221"/>
        <source>%1 cannot be imported.</source>
        <translation>%1 ne peut pas être importé.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview.py" line="241"/>
        <source>Nothing was imported.</source>
        <translation>Rien n&apos;a été importé.</translation>
    </message>
</context>
<context>
    <name>Kind</name>
    <message>
        <location filename="../../ui/labels.py" line="49"/>
        <source>Direct</source>
        <translation>Direct</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="50"/>
        <source>Trial</source>
        <translation>Essai</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="51"/>
        <source>Resold</source>
        <translation>Revendu</translation>
    </message>
</context>
<context>
    <name>LifecycleProgress</name>
    <message>
        <location filename="../../ui/lifecycle_progress.py" line="31"/>
        <source>Bringing the database up to today</source>
        <translation>Mise à jour de la base de données jusqu&apos;à aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../../ui/lifecycle_progress.py" line="33"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/lifecycle_progress.py" line="35"/>
        <source>Stop bringing the database up to today; what is done stays, and the next run goes on from there</source>
        <translation>Arrêter la mise à jour jusqu&apos;à aujourd&apos;hui ; ce qui est fait reste, et la prochaine mise à jour reprend à partir de là</translation>
    </message>
</context>
<context>
    <name>LocaleFormat</name>
    <message>
        <location filename="../../ui/formatting.py" line="60"/>
        <source>MMMM yyyy</source>
        <comment>a month and its year, as a QDate format</comment>
        <translation>MMMM yyyy</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/app.py" line="196"/>
        <location filename="../../ui/app.py" line="203"/>
        <location filename="../../ui/main_window.py" line="60"/>
        <source>Account Desk</source>
        <translation>Account Desk</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="72"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="73"/>
        <source>Read the database again; filter, sort and selection stay</source>
        <translation>Relire la base de données&#xa0;; le filtre, le tri et la sélection sont conservés</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="76"/>
        <source>Bring up to &amp;today</source>
        <translation>Mettre à &amp;jour jusqu&apos;à aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="77"/>
        <source>Issue due invoices and handle every deadline up to today</source>
        <translation>Émettre les factures dues et traiter toutes les échéances jusqu&apos;à aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="83"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="83"/>
        <source>Organisation, policies and email settings</source>
        <translation>Paramètres de l&apos;organisation, des règles et des courriels</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="85"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="87"/>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="87"/>
        <source>Search by name, account number, email or phone</source>
        <translation>Rechercher par nom, numéro de compte, courriel ou téléphone</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="91"/>
        <source>&amp;Previous record</source>
        <translation>Fiche &amp;précédente</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="93"/>
        <source>&amp;Next record</source>
        <translation>Fiche &amp;suivante</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="89"/>
        <source>&amp;Open details</source>
        <translation>&amp;Ouvrir les détails</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="78"/>
        <source>&amp;Connect to team database…</source>
        <translation>Se co&amp;nnecter à la base d&apos;équipe…</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="79"/>
        <source>Work on the team&apos;s PostgreSQL database: server, login and TLS</source>
        <translation>Travailler sur la base PostgreSQL de l&apos;équipe&#xa0;: serveur, identifiant et TLS</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="81"/>
        <source>Use the &amp;local database</source>
        <translation>Utiliser la base &amp;locale</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="82"/>
        <source>Work on the database file on this computer again</source>
        <translation>Revenir au fichier de base de données de cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="90"/>
        <source>Move to the selected client&apos;s details</source>
        <translation>Aller aux détails du client sélectionné</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="95"/>
        <source>&amp;Columns…</source>
        <translation>&amp;Colonnes…</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="95"/>
        <source>Choose the columns of the table</source>
        <translation>Choisir les colonnes du tableau</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="97"/>
        <source>Reset &amp;layout</source>
        <translation>Réinitialiser la &amp;disposition</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="98"/>
        <source>Window size, panes and columns back to the defaults; the saved layout is forgotten</source>
        <translation>Taille de la fenêtre, panneaux et colonnes par défaut ; la disposition enregistrée est oubliée</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="100"/>
        <source>&amp;Cancel subscription…</source>
        <translation>&amp;Résilier l&apos;abonnement…</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="101"/>
        <source>Cancel the selected subscription after a chosen month</source>
        <translation>Résilier l&apos;abonnement sélectionné après le mois choisi</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="103"/>
        <source>&amp;Void latest invoice…</source>
        <translation>&amp;Annuler la dernière facture…</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="104"/>
        <source>Void the subscription&apos;s latest invoice: it was bought by mistake</source>
        <translation>Annuler la dernière facture de l&apos;abonnement&#xa0;: il a été acheté par erreur</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="106"/>
        <source>Record cancellation &amp;request…</source>
        <translation>Enregistrer une &amp;demande de résiliation…</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="107"/>
        <source>Record a cancellation request received from the client</source>
        <translation>Enregistrer une demande de résiliation reçue du client</translation>
    </message>
    <message>
        <location filename="../../ui/background_jobs.py" line="62"/>
        <source>Emails could not be sent: {error}</source>
        <translation>Les courriels n&apos;ont pas pu être envoyés&#xa0;: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="216"/>
        <source>The list could not be read: {error}</source>
        <translation>La liste n&apos;a pas pu être lue&#xa0;: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="229"/>
        <source>Requests ({count})</source>
        <translation>Demandes ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="229"/>
        <location filename="../../ui/pages.py" line="36"/>
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
        <location filename="../../ui/window_actions.py" line="148"/>
        <source>The database is still opening; a moment please.</source>
        <translation>La base de données est en cours d&apos;ouverture&#xa0;; un instant, s&apos;il vous plaît.</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="160"/>
        <source>The client&apos;s details are still loading; a moment please.</source>
        <translation>La fiche du client est en cours de chargement ; un instant, s&apos;il vous plaît.</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="165"/>
        <source>Select a subscription in the client&apos;s Purchases tab first.</source>
        <translation>Sélectionnez d&apos;abord un abonnement dans l&apos;onglet Achats du client.</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="157"/>
        <source>Select a client first.</source>
        <translation>Sélectionnez d&apos;abord un client.</translation>
    </message>
    <message>
        <location filename="../../ui/background_jobs.py" line="74"/>
        <source>Bringing the database up to today…</source>
        <translation>Mise à jour de la base de données jusqu&apos;à aujourd&apos;hui…</translation>
    </message>
    <message>
        <location filename="../../ui/background_jobs.py" line="89"/>
        <source>Bringing the database up to today failed: {error}</source>
        <translation>La mise à jour de la base de données jusqu&apos;à aujourd&apos;hui a échoué&#xa0;: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/background_jobs.py" line="91"/>
        <source>Stopped before today ({count} changes); the next run goes on from there.</source>
        <translation>Arrêtée avant aujourd&apos;hui ({count} modifications) ; la prochaine mise à jour reprend à partir de là.</translation>
    </message>
    <message>
        <location filename="../../ui/background_jobs.py" line="97"/>
        <source>The database is up to date ({count} changes).</source>
        <translation>La base de données est à jour ({count} modifications).</translation>
    </message>
    <message>
        <location filename="../../ui/window_layout.py" line="68"/>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="37"/>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="34"/>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="38"/>
        <source>Outbox</source>
        <translation>Boîte d&apos;envoi</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="39"/>
        <source>Pending deletions</source>
        <translation>À supprimer</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="35"/>
        <source>Subscriptions</source>
        <translation>Abonnements</translation>
    </message>
    <message>
        <location filename="../../ui/window_layout.py" line="82"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../../ui/window_layout.py" line="83"/>
        <source>Search name, account number, email or phone (Ctrl+F)</source>
        <translation>Nom, n° de compte, courriel ou téléphone (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/window_layout.py" line="85"/>
        <source>Clear the search</source>
        <translation>Effacer la recherche</translation>
    </message>
    <message>
        <location filename="../../ui/window_layout.py" line="92"/>
        <source>Status filter</source>
        <translation>Filtre de statut</translation>
    </message>
    <message>
        <location filename="../../ui/window_layout.py" line="94"/>
        <source>&amp;Status:</source>
        <translation>&amp;Statut&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/window_layout.py" line="107"/>
        <source>Back to the list</source>
        <translation>Retour à la liste</translation>
    </message>
    <message>
        <location filename="../../ui/window_layout.py" line="123"/>
        <source>Number of records</source>
        <translation>Nombre d&apos;enregistrements</translation>
    </message>
    <message>
        <location filename="../../ui/window_layout.py" line="157"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../ui/window_layout.py" line="157"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../../ui/window_layout.py" line="158"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../ui/window_layout.py" line="158"/>
        <source>&amp;Account</source>
        <translation>&amp;Compte</translation>
    </message>
    <message>
        <location filename="../../ui/window_layout.py" line="159"/>
        <source>&amp;Subscription</source>
        <translation>A&amp;bonnement</translation>
    </message>
    <message>
        <location filename="../../ui/window_layout.py" line="159"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location filename="../../ui/window_layout.py" line="168"/>
        <source>Main tool bar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <location filename="../../ui/window_layout.py" line="206"/>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location filename="../../ui/account_actions.py" line="42"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../../ui/account_actions.py" line="43"/>
        <source>Only the Clients and Subscriptions tables can be exported as a view; choose one of them first.</source>
        <translation>Seules les tables Clients et Abonnements peuvent être exportées comme vue&#xa0;; choisissez d&apos;abord l&apos;une d&apos;elles.</translation>
    </message>
    <message>
        <location filename="../../ui/account_actions.py" line="75"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../ui/account_actions.py" line="150"/>
        <source>Convert {client} from a trial to a paying direct account? Its running subscriptions are billed from today, and the trial end date is dropped.</source>
        <translation>Convertir {client} d&apos;essai en compte direct payant&#xa0;? Ses abonnements en cours sont facturés à partir d&apos;aujourd&apos;hui, et la date de fin d&apos;essai est supprimée.</translation>
    </message>
    <message>
        <location filename="../../ui/account_actions.py" line="152"/>
        <source>Convert trial</source>
        <translation>Convertir l&apos;essai</translation>
    </message>
    <message>
        <location filename="../../ui/account_actions.py" line="155"/>
        <source>{client} is now a paying direct account, billed from today.</source>
        <translation>{client} est désormais un compte direct payant, facturé à partir d&apos;aujourd&apos;hui.</translation>
    </message>
    <message>
        <location filename="../../ui/account_actions.py" line="216"/>
        <source>Log folder</source>
        <translation>Dossier des journaux</translation>
    </message>
    <message>
        <location filename="../../ui/account_actions.py" line="217"/>
        <source>The log folder could not be opened.</source>
        <translation>Le dossier des journaux n&apos;a pas pu être ouvert.</translation>
    </message>
    <message>
        <location filename="../../ui/account_actions.py" line="264"/>
        <source>&amp;Export this view…</source>
        <translation>&amp;Exporter cette vue…</translation>
    </message>
    <message>
        <location filename="../../ui/account_actions.py" line="265"/>
        <source>Export the rows of this table as shown: its filter, sort and visible columns</source>
        <translation>Exporter les lignes de cette table telles qu&apos;affichées&#xa0;: son filtre, son tri et ses colonnes visibles</translation>
    </message>
    <message>
        <location filename="../../ui/account_actions.py" line="267"/>
        <source>Export &amp;everything…</source>
        <translation>&amp;Tout exporter…</translation>
    </message>
    <message>
        <location filename="../../ui/account_actions.py" line="268"/>
        <source>Every kind of record of every client, one sheet each</source>
        <translation>Tous les types de données de tous les clients, une feuille par type</translation>
    </message>
    <message>
        <location filename="../../ui/account_actions.py" line="270"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <location filename="../../ui/account_actions.py" line="271"/>
        <source>Clients, contacts, subscriptions, cards and requests from a workbook or CSV</source>
        <translation>Clients, contacts, abonnements, cartes et demandes depuis un classeur ou un fichier CSV</translation>
    </message>
    <message>
        <location filename="../../ui/account_actions.py" line="273"/>
        <source>&amp;Back up…</source>
        <translation>&amp;Sauvegarder…</translation>
    </message>
    <message>
        <location filename="../../ui/account_actions.py" line="274"/>
        <source>Copy the whole database into a backup file</source>
        <translation>Copier toute la base de données dans un fichier de sauvegarde</translation>
    </message>
    <message>
        <location filename="../../ui/account_actions.py" line="276"/>
        <source>Res&amp;tore…</source>
        <translation>Res&amp;taurer…</translation>
    </message>
    <message>
        <location filename="../../ui/account_actions.py" line="277"/>
        <source>Replace the database with a backup; the current one is kept aside</source>
        <translation>Remplacer la base de données par une sauvegarde ; l&apos;actuelle est conservée à part</translation>
    </message>
    <message>
        <location filename="../../ui/account_actions.py" line="279"/>
        <source>Open &amp;log folder</source>
        <translation>Ouvrir le dossier des &amp;journaux</translation>
    </message>
    <message>
        <location filename="../../ui/account_actions.py" line="280"/>
        <source>The log holds ids, never names or emails</source>
        <translation>Le journal contient des identifiants, jamais de noms ni d&apos;adresses e-mail</translation>
    </message>
    <message>
        <location filename="../../ui/account_actions.py" line="281"/>
        <source>E&amp;xport this client…</source>
        <translation>E&amp;xporter ce client…</translation>
    </message>
    <message>
        <location filename="../../ui/account_actions.py" line="282"/>
        <source>Every record of the selected client, one sheet each</source>
        <translation>Toutes les données du client sélectionné, une feuille par type</translation>
    </message>
    <message>
        <location filename="../../ui/account_actions.py" line="284"/>
        <source>Edit de&amp;tails…</source>
        <translation>Modifier les coordonnée&amp;s…</translation>
    </message>
    <message>
        <location filename="../../ui/account_actions.py" line="285"/>
        <source>Change the client&apos;s email, phone, language or account manager</source>
        <translation>Modifier le courriel, le téléphone, la langue ou le responsable de compte du client</translation>
    </message>
    <message>
        <location filename="../../ui/account_actions.py" line="287"/>
        <source>Con&amp;vert trial…</source>
        <translation>Con&amp;vertir l&apos;essai…</translation>
    </message>
    <message>
        <location filename="../../ui/account_actions.py" line="288"/>
        <source>Make the trial a paying direct account, billed from today</source>
        <translation>Faire de l&apos;essai un compte direct payant, facturé à partir d&apos;aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../../ui/account_actions.py" line="290"/>
        <source>Cancel all at &amp;renewal…</source>
        <translation>Tout résilier au &amp;renouvellement…</translation>
    </message>
    <message>
        <location filename="../../ui/account_actions.py" line="291"/>
        <source>Cancel every subscription of the client at its own next renewal</source>
        <translation>Résilier chaque abonnement du client à son propre prochain renouvellement</translation>
    </message>
    <message>
        <location filename="../../ui/account_actions.py" line="294"/>
        <source>&amp;Pause account…</source>
        <translation>Mettre le compte en &amp;pause…</translation>
    </message>
    <message>
        <location filename="../../ui/account_actions.py" line="295"/>
        <source>Stop billing, keep the data, and lock the account after 5 days</source>
        <translation>Arrêter la facturation, conserver les données et verrouiller le compte après 5 jours</translation>
    </message>
    <message>
        <location filename="../../ui/account_actions.py" line="297"/>
        <source>Res&amp;ume account…</source>
        <translation>Repre&amp;ndre le compte…</translation>
    </message>
    <message>
        <location filename="../../ui/account_actions.py" line="298"/>
        <source>Restart a paused account with new card details</source>
        <translation>Relancer un compte en pause avec les coordonnées d&apos;une nouvelle carte</translation>
    </message>
    <message>
        <location filename="../../ui/account_actions.py" line="300"/>
        <source>C&amp;lose account…</source>
        <translation>Fermer &amp;le compte…</translation>
    </message>
    <message>
        <location filename="../../ui/account_actions.py" line="301"/>
        <source>Close the account at the request of its owner: every subscription ends with its term</source>
        <translation>Fermer le compte à la demande de son propriétaire&#xa0;: chaque abonnement prend fin avec sa période</translation>
    </message>
    <message>
        <location filename="../../ui/account_actions.py" line="305"/>
        <source>&amp;Deactivate account…</source>
        <translation>&amp;Désactiver le compte…</translation>
    </message>
    <message>
        <location filename="../../ui/account_actions.py" line="306"/>
        <source>Delete the account&apos;s data for good after 14 days (a manager)</source>
        <translation>Supprimer définitivement les données du compte après 14 jours (gestionnaire)</translation>
    </message>
</context>
<context>
    <name>NotHerePage</name>
    <message>
        <location filename="../../ui/dialogs/close_account.py" line="116"/>
        <source>This account is not closed here</source>
        <translation>Ce compte ne se ferme pas ici</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/close_account.py" line="117"/>
        <source>Trial and resold accounts have their own way out.</source>
        <translation>Les comptes d&apos;essai et revendus ont leur propre procédure de sortie.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/close_account.py" line="123"/>
        <source>&amp;Convert to a paying account</source>
        <translation>&amp;Convertir en compte payant</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/close_account.py" line="139"/>
        <source>{name} is now a paying account. Open Close account again if the client still wants to close it.</source>
        <translation>{name} est désormais un compte payant. Rouvrez Fermer le compte si le client souhaite toujours le fermer.</translation>
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
        <location filename="../../ui/outbox_page.py" line="44"/>
        <source>Client cancelled</source>
        <translation>Résiliation par le client</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="45"/>
        <source>Client asks to cancel</source>
        <translation>Demande de résiliation du client</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="46"/>
        <source>Subscription cancelled by staff</source>
        <translation>Abonnement résilié par l&apos;équipe</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="47"/>
        <source>Request approved</source>
        <translation>Demande approuvée</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="48"/>
        <source>Request rejected</source>
        <translation>Demande rejetée</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="49"/>
        <source>Invoice voided</source>
        <translation>Facture annulée</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="50"/>
        <source>Card expiring</source>
        <translation>Carte bientôt expirée</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="51"/>
        <source>Autopay failed</source>
        <translation>Échec du prélèvement automatique</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="52"/>
        <source>Pause scheduled</source>
        <translation>Suspension planifiée</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="53"/>
        <source>Pause revoked</source>
        <translation>Suspension révoquée</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="54"/>
        <source>Account resumed</source>
        <translation>Reprise du compte</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="55"/>
        <source>Closure scheduled</source>
        <translation>Fermeture planifiée</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="56"/>
        <source>Closure revoked</source>
        <translation>Fermeture révoquée</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="57"/>
        <source>Deactivation scheduled</source>
        <translation>Désactivation planifiée</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="58"/>
        <source>Deactivation revoked</source>
        <translation>Désactivation révoquée</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="59"/>
        <source>Account deleted</source>
        <translation>Compte supprimé</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="87"/>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="87"/>
        <source>Created</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="87"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="87"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="87"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="87"/>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="87"/>
        <source>To</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="88"/>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="107"/>
        <source>Sent {when}</source>
        <translation>Envoyé le {when}</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="143"/>
        <location filename="../../ui/outbox_page.py" line="262"/>
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
        <location filename="../../ui/outbox_page.py" line="260"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="205"/>
        <source>The outbox could not be read: {reason}</source>
        <translation>La boîte d&apos;envoi n&apos;a pas pu être lue&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="254"/>
        <source>Wait for the current action to finish.</source>
        <translation>Attendez la fin de l&apos;action en cours.</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="257"/>
        <source>Select failed or queued emails to retry them.</source>
        <translation>Sélectionnez des courriels en échec ou en file d&apos;attente pour les réessayer.</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="258"/>
        <source>Queue the selected failed emails again for the next delivery.</source>
        <translation>Remettre en file d&apos;attente les courriels en échec sélectionnés pour le prochain envoi.</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="266"/>
        <source>Send the queued emails now instead of waiting for the next run.</source>
        <translation>Envoyer maintenant les courriels en file d&apos;attente sans attendre le prochain passage.</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="267"/>
        <source>Select one email to save it as a file.</source>
        <translation>Sélectionnez un seul courriel pour l&apos;enregistrer dans un fichier.</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="269"/>
        <source>Save the selected email as an .eml file to send it by hand.</source>
        <translation>Enregistrer le courriel sélectionné dans un fichier .eml pour l&apos;envoyer vous-même.</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="306"/>
        <source>1 email is queued for the next delivery.</source>
        <translation>1 courriel est en file d&apos;attente pour le prochain envoi.</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="307"/>
        <source>{count} emails are queued for the next delivery.</source>
        <translation>{count} courriels sont en file d&apos;attente pour le prochain envoi.</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="314"/>
        <source>Sending…</source>
        <translation>Envoi en cours…</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="321"/>
        <source>Nothing was sent: SMTP is not configured; save the emails as .eml to send by hand.</source>
        <translation>Rien n&apos;a été envoyé&#xa0;: SMTP n&apos;est pas configuré&#xa0;; enregistrez les courriels en .eml pour les envoyer vous-même.</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="323"/>
        <source>Delivery finished: {sent} sent, {retrying} to retry later, {failed} failed.</source>
        <translation>Envoi terminé&#xa0;: {sent} envoyé(s), {retrying} à réessayer plus tard, {failed} en échec.</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="328"/>
        <source>First error: {error}</source>
        <translation>Première erreur&#xa0;: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="337"/>
        <source>Save email as .eml</source>
        <translation>Enregistrer le courriel en .eml</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="338"/>
        <source>Email files (*.eml)</source>
        <translation>Fichiers de courriel (*.eml)</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="342"/>
        <source>Saved to {path}.</source>
        <translation>Enregistré dans {path}.</translation>
    </message>
</context>
<context>
    <name>PagedTableModel</name>
    <message>
        <location filename="../../ui/table_models.py" line="276"/>
        <source>Sorted by {keys}. Shift+click a header to add it to the sort.</source>
        <translation>Trié par {keys}. Maj+clic sur un en-tête pour l&apos;ajouter au tri.</translation>
    </message>
</context>
<context>
    <name>PauseAccountDialog</name>
    <message>
        <location filename="../../ui/dialogs/pause_account.py" line="74"/>
        <source>Pause account: {name}</source>
        <translation>Mettre le compte en pause&#xa0;: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pause_account.py" line="87"/>
        <location filename="../../ui/dialogs/pause_account.py" line="215"/>
        <location filename="../../ui/dialogs/pause_account.py" line="232"/>
        <source>Pause account</source>
        <translation>Mettre le compte en pause</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pause_account.py" line="94"/>
        <source>The client&apos;s request</source>
        <translation>La demande du client</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pause_account.py" line="99"/>
        <source>Requesting contact</source>
        <translation>Contact demandeur</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pause_account.py" line="100"/>
        <source>Requested by:</source>
        <translation>Demandée par&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pause_account.py" line="103"/>
        <source>Why the client pauses the account (required)</source>
        <translation>Pourquoi le client met le compte en pause (obligatoire)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pause_account.py" line="104"/>
        <source>Why does the client want to pause the account? (required)</source>
        <translation>Pourquoi le client souhaite-t-il mettre le compte en pause&#xa0;? (obligatoire)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pause_account.py" line="107"/>
        <source>Why:</source>
        <translation>Motif&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pause_account.py" line="110"/>
        <source>Expected resume</source>
        <translation>Reprise prévue</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pause_account.py" line="111"/>
        <source>In 1 month</source>
        <translation>Dans 1 mois</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pause_account.py" line="111"/>
        <source>In 2 months</source>
        <translation>Dans 2 mois</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pause_account.py" line="111"/>
        <source>In 3 months</source>
        <translation>Dans 3 mois</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pause_account.py" line="112"/>
        <source>In 6 months</source>
        <translation>Dans 6 mois</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pause_account.py" line="112"/>
        <source>In 12 months</source>
        <translation>Dans 12 mois</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pause_account.py" line="117"/>
        <location filename="../../ui/dialogs/pause_account.py" line="178"/>
        <source>Expected resume:</source>
        <translation>Reprise prévue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pause_account.py" line="118"/>
        <source>Seasonal</source>
        <translation>Saisonnier</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pause_account.py" line="118"/>
        <source>Budget</source>
        <translation>Raisons budgétaires</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pause_account.py" line="119"/>
        <source>Not using it enough</source>
        <translation>Pas assez utilisé</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pause_account.py" line="119"/>
        <source>Switching product</source>
        <translation>Changement de produit</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pause_account.py" line="120"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pause_account.py" line="131"/>
        <source>Reason category:</source>
        <translation>Catégorie de motif&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pause_account.py" line="138"/>
        <source>&amp;Keep the account&apos;s data for up to one year</source>
        <translation>&amp;Conserver les données du compte jusqu&apos;à un an</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pause_account.py" line="145"/>
        <source>Warning: without kept data, ALL of the account&apos;s data will be deleted when the grace period ends. It cannot be restored. This is a deletion: it needs a manager and the client&apos;s name typed exactly.</source>
        <translation>Attention&#xa0;: sans conservation des données, TOUTES les données du compte seront supprimées à la fin du délai de grâce. Elles ne pourront pas être restaurées. Il s&apos;agit d&apos;une suppression&#xa0;: il faut un gestionnaire et le nom du client saisi exactement.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pause_account.py" line="153"/>
        <source>Deleting the data of {name} is irreversible once the purge date has passed.</source>
        <translation>La suppression des données de {name} est irréversible une fois la date de suppression définitive passée.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pause_account.py" line="158"/>
        <source>Only a manager can confirm a deletion; ask a manager to pause this account without keeping its data.</source>
        <translation>Seul un gestionnaire peut confirmer une suppression&#xa0;; demandez à un gestionnaire de mettre ce compte en pause sans conserver ses données.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pause_account.py" line="164"/>
        <source>Dates that will apply</source>
        <translation>Dates qui s&apos;appliqueront</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pause_account.py" line="172"/>
        <source>Billing stops, card removed:</source>
        <translation>Fin de la facturation, carte supprimée&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pause_account.py" line="174"/>
        <source>Export possible until:</source>
        <translation>Export possible jusqu&apos;au&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pause_account.py" line="175"/>
        <source>Account locked from:</source>
        <translation>Compte verrouillé à partir du&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pause_account.py" line="176"/>
        <source>Data deleted on:</source>
        <translation>Données supprimées le&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pause_account.py" line="177"/>
        <source>Reminder email:</source>
        <translation>Courriel de rappel&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pause_account.py" line="196"/>
        <source>{date}, unless the account resumes before</source>
        <translation>{date}, sauf si le compte reprend avant</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pause_account.py" line="198"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pause_account.py" line="208"/>
        <source>Give the reason for the pause first.</source>
        <translation>Indiquez d&apos;abord le motif de la pause.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pause_account.py" line="210"/>
        <source>Only a manager can confirm a deletion.</source>
        <translation>Seul un gestionnaire peut confirmer une suppression.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pause_account.py" line="212"/>
        <source>Type the client&apos;s name exactly to confirm the deletion.</source>
        <translation>Saisissez exactement le nom du client pour confirmer la suppression.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pause_account.py" line="215"/>
        <source>Pause and delete data</source>
        <translation>Mettre en pause et supprimer les données</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pause_account.py" line="223"/>
        <source>Pause {name} today? Billing stops and the saved card is removed. The account is locked on {lock} and ALL its data is deleted that day; it cannot be restored.</source>
        <translation>Mettre {name} en pause aujourd&apos;hui&#xa0;? La facturation s&apos;arrête et la carte enregistrée est supprimée. Le compte est verrouillé le {lock} et TOUTES ses données sont supprimées ce jour-là&#xa0;; elles ne pourront pas être restaurées.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pause_account.py" line="226"/>
        <source>Pause {name} today? Billing stops and the saved card is removed. The account is locked on {lock}; its data is kept until {purge} unless it resumes before.</source>
        <translation>Mettre {name} en pause aujourd&apos;hui&#xa0;? La facturation s&apos;arrête et la carte enregistrée est supprimée. Le compte est verrouillé le {lock}&#xa0;; ses données sont conservées jusqu&apos;au {purge}, sauf s&apos;il reprend avant.</translation>
    </message>
</context>
<context>
    <name>PendingDeactivationsPage</name>
    <message>
        <location filename="../../ui/pending_deactivations_page.py" line="98"/>
        <source>Accounts waiting for their data to be deleted. They are hidden from the other lists; a manager can revoke a deactivation until the day before its purge date.</source>
        <translation>Comptes en attente de la suppression de leurs données. Ils sont masqués des autres listes&#xa0;; un gestionnaire peut révoquer une désactivation jusqu&apos;à la veille de sa date de suppression définitive.</translation>
    </message>
    <message>
        <location filename="../../ui/pending_deactivations_page.py" line="107"/>
        <source>&amp;Revoke deactivation…</source>
        <translation>&amp;Révoquer la désactivation…</translation>
    </message>
    <message>
        <location filename="../../ui/pending_deactivations_page.py" line="108"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../../ui/pending_deactivations_page.py" line="114"/>
        <source>Pending deactivations</source>
        <translation>Désactivations en attente</translation>
    </message>
    <message>
        <location filename="../../ui/pending_deactivations_page.py" line="138"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../../ui/pending_deactivations_page.py" line="152"/>
        <source>1 account waiting for its purge</source>
        <translation>1 compte en attente de suppression définitive</translation>
    </message>
    <message>
        <location filename="../../ui/pending_deactivations_page.py" line="153"/>
        <source>{n} accounts waiting for their purge</source>
        <translation>{n} comptes en attente de suppression définitive</translation>
    </message>
    <message>
        <location filename="../../ui/pending_deactivations_page.py" line="160"/>
        <source>The list could not be read: {reason}</source>
        <translation>La liste n&apos;a pas pu être lue&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/pending_deactivations_page.py" line="173"/>
        <source>Wait for the current action to finish.</source>
        <translation>Attendez la fin de l&apos;action en cours.</translation>
    </message>
    <message>
        <location filename="../../ui/pending_deactivations_page.py" line="177"/>
        <source>Select an account to revoke its deactivation.</source>
        <translation>Sélectionnez un compte pour révoquer sa désactivation.</translation>
    </message>
    <message>
        <location filename="../../ui/pending_deactivations_page.py" line="179"/>
        <source>The purge date of {client} has come; it can no longer be revoked.</source>
        <translation>La date de suppression définitive de {client} est arrivée&#xa0;; la désactivation ne peut plus être révoquée.</translation>
    </message>
    <message>
        <location filename="../../ui/pending_deactivations_page.py" line="187"/>
        <source>Keep the account: it returns to its expired state and can buy again.</source>
        <translation>Conserver le compte&#xa0;: il revient à l&apos;état expiré et peut de nouveau acheter.</translation>
    </message>
    <message>
        <location filename="../../ui/pending_deactivations_page.py" line="193"/>
        <source>Revoke the deactivation of {client}? Its data is kept, it shows in the lists again as expired, and the account owner is told by email.</source>
        <translation>Révoquer la désactivation de {client}&#xa0;? Ses données sont conservées, il réapparaît dans les listes comme expiré et le propriétaire du compte est prévenu par courriel.</translation>
    </message>
    <message>
        <location filename="../../ui/pending_deactivations_page.py" line="195"/>
        <source>Revoke deactivation</source>
        <translation>Révoquer la désactivation</translation>
    </message>
    <message>
        <location filename="../../ui/pending_deactivations_page.py" line="200"/>
        <source>The deactivation of {client} is revoked.</source>
        <translation>La désactivation de {client} est révoquée.</translation>
    </message>
</context>
<context>
    <name>PendingModel</name>
    <message>
        <location filename="../../ui/pending_deactivations_page.py" line="42"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../ui/pending_deactivations_page.py" line="42"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location filename="../../ui/pending_deactivations_page.py" line="42"/>
        <source>Deactivated on</source>
        <translation>Désactivé le</translation>
    </message>
    <message>
        <location filename="../../ui/pending_deactivations_page.py" line="42"/>
        <source>Purge date</source>
        <translation>Date de suppression définitive</translation>
    </message>
    <message>
        <location filename="../../ui/pending_deactivations_page.py" line="43"/>
        <source>Days left</source>
        <translation>Jours restants</translation>
    </message>
    <message>
        <location filename="../../ui/pending_deactivations_page.py" line="43"/>
        <source>Approved by</source>
        <translation>Approuvée par</translation>
    </message>
    <message>
        <location filename="../../ui/pending_deactivations_page.py" line="67"/>
        <source>The purge date has come: the data is deleted by the next lifecycle run.</source>
        <translation>La date de suppression définitive est arrivée&#xa0;: les données seront supprimées lors du prochain passage du cycle de vie.</translation>
    </message>
</context>
<context>
    <name>Period</name>
    <message>
        <location filename="../../ui/labels.py" line="57"/>
        <source>Annual</source>
        <translation>Annuel</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="57"/>
        <source>Monthly</source>
        <translation>Mensuel</translation>
    </message>
</context>
<context>
    <name>ReasonPage</name>
    <message>
        <location filename="../../ui/dialogs/close_account.py" line="193"/>
        <source>Why is the client closing the account?</source>
        <translation>Pourquoi le client ferme-t-il le compte&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/close_account.py" line="194"/>
        <source>Choose the closest reason and add the client&apos;s own words.</source>
        <translation>Choisissez le motif le plus proche et ajoutez les mots du client.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/close_account.py" line="195"/>
        <source>Too expensive</source>
        <translation>Trop cher</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/close_account.py" line="195"/>
        <source>Missing features</source>
        <translation>Fonctionnalités manquantes</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/close_account.py" line="196"/>
        <source>Switching to another product</source>
        <translation>Passage à un autre produit</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/close_account.py" line="196"/>
        <source>Not using it enough</source>
        <translation>Pas assez utilisé</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/close_account.py" line="197"/>
        <source>Business closed or changed</source>
        <translation>Activité fermée ou modifiée</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/close_account.py" line="197"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/close_account.py" line="201"/>
        <source>Closure reason</source>
        <translation>Motif de la fermeture</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/close_account.py" line="204"/>
        <source>Reason:</source>
        <translation>Motif&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/close_account.py" line="207"/>
        <source>Closure reason, in the client&apos;s words</source>
        <translation>Motif de la fermeture, dans les mots du client</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/close_account.py" line="208"/>
        <source>In the client&apos;s words (required for Other)</source>
        <translation>Dans les mots du client (obligatoire pour Autre)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/close_account.py" line="210"/>
        <source>Details:</source>
        <translation>Détails&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/close_account.py" line="220"/>
        <source>Say in a few words why the client is closing the account.</source>
        <translation>Indiquez en quelques mots pourquoi le client ferme le compte.</translation>
    </message>
</context>
<context>
    <name>RecordActions</name>
    <message>
        <location filename="../../ui/record_actions.py" line="41"/>
        <location filename="../../ui/record_actions.py" line="106"/>
        <source>Free paid &amp;seat</source>
        <translation>Libérer le &amp;siège payant</translation>
    </message>
    <message>
        <location filename="../../ui/record_actions.py" line="42"/>
        <source>Make account &amp;owner</source>
        <translation>Nommer &amp;propriétaire du compte</translation>
    </message>
    <message>
        <location filename="../../ui/record_actions.py" line="43"/>
        <source>Record &amp;payment</source>
        <translation>Enregistrer le p&amp;aiement</translation>
    </message>
    <message>
        <location filename="../../ui/record_actions.py" line="44"/>
        <source>&amp;Credit invoice…</source>
        <translation>&amp;Créditer la facture…</translation>
    </message>
    <message>
        <location filename="../../ui/changes.py" line="47"/>
        <source>&amp;Undo</source>
        <translation>Ann&amp;uler la modification</translation>
    </message>
    <message>
        <location filename="../../ui/changes.py" line="58"/>
        <source>Take back the change the status bar names</source>
        <translation>Annuler la modification que nomme la barre d&apos;état</translation>
    </message>
    <message>
        <location filename="../../ui/record_actions.py" line="107"/>
        <source>Give paid &amp;seat</source>
        <translation>Attribuer un &amp;siège payant</translation>
    </message>
    <message>
        <location filename="../../ui/record_actions.py" line="105"/>
        <location filename="../../ui/record_actions.py" line="108"/>
        <source>Select a contact first.</source>
        <translation>Sélectionnez d&apos;abord un contact.</translation>
    </message>
    <message>
        <location filename="../../ui/record_actions.py" line="39"/>
        <source>&amp;Add contact…</source>
        <translation>&amp;Ajouter un contact…</translation>
    </message>
    <message>
        <location filename="../../ui/record_actions.py" line="40"/>
        <source>&amp;Edit contact…</source>
        <translation>&amp;Modifier le contact…</translation>
    </message>
    <message>
        <location filename="../../ui/record_actions.py" line="104"/>
        <source>Select a client first.</source>
        <translation>Sélectionnez d&apos;abord un client.</translation>
    </message>
    <message>
        <location filename="../../ui/record_actions.py" line="110"/>
        <source>Select a contact who is not the account owner.</source>
        <translation>Sélectionnez un contact qui n&apos;est pas le propriétaire du compte.</translation>
    </message>
    <message>
        <location filename="../../ui/record_actions.py" line="112"/>
        <location filename="../../ui/record_actions.py" line="117"/>
        <source>Select an unpaid invoice first.</source>
        <translation>Sélectionnez d&apos;abord une facture impayée.</translation>
    </message>
    <message>
        <location filename="../../ui/changes.py" line="104"/>
        <source>Not done</source>
        <translation>Non effectué</translation>
    </message>
    <message>
        <location filename="../../ui/record_actions.py" line="163"/>
        <source>{name} now holds a paid seat.</source>
        <translation>{name} occupe désormais un siège payant.</translation>
    </message>
    <message>
        <location filename="../../ui/record_actions.py" line="164"/>
        <source>{name}&apos;s paid seat is freed.</source>
        <translation>Le siège payant de {name} est libéré.</translation>
    </message>
    <message>
        <location filename="../../ui/record_actions.py" line="166"/>
        <source>Seat change undone.</source>
        <translation>Changement de siège annulé.</translation>
    </message>
    <message>
        <location filename="../../ui/record_actions.py" line="173"/>
        <source>{name} is now the account owner.</source>
        <translation>{name} est désormais propriétaire du compte.</translation>
    </message>
    <message>
        <location filename="../../ui/record_actions.py" line="180"/>
        <source>Payment recorded.</source>
        <translation>Paiement enregistré.</translation>
    </message>
    <message>
        <location filename="../../ui/record_actions.py" line="186"/>
        <source>Credit the whole open amount of this invoice? A credit note is issued.</source>
        <translation>Créditer tout le montant restant dû de cette facture ? Un avoir est émis.</translation>
    </message>
    <message>
        <location filename="../../ui/record_actions.py" line="187"/>
        <source>Credit invoice</source>
        <translation>Créditer la facture</translation>
    </message>
    <message>
        <location filename="../../ui/record_actions.py" line="189"/>
        <source>Invoice credited.</source>
        <translation>Facture créditée.</translation>
    </message>
</context>
<context>
    <name>RecordRequestDialog</name>
    <message>
        <location filename="../../ui/dialogs/record_request.py" line="69"/>
        <source>Record cancellation request — {client}</source>
        <translation>Enregistrer une demande de résiliation — {client}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_request.py" line="73"/>
        <source>What {client} ({account}) asked, as they sent it.</source>
        <translation>Ce que {client} ({account}) a demandé, tel qu&apos;envoyé.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_request.py" line="77"/>
        <source>Requested by</source>
        <translation>Demandé par</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_request.py" line="80"/>
        <source>&amp;From:</source>
        <translation>&amp;De&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_request.py" line="82"/>
        <source>What to cancel</source>
        <translation>Objet de la résiliation</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_request.py" line="85"/>
        <source>The whole account (close it)</source>
        <translation>Tout le compte (le fermer)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_request.py" line="86"/>
        <source>&amp;Asks to cancel:</source>
        <translation>Demande la &amp;résiliation de&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_request.py" line="91"/>
        <source>How the request arrived</source>
        <translation>Mode de réception de la demande</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_request.py" line="94"/>
        <source>Received &amp;by:</source>
        <translation>Reçue &amp;par&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_request.py" line="98"/>
        <source>Day the request was received</source>
        <translation>Jour de réception de la demande</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_request.py" line="102"/>
        <source>The day the client sent the request; never later than today.</source>
        <translation>Le jour où le client a envoyé la demande&#xa0;; jamais après aujourd&apos;hui.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_request.py" line="103"/>
        <source>Received &amp;on:</source>
        <translation>Reçue &amp;le&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_request.py" line="107"/>
        <source>The client&apos;s message</source>
        <translation>Message du client</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_request.py" line="108"/>
        <source>What the client wrote or said (optional)</source>
        <translation>Ce que le client a écrit ou dit (facultatif)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_request.py" line="112"/>
        <source>&amp;Message:</source>
        <translation>&amp;Message&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_request.py" line="119"/>
        <source>Record request</source>
        <translation>Enregistrer la demande</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_request.py" line="145"/>
        <source>{name} (account owner)</source>
        <translation>{name} (propriétaire du compte)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_request.py" line="146"/>
        <source>{name} ({role})</source>
        <translation>{name} ({role})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_request.py" line="150"/>
        <source>{plan} for {participant} ({status})</source>
        <translation>{plan} pour {participant} ({status})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_request.py" line="153"/>
        <source>{plan} for {participant}</source>
        <translation>{plan} pour {participant}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_request.py" line="154"/>
        <source>{plan} for {participant}, next billing {date}</source>
        <translation>{plan} pour {participant}, prochaine facturation le {date}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_request.py" line="188"/>
        <source>{client} has no contact: add the person who asked as a contact first.</source>
        <translation>{client} n&apos;a aucun contact&#xa0;: ajoutez d&apos;abord la personne qui a fait la demande comme contact.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_request.py" line="202"/>
        <source>The request waits in the Requests queue until a manager decides it; the organisation and the client&apos;s account owner are emailed an acknowledgement.</source>
        <translation>La demande attend dans la file Demandes jusqu&apos;à la décision d&apos;un gestionnaire&#xa0;; l&apos;organisation et le propriétaire du compte du client reçoivent un accusé de réception par courriel.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_request.py" line="205"/>
        <source>The cancellation policy is immediate: recording this request closes the account now, each subscription ending with the period its latest invoice paid for.</source>
        <translation>La règle de résiliation est immédiate&#xa0;: enregistrer cette demande ferme le compte dès maintenant, chaque abonnement prenant fin avec la période payée par sa dernière facture.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_request.py" line="207"/>
        <source>The cancellation policy is immediate: recording this request cancels the subscription now, at the end of the period its latest invoice paid for.</source>
        <translation>La règle de résiliation est immédiate&#xa0;: enregistrer cette demande résilie l&apos;abonnement dès maintenant, à la fin de la période payée par sa dernière facture.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_request.py" line="228"/>
        <source>Cancellation request of {client} recorded.</source>
        <translation>Demande de résiliation de {client} enregistrée.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_request.py" line="232"/>
        <source>Cancellation request of {client} withdrawn.</source>
        <translation>Demande de résiliation de {client} retirée.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_request.py" line="239"/>
        <source>&amp;Open the existing request</source>
        <translation>&amp;Ouvrir la demande existante</translation>
    </message>
</context>
<context>
    <name>RecordTableView</name>
    <message>
        <location filename="../../ui/table_page.py" line="46"/>
        <source>Column headers: click to sort, Shift+click to add a sort column</source>
        <translation>En-têtes de colonnes&#xa0;: cliquez pour trier, Maj+clic pour ajouter une colonne de tri</translation>
    </message>
    <message>
        <location filename="../../ui/table_page.py" line="64"/>
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
        <source>The database could not be written (the disk may be full), so this change was not saved; what was saved before is intact. Free some disk space and try again.</source>
        <translation>La base de données n&apos;a pas pu être écrite (le disque est peut-être plein) : cette modification n&apos;a pas été enregistrée ; ce qui l&apos;était avant est intact. Libérez de l&apos;espace disque et réessayez.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="109"/>
        <source>There is no {what:label} with id {ident}; it may have been removed. Refresh and try again.</source>
        <translation>Aucun enregistrement «&#xa0;{what:label}&#xa0;» ne porte l&apos;identifiant {ident}&#xa0;; il a peut-être été supprimé. Actualisez puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="110"/>
        <source>{user} is not a staff user of this database; ask an administrator to add you.</source>
        <translation>{user} ne fait pas partie de l&apos;équipe de cette base de données&#xa0;; demandez à un administrateur de vous ajouter.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="111"/>
        <source>This database login is not a staff user of this database; ask an administrator to add you.</source>
        <translation>Cet identifiant de base de données ne correspond à aucun membre de l&apos;équipe&#xa0;; demandez à un administrateur de vous ajouter.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="112"/>
        <source>The {what:label} cannot be empty; type one.</source>
        <translation>Le champ «&#xa0;{what:label}&#xa0;» ne peut pas être vide&#xa0;; remplissez-le.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="113"/>
        <source>The {what:label} is longer than {limit} characters; shorten it.</source>
        <translation>Le champ «&#xa0;{what:label}&#xa0;» dépasse {limit} caractères&#xa0;; raccourcissez-le.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="114"/>
        <source>The {what:label} “{value}” is not an email address; check it and try again.</source>
        <translation>«&#xa0;{value}&#xa0;» n&apos;est pas une adresse électronique valide pour le champ «&#xa0;{what:label}&#xa0;»&#xa0;; vérifiez-la et réessayez.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="115"/>
        <source>The {what:label} must be one of {allowed:list}; “{value}” is not.</source>
        <translation>Le champ «&#xa0;{what:label}&#xa0;» doit valoir l&apos;une de ces valeurs&#xa0;: {allowed:list}&#xa0;; «&#xa0;{value}&#xa0;» n&apos;en fait pas partie.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="116"/>
        <source>The {what:label} “{value}” is not an amount of money.</source>
        <translation>«&#xa0;{value}&#xa0;» n&apos;est pas un montant valide pour le champ «&#xa0;{what:label}&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="117"/>
        <source>The {what:label} must be zero or more; {value} is not.</source>
        <translation>Le champ «&#xa0;{what:label}&#xa0;» doit être positif ou nul&#xa0;; {value} ne l&apos;est pas.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="118"/>
        <source>The {what:label} {value} has more than two decimals.</source>
        <translation>Le montant {value} du champ «&#xa0;{what:label}&#xa0;» a plus de deux décimales.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="119"/>
        <source>A staff user with the email {email} already exists.</source>
        <translation>Un membre de l&apos;équipe a déjà l&apos;adresse {email}.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="120"/>
        <source>There is no staff user with the email {email}; add them first.</source>
        <translation>Aucun membre de l&apos;équipe n&apos;a l&apos;adresse {email}&#xa0;; ajoutez-le d&apos;abord.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="121"/>
        <source>A trial client needs a trial end date; give the date the trial ends.</source>
        <translation>Un client à l&apos;essai doit avoir une date de fin d&apos;essai&#xa0;; indiquez la date à laquelle l&apos;essai se termine.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="122"/>
        <source>Only a trial client has a trial end date; leave it empty or make the client a trial.</source>
        <translation>Seul un client à l&apos;essai a une date de fin d&apos;essai&#xa0;; laissez-la vide ou faites de ce client un essai.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="123"/>
        <source>A resold client needs the reseller&apos;s name; give the reseller who manages it.</source>
        <translation>Un client revendu doit avoir le nom de son revendeur&#xa0;; indiquez le revendeur qui le gère.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="124"/>
        <source>The account number {number} is already used by another client.</source>
        <translation>Le numéro de compte {number} est déjà utilisé par un autre client.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="125"/>
        <source>{client} already has a primary admin (the account owner); transfer the role instead of adding a second one.</source>
        <translation>{client} a déjà un administrateur principal (le propriétaire du compte)&#xa0;; transférez ce rôle au lieu d&apos;en ajouter un second.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="126"/>
        <source>Give only the last four digits of the card, never the full card number.</source>
        <translation>Indiquez seulement les quatre derniers chiffres de la carte, jamais le numéro complet.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="127"/>
        <source>The card&apos;s expiry must be a month from 1 to 12 and a four-digit year.</source>
        <translation>L&apos;expiration de la carte doit être un mois de 1 à 12 et une année à quatre chiffres.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="128"/>
        <source>This card has already expired; ask the client for a valid card.</source>
        <translation>Cette carte a déjà expiré&#xa0;; demandez au client une carte valide.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="129"/>
        <source>The file {path} cannot be attached: it does not exist or is not a file.</source>
        <translation>Le fichier {path} ne peut pas être joint&#xa0;: il n&apos;existe pas ou n&apos;est pas un fichier.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="130"/>
        <source>The file {file} is larger than {limit_mb} MB; attach a smaller file.</source>
        <translation>Le fichier {file} dépasse {limit_mb} Mo&#xa0;; joignez un fichier plus petit.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="131"/>
        <source>{client} is being deleted; a new subscription can only be bought for an account that is not being deleted: revoke the deactivation first.</source>
        <translation>{client} est en cours de suppression&#xa0;; un nouvel abonnement ne peut être acheté que pour un compte qui n&apos;est pas en cours de suppression&#xa0;: révoquez d&apos;abord la désactivation.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="132"/>
        <source>{client} is {status:label}; a new subscription can only be bought for an account that is running: resume the account first.</source>
        <translation>Le compte {client} a le statut «&#xa0;{status:label}&#xa0;»&#xa0;; un nouvel abonnement ne peut être acheté que pour un compte en service&#xa0;: réactivez d&apos;abord le compte.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="133"/>
        <source>A billing day applies to monthly plans only; leave it empty for an annual plan.</source>
        <translation>Un jour de facturation ne s&apos;applique qu&apos;aux formules mensuelles&#xa0;; laissez-le vide pour une formule annuelle.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="134"/>
        <source>The billing day must be between 1 and 28, so that every month has it; {day} is not.</source>
        <translation>Le jour de facturation doit être compris entre 1 et 28, pour exister chaque mois&#xa0;; {day} ne l&apos;est pas.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="135"/>
        <source>The end date, {end:date}, is before the start date, {start:date}; choose an end date on or after the start.</source>
        <translation>La date de fin, {end:date}, précède la date de début, {start:date}&#xa0;; choisissez une date de fin égale ou postérieure au début.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="136"/>
        <source>A subscription has at least one seat.</source>
        <translation>Un abonnement compte au moins un poste.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="137"/>
        <source>The invoice of {issued:date} is {status:label}; no payment can be recorded against it.</source>
        <translation>La facture du {issued:date} a le statut «&#xa0;{status:label}&#xa0;»&#xa0;; aucun paiement ne peut y être enregistré.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="138"/>
        <source>The invoice of {issued:date} is already paid; nothing is due.</source>
        <translation>La facture du {issued:date} est déjà payée&#xa0;; rien n&apos;est dû.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="139"/>
        <source>The invoice of {issued:date} is already {status:label}.</source>
        <translation>La facture du {issued:date} a déjà le statut «&#xa0;{status:label}&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="140"/>
        <source>Nothing is left to credit on the invoice of {issued:date}; it is fully paid or credited.</source>
        <translation>Il ne reste rien à créditer sur la facture du {issued:date}&#xa0;; elle est entièrement payée ou créditée.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="141"/>
        <source>A credit note can be at most the open amount of the invoice, {due:money}; {amount:money} is more. Record a refund for money already paid.</source>
        <translation>Un avoir ne peut dépasser le montant restant dû de la facture, {due:money}&#xa0;; {amount:money} est plus élevé. Enregistrez un remboursement pour l&apos;argent déjà payé.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="142"/>
        <source>{client} is not a trial account; only a trial can be converted.</source>
        <translation>{client} n&apos;est pas un compte d&apos;essai&#xa0;; seul un essai peut être converti.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="143"/>
        <source>{client} is {status:label}; only a trial or an expired trial can be converted.</source>
        <translation>Le compte {client} a le statut «&#xa0;{status:label}&#xa0;»&#xa0;; seul un essai, en cours ou expiré, peut être converti.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="144"/>
        <source>{client} has {count} unpaid {count:plural:invoice|invoices} (the oldest issued {oldest:date}); record the payment or credit {count:plural:it|them} first, then cancel.</source>
        <translation>{client} a {count} {count:plural:facture impayée|factures impayées} (la plus ancienne émise le {oldest:date})&#xa0;; enregistrez le paiement ou créditez-{count:plural:la|les} d&apos;abord, puis résiliez.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="145"/>
        <source>{client} has {seats} active paid seats and at most {limit} are allowed when cancelling; deactivate users and reduce licences in the Contacts and seats tab first.</source>
        <translation>{client} a {seats} postes payants actifs et au plus {limit} sont admis pour résilier&#xa0;; désactivez des utilisateurs et réduisez les licences dans l&apos;onglet Contacts et postes d&apos;abord.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="146"/>
        <source>This subscription was voided as bought by mistake; there is nothing left to cancel.</source>
        <translation>Cet abonnement a été annulé comme acheté par erreur&#xa0;; il n&apos;y a plus rien à résilier.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="147"/>
        <source>This subscription already ended on {end:date}; buy it again for the client if they want it back.</source>
        <translation>Cet abonnement a déjà pris fin le {end:date}&#xa0;; achetez-le de nouveau pour le client s&apos;il le souhaite.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="148"/>
        <source>This subscription has already ended; buy it again for the client if they want it back.</source>
        <translation>Cet abonnement a déjà pris fin&#xa0;; achetez-le de nouveau pour le client s&apos;il le souhaite.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="149"/>
        <source>This subscription is paused with its account; resume the account before cancelling it.</source>
        <translation>Cet abonnement est suspendu avec son compte&#xa0;; réactivez le compte avant de le résilier.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="150"/>
        <source>This is a trial account: it is never billed and simply expires at the trial end, so there is nothing to cancel.</source>
        <translation>Ceci est un compte d&apos;essai&#xa0;: il n&apos;est jamais facturé et expire simplement à la fin de l&apos;essai&#xa0;; il n&apos;y a rien à résilier.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="151"/>
        <source>This subscription is already cancelled after {month:month}, the earliest month possible; it cannot be moved earlier. To undo a mistaken cancellation, let the subscription expire and buy it again for the client.</source>
        <translation>Cet abonnement est déjà résilié après {month:month}, le mois le plus proche possible&#xa0;; la résiliation ne peut pas être avancée. Pour annuler une résiliation faite par erreur, laissez l&apos;abonnement expirer puis achetez-le de nouveau pour le client.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="152"/>
        <source>No termination month can be offered: the configured end date comes before any further invoice. The subscription ends by itself on its end date.</source>
        <translation>Aucun mois de résiliation ne peut être proposé&#xa0;: la date de fin configurée arrive avant toute nouvelle facture. L&apos;abonnement se termine de lui-même à sa date de fin.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="153"/>
        <source>This subscription is already cancelled after {month:month}; a cancellation can only be moved earlier, not later or removed. To undo a mistaken cancellation, let the subscription expire and buy it again for the client.</source>
        <translation>Cet abonnement est déjà résilié après {month:month}&#xa0;; une résiliation peut seulement être avancée, ni reportée ni supprimée. Pour annuler une résiliation faite par erreur, laissez l&apos;abonnement expirer puis achetez-le de nouveau pour le client.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="154"/>
        <source>{month:month} is not a month this subscription can be cancelled after; choose one from {first:month} to {last:month}.</source>
        <translation>{month:month} ne fait pas partie des mois après lesquels cet abonnement peut être résilié&#xa0;; choisissez-en un de {first:month} à {last:month}.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="155"/>
        <source>Revoking a cancellation is turned off by the policy allow_revoke_cancellation. To undo a mistaken cancellation, let the subscription expire and buy it again for the client. An administrator can turn the policy on in the settings.</source>
        <translation>La révocation d&apos;une résiliation est désactivée par la règle allow_revoke_cancellation. Pour annuler une résiliation faite par erreur, laissez l&apos;abonnement expirer puis achetez-le de nouveau pour le client. Un administrateur peut activer la règle dans les paramètres.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="156"/>
        <source>This subscription&apos;s access has already ended; buy it again for the client.</source>
        <translation>L&apos;accès de cet abonnement a déjà pris fin&#xa0;; achetez-le de nouveau pour le client.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="157"/>
        <source>This subscription is {status:label}, not cancelled; there is no cancellation to revoke.</source>
        <translation>Cet abonnement a le statut «&#xa0;{status:label}&#xa0;» et n&apos;est pas résilié&#xa0;; il n&apos;y a pas de résiliation à révoquer.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="158"/>
        <source>This subscription is already voided; its invoices are under the client&apos;s billing.</source>
        <translation>Cet abonnement est déjà annulé&#xa0;; ses factures restent dans la facturation du client.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="159"/>
        <source>This subscription has already ended; voiding is for a purchase made by mistake that is still running. Credit or refund its invoices instead.</source>
        <translation>Cet abonnement a déjà pris fin&#xa0;; l&apos;annulation concerne un achat fait par erreur et toujours en cours. Créditez ou remboursez plutôt ses factures.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="160"/>
        <source>This subscription has no invoice to void.</source>
        <translation>Cet abonnement n&apos;a aucune facture à annuler.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="161"/>
        <source>The refund {refund:money} is more than what was paid on this invoice ({paid:money}); refund at most {paid:money}.</source>
        <translation>Le remboursement de {refund:money} dépasse ce qui a été payé sur cette facture ({paid:money})&#xa0;; remboursez au plus {paid:money}.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="162"/>
        <source>This subscription has no invoice yet, so there is no paid period to end it with.</source>
        <translation>Cet abonnement n&apos;a pas encore de facture&#xa0;: il n&apos;y a pas de période payée à laquelle le terminer.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="163"/>
        <source>This subscription is already cancelled with access until {end:date}, which is not later than what this request asks; there is nothing more to do.</source>
        <translation>Cet abonnement est déjà résilié avec un accès jusqu&apos;au {end:date}, ce qui n&apos;est pas plus tard que ce que demande cette demande&#xa0;; il n&apos;y a rien de plus à faire.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="164"/>
        <source>{client} is a trial account: it is not closed, it simply expires on {end:date} and is never billed unless converted.</source>
        <translation>{client} est un compte d&apos;essai&#xa0;: il n&apos;est pas fermé, il expire simplement le {end:date} et n&apos;est jamais facturé sauf s&apos;il est converti.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="165"/>
        <source>{client} is a trial account: it is not closed, it simply expires at its trial end and is never billed unless converted.</source>
        <translation>{client} est un compte d&apos;essai&#xa0;: il n&apos;est pas fermé, il expire simplement à la fin de son essai et n&apos;est jamais facturé sauf s&apos;il est converti.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="166"/>
        <source>{client} is managed by the reseller {reseller}; the account is closed through them. Ask the client to contact their reseller.</source>
        <translation>{client} est géré par le revendeur {reseller}&#xa0;; le compte se ferme par son intermédiaire. Demandez au client de contacter son revendeur.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="167"/>
        <source>{client} is already {status:label}.</source>
        <translation>Le compte {client} a déjà le statut «&#xa0;{status:label}&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="168"/>
        <source>{contact} is not the primary admin of {client}; only the account owner can close the account. Ask the account owner to request it.</source>
        <translation>{contact} n&apos;est pas l&apos;administrateur principal de {client}&#xa0;; seul le propriétaire du compte peut fermer le compte. Demandez au propriétaire du compte d&apos;en faire la demande.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="169"/>
        <source>The requester is not the primary admin of {client}; only the account owner can close the account. Ask the account owner to request it.</source>
        <translation>Le demandeur n&apos;est pas l&apos;administrateur principal de {client}&#xa0;; seul le propriétaire du compte peut fermer le compte. Demandez au propriétaire du compte d&apos;en faire la demande.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="170"/>
        <source>The received date, {received:date}, is in the future; give the day the client sent the request.</source>
        <translation>La date de réception, {received:date}, est dans le futur&#xa0;; indiquez le jour où le client a envoyé la demande.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="171"/>
        <source>{client} is being deleted; no request can be recorded for it.</source>
        <translation>{client} est en cours de suppression&#xa0;; aucune demande ne peut être enregistrée pour ce client.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="172"/>
        <source>Only the client&apos;s primary admin (the account owner) can ask to close the whole account; {contact} is {role:label}. Ask the account owner to send the request.</source>
        <translation>Seul l&apos;administrateur principal du client (le propriétaire du compte) peut demander la fermeture de tout le compte&#xa0;; {contact} est {role:label}. Demandez au propriétaire du compte d&apos;envoyer la demande.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="173"/>
        <source>That subscription does not belong to {client}; choose one of its own.</source>
        <translation>Cet abonnement n&apos;appartient pas à {client}&#xa0;; choisissez l&apos;un des siens.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="174"/>
        <source>This subscription is already cancelled: access ends on {end:date}. No request is needed; tell the client the date.</source>
        <translation>Cet abonnement est déjà résilié&#xa0;: l&apos;accès prend fin le {end:date}. Aucune demande n&apos;est nécessaire&#xa0;; communiquez la date au client.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="175"/>
        <source>This request is already {status:label}; only a pending or waiting request can be decided.</source>
        <translation>Cette demande a déjà le statut «&#xa0;{status:label}&#xa0;»&#xa0;; seule une demande en attente peut être tranchée.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="176"/>
        <source>This request is {status:label}; only a pending request can be put on hold.</source>
        <translation>Cette demande a le statut «&#xa0;{status:label}&#xa0;»&#xa0;; seule une demande en attente peut être mise en suspens.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="177"/>
        <source>{chosen:date} is not a final billing date this subscription can take; the coming billing dates are {coming:dates}.</source>
        <translation>Le {chosen:date} n&apos;est pas une date de dernière facturation possible pour cet abonnement&#xa0;; les prochaines dates de facturation sont&#xa0;: {coming:dates}.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="178"/>
        <source>Ending with the latest invoice is not a final billing date this subscription can take; the coming billing dates are {coming:dates}.</source>
        <translation>Terminer avec la dernière facture émise n&apos;est pas possible pour cet abonnement&#xa0;; les prochaines dates de facturation sont&#xa0;: {coming:dates}.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="179"/>
        <source>There is no setting called {key}; the settings are {known:list}.</source>
        <translation>Il n&apos;existe pas de paramètre {key}&#xa0;; les paramètres sont&#xa0;: {known:list}.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="180"/>
        <source>The setting {key} must be a whole number of at least {least}; {value} is not.</source>
        <translation>Le paramètre {key} doit être un nombre entier d&apos;au moins {least}&#xa0;; {value} ne l&apos;est pas.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="181"/>
        <source>The setting {key} must be true or false; {value} is not.</source>
        <translation>Le paramètre {key} doit être vrai ou faux&#xa0;; {value} ne l&apos;est pas.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="182"/>
        <source>The setting {key} must be one of {allowed:list}; {value} is not.</source>
        <translation>Le paramètre {key} doit valoir l&apos;une de ces valeurs&#xa0;: {allowed:list}&#xa0;; {value} n&apos;en fait pas partie.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="183"/>
        <source>The setting {key} cannot be empty.</source>
        <translation>Le paramètre {key} ne peut pas être vide.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="184"/>
        <source>The setting {key} must be text.</source>
        <translation>Le paramètre {key} doit être du texte.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="185"/>
        <source>The currency must be a three-letter ISO 4217 code, one of {known:list}; {value} is not.</source>
        <translation>La devise doit être un code ISO 4217 de trois lettres, parmi {known:list}&#xa0;; {value} n&apos;en fait pas partie.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="186"/>
        <source>The OS keyring is not available, so the SMTP password cannot be stored or read ({reason}). Install or unlock the system&apos;s password store (Windows Credential Manager, macOS Keychain, or a Secret Service such as GNOME Keyring or KWallet) and try again.</source>
        <translation>Le trousseau du système n&apos;est pas disponible&#xa0;: le mot de passe SMTP ne peut être ni enregistré ni lu ({reason}). Installez ou déverrouillez le gestionnaire de mots de passe du système (Gestionnaire d&apos;identification Windows, Trousseau macOS, ou un Secret Service comme GNOME Keyring ou KWallet) puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="187"/>
        <source>The OS keyring is not available, so the SMTP password cannot be stored or read: the only keyring found stores passwords in a file. Install or unlock the system&apos;s password store (Windows Credential Manager, macOS Keychain, or a Secret Service such as GNOME Keyring or KWallet) and try again.</source>
        <translation>Le trousseau du système n&apos;est pas disponible&#xa0;: le mot de passe SMTP ne peut être ni enregistré ni lu, car le seul trousseau trouvé garde les mots de passe dans un fichier. Installez ou déverrouillez le gestionnaire de mots de passe du système (Gestionnaire d&apos;identification Windows, Trousseau macOS, ou un Secret Service comme GNOME Keyring ou KWallet) puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="188"/>
        <source>The OS keyring could not be used for the SMTP password: {reason}</source>
        <translation>Le trousseau du système n&apos;a pas pu être utilisé pour le mot de passe SMTP&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="189"/>
        <source>Set the SMTP user first; the password is stored under that user name.</source>
        <translation>Indiquez d&apos;abord l&apos;utilisateur SMTP&#xa0;; le mot de passe est enregistré sous ce nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="190"/>
        <source>The SMTP password is empty; type it, or remove the stored one instead.</source>
        <translation>Le mot de passe SMTP est vide&#xa0;; saisissez-le, ou supprimez plutôt celui qui est enregistré.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="191"/>
        <source>Set the sender address (SMTP sender or organisation email) before sending emails.</source>
        <translation>Indiquez l&apos;adresse d&apos;expédition (expéditeur SMTP ou courriel de l&apos;organisation) avant d&apos;envoyer des courriels.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="192"/>
        <source>The sender address “{address}” is not an email address; check the SMTP sender in Settings.</source>
        <translation>L&apos;adresse d&apos;expédition «&#xa0;{address}&#xa0;» n&apos;est pas une adresse électronique&#xa0;; vérifiez l&apos;expéditeur SMTP dans les paramètres.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="193"/>
        <source>The account deletion email is never saved as a file; it is deleted with the account&apos;s data.</source>
        <translation>Le courriel de suppression du compte n&apos;est jamais enregistré dans un fichier&#xa0;; il est supprimé avec les données du compte.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="194"/>
        <source>The database URL {url} is not valid; expected e.g. sqlite:///path/file.sqlite3 or postgresql+psycopg://user@host/db.</source>
        <translation>L&apos;URL de base de données {url} n&apos;est pas valide&#xa0;; exemples attendus&#xa0;: sqlite:///chemin/fichier.sqlite3 ou postgresql+psycopg://utilisateur@hôte/base.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="195"/>
        <source>The database URL {url} names {driver}; Account Desk works with SQLite or PostgreSQL.</source>
        <translation>L&apos;URL de base de données {url} désigne {driver}&#xa0;; Account Desk fonctionne avec SQLite ou PostgreSQL.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="196"/>
        <source>The database URL {url} is not usable: {reason}.</source>
        <translation>L&apos;URL de base de données {url} est inutilisable&#xa0;: {reason}.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="197"/>
        <source>The database {url} holds tables of another program; choose an empty database for Account Desk.</source>
        <translation>La base de données {url} contient les tables d&apos;un autre programme&#xa0;; choisissez une base vide pour Account Desk.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="198"/>
        <source>The database {url} was written by a newer version of Account Desk; install the newer version to open it.</source>
        <translation>La base de données {url} a été écrite par une version plus récente d&apos;Account Desk&#xa0;; installez cette version pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="199"/>
        <source>The database {url} cannot be opened: {reason}.</source>
        <translation>La base de données {url} ne peut pas être ouverte&#xa0;: {reason}.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="200"/>
        <source>The database {url} cannot be opened: its server cannot be reached ({reason}). Check that it is running and that the network is up, then retry.</source>
        <translation>La base de données {url} ne peut pas être ouverte : son serveur est injoignable ({reason}). Vérifiez qu’il fonctionne et que le réseau est disponible, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="201"/>
        <source>The database server cannot be reached; nothing was changed. Check that it is running and that the network is up, then retry.</source>
        <translation>Le serveur de base de données est injoignable ; rien n’a été modifié. Vérifiez qu’il fonctionne et que le réseau est disponible, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="202"/>
        <source>The connection to the database server was lost during this operation; a change is saved whole or not at all. Refresh to see whether it was saved, then retry.</source>
        <translation>La connexion au serveur de base de données a été perdue pendant l’opération ; une modification est enregistrée entièrement ou pas du tout. Actualisez pour voir si elle l’a été, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="203"/>
        <source>The database server refused this to your login ({reason}); nothing was changed. Ask an administrator to grant your login the rights of its role.</source>
        <translation>Le serveur de base de données a refusé cette opération à votre identifiant ({reason}) ; rien n’a été modifié. Demandez à un administrateur d’accorder à votre identifiant les droits de son rôle.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="204"/>
        <source>The database {url} cannot be used: {reason}.</source>
        <translation>La base de données {url} est inutilisable&#xa0;: {reason}.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="205"/>
        <source>The team database is at version {current}; this app needs {needed}. Ask an administrator to open it once with this version.</source>
        <translation>La base d&apos;équipe est à la version {current}&#xa0;; cette application a besoin de la version {needed}. Demandez à un administrateur de l&apos;ouvrir une fois avec cette version.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="206"/>
        <source>The OS keyring is not available, so the database password cannot be stored or read ({reason}). Install or unlock the system&apos;s password store (Windows Credential Manager, macOS Keychain, or a Secret Service such as GNOME Keyring or KWallet) and try again.</source>
        <translation>Le trousseau du système n&apos;est pas disponible&#xa0;: le mot de passe de la base ne peut être ni enregistré ni lu ({reason}). Installez ou déverrouillez le gestionnaire de mots de passe du système (Gestionnaire d&apos;identification Windows, Trousseau macOS, ou un Secret Service comme GNOME Keyring ou KWallet) puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="207"/>
        <source>The OS keyring is not available, so the database password cannot be stored or read: the only keyring found stores passwords in a file. Install or unlock the system&apos;s password store (Windows Credential Manager, macOS Keychain, or a Secret Service such as GNOME Keyring or KWallet) and try again.</source>
        <translation>Le trousseau du système n&apos;est pas disponible&#xa0;: le mot de passe de la base ne peut être ni enregistré ni lu, le seul trousseau trouvé garde les mots de passe dans un fichier. Installez ou déverrouillez le gestionnaire de mots de passe du système (Gestionnaire d&apos;identification Windows, Trousseau macOS, ou un Secret Service comme GNOME Keyring ou KWallet) puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="208"/>
        <source>The OS keyring could not be used for the database password: {reason}</source>
        <translation>Le trousseau du système n&apos;a pas pu servir pour le mot de passe de la base&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="209"/>
        <source>The folder of the database file {path} does not exist.</source>
        <translation>Le dossier du fichier de base de données {path} n&apos;existe pas.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="210"/>
        <source>The database file {path} cannot be read: {reason}.</source>
        <translation>Le fichier de base de données {path} ne peut pas être lu&#xa0;: {reason}.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="211"/>
        <source>The file {path} is not an Account Desk database (it is not a SQLite file).</source>
        <translation>Le fichier {path} n&apos;est pas une base de données Account Desk (ce n&apos;est pas un fichier SQLite).</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="212"/>
        <source>The file {path} is not a readable Account Desk database ({reason}).</source>
        <translation>Le fichier {path} n&apos;est pas une base de données Account Desk lisible ({reason}).</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="213"/>
        <source>The file {path} is a SQLite database of another program, not an Account Desk database.</source>
        <translation>Le fichier {path} est une base SQLite d&apos;un autre programme, pas une base de données Account Desk.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="291"/>
        <source>{client} has no active subscription to cancel; the ones already cancelled keep their dates.</source>
        <translation>{client} n&apos;a aucun abonnement actif à résilier ; ceux déjà résiliés gardent leurs dates.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="292"/>
        <source>{client} already has a request for this, received on {received:date} and {status:label}; decide that one instead of recording it twice (open it from the Requests page).</source>
        <translation>{client} a déjà une demande pour cela, reçue le {received:date} et {status:label} ; traitez celle-ci au lieu de l&apos;enregistrer deux fois (ouvrez-la depuis la page Demandes).</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="293"/>
        <source>{client} has no contact: add the person who asked as a contact first, then record the request.</source>
        <translation>{client} n&apos;a aucun contact : ajoutez d&apos;abord la personne qui a fait la demande comme contact, puis enregistrez la demande.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="308"/>
        <source>{client} is a trial account: it is not paused, it is never billed and simply expires on {end:date}. Convert it to a paying account first if the client wants to keep it.</source>
        <translation>{client} est un compte d&apos;essai&#xa0;: il ne se met pas en pause, il n&apos;est jamais facturé et expire simplement le {end:date}. Convertissez-le d&apos;abord en compte payant si le client souhaite le conserver.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="309"/>
        <source>{client} is a trial account: it is not paused, it is never billed and simply expires at its trial end. Convert it to a paying account first if the client wants to keep it.</source>
        <translation>{client} est un compte d&apos;essai&#xa0;: il ne se met pas en pause, il n&apos;est jamais facturé et expire simplement à la fin de son essai. Convertissez-le d&apos;abord en compte payant si le client souhaite le conserver.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="310"/>
        <source>{client} is managed by the reseller {reseller}; a resold account cannot be paused here. Ask the client to contact {reseller}.</source>
        <translation>{client} est géré par le revendeur {reseller}&#xa0;; un compte revendu ne peut pas être mis en pause ici. Demandez au client de contacter {reseller}.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="311"/>
        <source>The requester is not a contact of {client}; {action:label} is requested by the client&apos;s account owner. Choose the account owner as the requesting contact.</source>
        <translation>Le demandeur n&apos;est pas un contact de {client}&#xa0;; {action:label} est demandée par le propriétaire du compte du client. Choisissez le propriétaire du compte comme contact demandeur.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="312"/>
        <source>{contact} is not the primary admin of {client}; only the account owner may request {action:label}. Ask the account owner to make the request.</source>
        <translation>{contact} n&apos;est pas l&apos;administrateur principal de {client}&#xa0;; seul le propriétaire du compte peut demander {action:label}. Demandez au propriétaire du compte d&apos;en faire la demande.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="313"/>
        <source>{client} has no primary admin; {action:label} is requested by the account owner. Make one contact the primary admin first.</source>
        <translation>{client} n&apos;a pas d&apos;administrateur principal&#xa0;; {action:label} est demandée par le propriétaire du compte. Désignez d&apos;abord un contact comme administrateur principal.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="314"/>
        <source>{client} was last paused on {last:date}; an account can be paused once every 12 months, so the next pause is possible from {day:date}.</source>
        <translation>{client} a été mis en pause pour la dernière fois le {last:date}&#xa0;; un compte peut être mis en pause une fois tous les 12 mois, la prochaine pause est donc possible à partir du {day:date}.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="315"/>
        <source>{client} is {status:label}; only an active account can be paused.</source>
        <translation>Le compte {client} a le statut «&#xa0;{status:label}&#xa0;»&#xa0;; seul un compte actif peut être mis en pause.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="316"/>
        <source>Give the reason the client gives for the pause; it is required.</source>
        <translation>Indiquez le motif que le client donne pour la pause&#xa0;; il est obligatoire.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="317"/>
        <source>The expected resume must be in 1, 2, 3, 6 or 12 months; {months} is not one of them.</source>
        <translation>La reprise prévue doit être dans 1, 2, 3, 6 ou 12 mois&#xa0;; {months} n&apos;en fait pas partie.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="318"/>
        <source>The reason category must be seasonal, budget, low usage, switching product or other; {category} is not one of them.</source>
        <translation>La catégorie de motif doit être saisonnier, budget, utilisation insuffisante, changement de produit ou autre&#xa0;; {category} n&apos;en fait pas partie.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="319"/>
        <source>The name typed does not match the client&apos;s name exactly; type {client} (same letters, case and spaces) to confirm the deletion.</source>
        <translation>Le nom saisi ne correspond pas exactement au nom du client&#xa0;; saisissez {client} (mêmes lettres, majuscules et espaces) pour confirmer la suppression.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="320"/>
        <source>{client} is {status:label}; only a paused or locked account can be resumed.</source>
        <translation>Le compte {client} a le statut «&#xa0;{status:label}&#xa0;»&#xa0;; seul un compte en pause ou verrouillé peut être repris.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="321"/>
        <source>Give the new card&apos;s brand, its last four digits and its expiry month (1 to 12) and year.</source>
        <translation>Indiquez la marque de la nouvelle carte, ses quatre derniers chiffres ainsi que son mois (1 à 12) et son année d&apos;expiration.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="322"/>
        <source>The card ending {last4} expired at the end of {month:month}; ask the client for a card that is still valid.</source>
        <translation>La carte se terminant par {last4} a expiré fin {month:month}&#xa0;; demandez au client une carte encore valide.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="323"/>
        <source>{client} is {status:label}; there is no running account to close.</source>
        <translation>Le compte {client} a le statut «&#xa0;{status:label}&#xa0;»&#xa0;; il n&apos;y a pas de compte en service à fermer.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="324"/>
        <source>{client} is {status:label}; resume the account before closing it, or let the pause run its course.</source>
        <translation>Le compte {client} a le statut «&#xa0;{status:label}&#xa0;»&#xa0;; reprenez le compte avant de le fermer, ou laissez la pause suivre son cours.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="325"/>
        <source>Give the reason for closing the account; it is required.</source>
        <translation>Indiquez le motif de la fermeture du compte&#xa0;; il est obligatoire.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="326"/>
        <source>The session offer must be a date (scheduled), declined or email; {value} is not one of them.</source>
        <translation>L&apos;offre d&apos;entretien doit être une date (planifié), refusé ou courriel&#xa0;; {value} n&apos;en fait pas partie.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="327"/>
        <source>The session date {day:date} is in the past; schedule it today or later.</source>
        <translation>La date d&apos;entretien {day:date} est passée&#xa0;; planifiez-le aujourd&apos;hui ou plus tard.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="328"/>
        <source>{client} is {status:label}; there is no closure in progress to revoke.</source>
        <translation>Le compte {client} a le statut «&#xa0;{status:label}&#xa0;»&#xa0;; il n&apos;y a pas de fermeture en cours à révoquer.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="329"/>
        <source>Revoking the closure of {client} would revoke its cancellations, which the policy allow_revoke_cancellation turns off. Let the subscriptions end and buy them again, or ask an administrator to turn the policy on.</source>
        <translation>Révoquer la fermeture de {client} révoquerait ses résiliations, ce que la règle allow_revoke_cancellation désactive. Laissez les abonnements prendre fin et rachetez-les, ou demandez à un administrateur d&apos;activer la règle.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="353"/>
        <source>{client} is already deactivated; its data is deleted on {day:date}. Revoke the deactivation from Pending deactivations to keep it.</source>
        <translation>{client} est déjà désactivé&#xa0;; ses données seront supprimées le {day:date}. Révoquez la désactivation depuis Désactivations en attente pour le conserver.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="354"/>
        <source>{client} still has {n} {n:plural:subscription|subscriptions} running with no end date; cancel {n:plural:it|them} first. Deactivation becomes possible the day after the last access ends.</source>
        <translation>{client} a encore {n} {n:plural:abonnement|abonnements} en cours sans date de fin&#xa0;; {n:plural:résiliez-le|résiliez-les} d&apos;abord. La désactivation devient possible le lendemain de la fin du dernier accès.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="355"/>
        <source>{client} still has access until {access_end:date}; deactivation becomes possible on {day:date}. Wait until then.</source>
        <translation>{client} a encore accès jusqu&apos;au {access_end:date}&#xa0;; la désactivation devient possible le {day:date}. Attendez jusque-là.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="356"/>
        <source>{client} has no account owner (primary admin contact); only the account owner may ask for a deactivation. Name one among the contacts first.</source>
        <translation>{client} n&apos;a pas de propriétaire du compte (contact administrateur principal)&#xa0;; seul le propriétaire du compte peut demander une désactivation. Désignez-en d&apos;abord un parmi les contacts.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="357"/>
        <source>{contact} is not the account owner of {client}; only {owner}, the account owner, may ask for a deactivation. Ask {owner} to request it.</source>
        <translation>{contact} n&apos;est pas le propriétaire du compte de {client}&#xa0;; seul {owner}, le propriétaire du compte, peut demander une désactivation. Demandez à {owner} d&apos;en faire la demande.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="358"/>
        <source>Give the reason for the deactivation.</source>
        <translation>Indiquez le motif de la désactivation.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="359"/>
        <source>The export {path} cannot be found; export the client&apos;s data again, or choose to skip the export and acknowledge it.</source>
        <translation>L&apos;exportation {path} est introuvable&#xa0;; exportez de nouveau les données du client, ou choisissez d&apos;ignorer l&apos;exportation et confirmez-le.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="360"/>
        <source>The name typed is not exactly {client}; type the client&apos;s name with the same letters, case and spaces to confirm.</source>
        <translation>Le nom saisi n&apos;est pas exactement {client}&#xa0;; saisissez le nom du client avec les mêmes lettres, majuscules et espaces pour confirmer.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="361"/>
        <source>{client} has no deactivation pending; there is nothing to revoke.</source>
        <translation>{client} n&apos;a aucune désactivation en attente&#xa0;; il n&apos;y a rien à révoquer.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="362"/>
        <source>The data of {client} is deleted on {day:date}; the deactivation can no longer be revoked.</source>
        <translation>Les données de {client} sont supprimées le {day:date}&#xa0;; la désactivation ne peut plus être révoquée.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="377"/>
        <source>The export cannot be written to {path}: the folder does not exist or is not writable. Choose another folder.</source>
        <translation>L&apos;exportation ne peut pas être écrite dans {path}&#xa0;: le dossier n&apos;existe pas ou n&apos;est pas accessible en écriture. Choisissez un autre dossier.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="378"/>
        <source>There is no {sheet} table to export. Choose one of the workbook&apos;s sheets.</source>
        <translation>Il n&apos;y a pas de table {sheet} à exporter. Choisissez l&apos;une des feuilles du classeur.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="379"/>
        <source>{file} cannot be imported: there is no such file. Choose the file again.</source>
        <translation>{file} ne peut pas être importé&#xa0;: ce fichier n&apos;existe pas. Choisissez de nouveau le fichier.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="380"/>
        <source>{file} is larger than {megabytes} MB, more than an import takes; split it into smaller files and import them one by one.</source>
        <translation>{file} dépasse {megabytes} Mo, plus qu&apos;une importation n&apos;accepte&#xa0;; divisez-le en fichiers plus petits et importez-les un par un.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="381"/>
        <source>{file} is an old Excel 97-2003 (.xls) file; open it in a spreadsheet program, save it as an Excel workbook (.xlsx) or as CSV, and import that.</source>
        <translation>{file} est un ancien fichier Excel 97-2003 (.xls)&#xa0;; ouvrez-le dans un tableur, enregistrez-le comme classeur Excel (.xlsx) ou en CSV, et importez ce fichier.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="382"/>
        <source>{file} is not an Excel workbook (.xlsx); choose an .xlsx or CSV file.</source>
        <translation>{file} n&apos;est pas un classeur Excel (.xlsx)&#xa0;; choisissez un fichier .xlsx ou CSV.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="383"/>
        <source>{file} is a damaged or incomplete workbook ({detail}); open it in a spreadsheet program, save it again, and import the new copy.</source>
        <translation>{file} est un classeur endommagé ou incomplet ({detail})&#xa0;; ouvrez-le dans un tableur, enregistrez-le de nouveau et importez la nouvelle copie.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="384"/>
        <source>{file} holds {n} parts, more than the {limit} a workbook has; it is not a workbook Account Desk can import safely. Save it again as .xlsx or CSV.</source>
        <translation>{file} contient {n} parties, plus que les {limit} d&apos;un classeur&#xa0;; ce n&apos;est pas un classeur qu&apos;Account Desk peut importer en toute sécurité. Enregistrez-le de nouveau en .xlsx ou CSV.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="385"/>
        <source>{file} would unpack to about {megabytes} MB, far more than its data can be (a compressed bomb); it was not opened. Save the data again as .xlsx or CSV.</source>
        <translation>{file} se décompresserait en environ {megabytes} Mo, bien plus que ses données ne peuvent occuper (une bombe de décompression)&#xa0;; il n&apos;a pas été ouvert. Enregistrez de nouveau les données en .xlsx ou CSV.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="386"/>
        <source>{file} declares XML entities in its part {part}, which a workbook never needs and which can make it expand without end; it was not opened. Save it again from a spreadsheet program.</source>
        <translation>{file} déclare des entités XML dans sa partie {part}, ce dont un classeur n&apos;a jamais besoin et qui peut le faire grossir sans fin&#xa0;; il n&apos;a pas été ouvert. Enregistrez-le de nouveau depuis un tableur.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="387"/>
        <source>The sheet {sheet} of {file} has more than {limit} rows, more than one import takes; split it into several files.</source>
        <translation>La feuille {sheet} de {file} a plus de {limit} lignes, plus qu&apos;une importation n&apos;accepte&#xa0;; divisez-la en plusieurs fichiers.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="388"/>
        <source>The sheet {sheet} of {file} has more than {limit} columns; delete the columns you do not import and try again.</source>
        <translation>La feuille {sheet} de {file} a plus de {limit} colonnes&#xa0;; supprimez les colonnes que vous n&apos;importez pas et réessayez.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="389"/>
        <source>Cell {cell} of the sheet {sheet} in {file} holds a formula; an import takes values only. Copy the sheet and paste it as values, then import again.</source>
        <translation>La cellule {cell} de la feuille {sheet} dans {file} contient une formule&#xa0;; une importation n&apos;accepte que des valeurs. Copiez la feuille et collez-la en valeurs, puis importez de nouveau.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="390"/>
        <source>The sheet {sheet} of {file} has merged cells ({cells}); unmerge them so that every row has its own values, then import again.</source>
        <translation>La feuille {sheet} de {file} contient des cellules fusionnées ({cells})&#xa0;; annulez la fusion pour que chaque ligne ait ses propres valeurs, puis importez de nouveau.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="391"/>
        <source>{file} has a hidden sheet, {sheet}; unhide it to check what it holds, or delete it, then import again.</source>
        <translation>{file} contient une feuille masquée, {sheet}&#xa0;; affichez-la pour vérifier son contenu, ou supprimez-la, puis importez de nouveau.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="392"/>
        <source>{file} is not readable text: line {line} is not valid {encoding}, so accents would be garbled. Save it again as CSV UTF-8 and import that.</source>
        <translation>{file} n&apos;est pas un texte lisible&#xa0;: la ligne {line} n&apos;est pas du {encoding} valide, les accents seraient donc déformés. Enregistrez-le de nouveau en CSV UTF-8 et importez ce fichier.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="393"/>
        <source>{file} is not a text (CSV) file; choose a CSV or an Excel workbook.</source>
        <translation>{file} n&apos;est pas un fichier texte (CSV)&#xa0;; choisissez un fichier CSV ou un classeur Excel.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="394"/>
        <source>{file} has no rows to import; it needs a header row and at least one row of data.</source>
        <translation>{file} ne contient aucune ligne à importer&#xa0;; il lui faut une ligne d&apos;en-tête et au moins une ligne de données.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="395"/>
        <source>{file} was not imported: it has {n} {n:plural:problem|problems} (the first: {first}). Correct them and import again; nothing was changed.</source>
        <translation>{file} n&apos;a pas été importé&#xa0;: il comporte {n} {n:plural:problème|problèmes} (le premier&#xa0;: {first}). Corrigez-{n:plural:le|les} et importez de nouveau&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="396"/>
        <source>{file} has none of the sheets an import reads ({sheets:list}); start from the template (accountdesk import --template FILE).</source>
        <translation>{file} ne contient aucune des feuilles lues par une importation ({sheets:list})&#xa0;; partez du modèle (accountdesk import --template FILE).</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="397"/>
        <source>{file} is a CSV file; the template import reads Excel workbooks. Import it as a file from another program, whose columns you map to client fields.</source>
        <translation>{file} est un fichier CSV&#xa0;; l&apos;importation par modèle lit des classeurs Excel. Importez-le comme fichier d&apos;un autre programme, dont vous associez les colonnes aux champs client.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="398"/>
        <source>No column of {file} is matched to the client name or the account number; choose which column holds them in the mapping.</source>
        <translation>Aucune colonne de {file} n&apos;est associée au nom du client ou au numéro de compte&#xa0;; choisissez dans l&apos;association la colonne qui les contient.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="411"/>
        <source>{field} cannot be changed here; the fields that can are {allowed:list}.</source>
        <translation>{field} ne peut pas être modifié ici&#xa0;; les champs modifiables sont {allowed:list}.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="412"/>
        <source>{name} is no longer an active staff user; choose another account manager.</source>
        <translation>{name} n&apos;est plus un membre actif du personnel&#xa0;; choisissez un autre responsable de compte.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="413"/>
        <source>{contact} is the account owner of {client}; to change who owns the account, make another contact the owner with Make account owner in the Contacts and seats tab.</source>
        <translation>{contact} est propriétaire du compte de {client}&#xa0;; pour changer de propriétaire, nommez un autre contact avec Nommer propriétaire du compte dans l&apos;onglet Contacts et postes.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="414"/>
        <source>To make {contact} the account owner of {client}, use Make account owner in the Contacts and seats tab: the current owner then becomes an admin.</source>
        <translation>Pour nommer {contact} propriétaire du compte de {client}, utilisez Nommer propriétaire du compte dans l&apos;onglet Contacts et postes&#xa0;: le propriétaire actuel devient alors administrateur.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="415"/>
        <source>{contact} is named by {n} {n:plural:record|records} of {client} (a cancellation request, pause, closure or deactivation), so the contact cannot be removed; edit it instead.</source>
        <translation>{contact} figure dans {n} {n:plural:enregistrement|enregistrements} de {client} (demande de résiliation, suspension, fermeture ou désactivation), le contact ne peut donc pas être retiré&#xa0;; modifiez-le plutôt.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="416"/>
        <source>This request is {status:label}; only a pending request can be withdrawn.</source>
        <translation>Cette demande est {status:label}&#xa0;; seule une demande en attente peut être retirée.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="417"/>
        <source>This request was recorded by {recorder}; only they or a manager may withdraw it.</source>
        <translation>Cette demande a été enregistrée par {recorder}&#xa0;; seule cette personne ou un gestionnaire peut la retirer.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="418"/>
        <source>This request was imported, not recorded in the window; only a manager may withdraw it.</source>
        <translation>Cette demande a été importée, non enregistrée dans la fenêtre&#xa0;; seul un gestionnaire peut la retirer.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="433"/>
        <source>You are signed in to the database as {login}, so you act as that login&apos;s own staff user, not as {user}. To act as {user}, sign in with their database login.</source>
        <translation>Vous êtes connecté à la base de données en tant que {login}&#xa0;: vous agissez donc comme le membre de l&apos;équipe de cet identifiant, pas comme {user}. Pour agir comme {user}, connectez-vous avec son propre identifiant de base de données.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="434"/>
        <source>The database login {login} has no Account Desk rights on {url}: it is not a member of an Account Desk group, or its staff user was deactivated. Ask an administrator to add you as a staff user with this database login.</source>
        <translation>L&apos;identifiant de base de données {login} n&apos;a aucun droit Account Desk sur {url}&#xa0;: il n&apos;appartient à aucun groupe Account Desk, ou son membre de l&apos;équipe a été désactivé. Demandez à un administrateur de vous ajouter à l&apos;équipe avec cet identifiant de base de données.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="435"/>
        <source>The database {url} must be created or upgraded for this version of Account Desk, and the login {login} may not change its tables. Ask the administrator who owns the database to open it first.</source>
        <translation>La base de données {url} doit être créée ou mise à jour pour cette version d&apos;Account Desk, et l&apos;identifiant {login} ne peut pas modifier ses tables. Demandez à l&apos;administrateur propriétaire de la base de l&apos;ouvrir d&apos;abord.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="436"/>
        <source>The database login {login} cannot create the Account Desk group roles ({roles}): that needs CREATEROLE. Open the database once with a login that has CREATEROLE, or ask the server&apos;s administrator to create the roles (README, Team database).</source>
        <translation>L&apos;identifiant de base de données {login} ne peut pas créer les rôles de groupe d&apos;Account Desk ({roles})&#xa0;: il faut pour cela CREATEROLE. Ouvrez la base une fois avec un identifiant qui a CREATEROLE, ou demandez à l&apos;administrateur du serveur de créer les rôles (README, Team database).</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="437"/>
        <source>The database login {signed_in} may not change the membership of {login} in {group}. Sign in with an administrator&apos;s login or one with CREATEROLE, or ask the server&apos;s administrator to run GRANT {group} TO {login}.</source>
        <translation>L&apos;identifiant de base de données {signed_in} ne peut pas changer l&apos;appartenance de {login} à {group}. Connectez-vous avec l&apos;identifiant d&apos;un administrateur ou un identifiant qui a CREATEROLE, ou demandez à l&apos;administrateur du serveur d&apos;exécuter GRANT {group} TO {login}.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="438"/>
        <source>There is no database login {login} on this server. Create it first (CREATE ROLE {login} LOGIN PASSWORD …), then add the staff user again.</source>
        <translation>Il n&apos;existe aucun identifiant de base de données {login} sur ce serveur. Créez-le d&apos;abord (CREATE ROLE {login} LOGIN PASSWORD …), puis ajoutez de nouveau le membre de l&apos;équipe.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="439"/>
        <source>The database login {login} already belongs to the staff user {name}; each person signs in with their own login.</source>
        <translation>L&apos;identifiant de base de données {login} appartient déjà au membre de l&apos;équipe {name}&#xa0;; chaque personne se connecte avec son propre identifiant.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="440"/>
        <source>{name} is the last active administrator; make another staff user an administrator first.</source>
        <translation>{name} est le dernier administrateur actif&#xa0;; nommez d&apos;abord administrateur un autre membre de l&apos;équipe.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="441"/>
        <source>The database login {signed_in} may not create the login {login}: that needs CREATEROLE. Ask the server&apos;s administrator to create it (CREATE ROLE … LOGIN PASSWORD …), then add the staff user with it.</source>
        <translation>L&apos;identifiant de base de données {signed_in} ne peut pas créer l&apos;identifiant {login}&#xa0;: il lui faut CREATEROLE. Demandez à l&apos;administrateur du serveur de le créer (CREATE ROLE … LOGIN PASSWORD …), puis ajoutez le membre de l&apos;équipe avec cet identifiant.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="442"/>
        <source>The server already has a role named {login}; choose another name, or add the staff user with that login without creating it.</source>
        <translation>Le serveur a déjà un rôle nommé {login}&#xa0;; choisissez un autre nom, ou ajoutez le membre de l&apos;équipe avec cet identifiant sans le créer.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="443"/>
        <source>Database logins exist only on a team (PostgreSQL) database.</source>
        <translation>Les identifiants de base de données n&apos;existent que sur une base d&apos;équipe (PostgreSQL).</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="451"/>
        <source>{who} changed the {record:label} “{name}” of {client} at {time} on {day:date}, after you opened it; nothing was saved. Reload to see the change, then try again.</source>
        <translation>{who} a modifié {client} ({record:label} « {name} ») à {time} le {day:date}, après que vous l&apos;avez ouvert ; rien n&apos;a été enregistré. Rechargez pour voir la modification, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="452"/>
        <source>{who} changed {client} at {time} on {day:date}, after you opened it; nothing was saved. Reload to see the change, then try again.</source>
        <translation>{who} a modifié {client} à {time} le {day:date}, après que vous l&apos;avez ouvert ; rien n&apos;a été enregistré. Rechargez pour voir la modification, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="453"/>
        <source>{client} was changed by someone else after you opened it; nothing was saved. Reload to see the change, then try again.</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié {client} après que vous l&apos;avez ouvert ; rien n&apos;a été enregistré. Rechargez pour voir la modification, puis réessayez.</translation>
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
        <location filename="../../ui/refusals.py" line="220"/>
        <source>a staff member</source>
        <translation>un membre de l&apos;équipe</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="221"/>
        <source>a manager</source>
        <translation>un gestionnaire</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="222"/>
        <source>an administrator</source>
        <translation>un administrateur</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="223"/>
        <source>the account owner</source>
        <translation>le propriétaire du compte</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="224"/>
        <source>an admin</source>
        <translation>un administrateur</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="225"/>
        <source>a user</source>
        <translation>un utilisateur</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="226"/>
        <source>client</source>
        <translation>client</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="227"/>
        <source>contact</source>
        <translation>contact</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="228"/>
        <source>subscription</source>
        <translation>abonnement</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="229"/>
        <source>invoice</source>
        <translation>facture</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="230"/>
        <source>email</source>
        <translation>courriel</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="231"/>
        <source>cancellation request</source>
        <translation>demande de résiliation</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="232"/>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="233"/>
        <source>a trial</source>
        <translation>essai</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="234"/>
        <source>paused</source>
        <translation>suspendu</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="235"/>
        <source>locked</source>
        <translation>verrouillé</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="236"/>
        <source>closing</source>
        <translation>en fermeture</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="237"/>
        <source>expired</source>
        <translation>expiré</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="238"/>
        <source>being deleted</source>
        <translation>en cours de suppression</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="239"/>
        <source>deleted</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="240"/>
        <source>cancelled</source>
        <translation>en résiliation</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="241"/>
        <source>voided</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="242"/>
        <source>open</source>
        <translation>impayée</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="243"/>
        <source>paid</source>
        <translation>payée</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="244"/>
        <source>void</source>
        <translation>annulée</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="245"/>
        <source>credited</source>
        <translation>créditée</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="246"/>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="247"/>
        <source>waiting for the client</source>
        <translation>en attente du client</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="248"/>
        <source>approved</source>
        <translation>approuvée</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="249"/>
        <source>rejected</source>
        <translation>rejetée</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="250"/>
        <source>Voiding an invoice</source>
        <translation>Annuler une facture</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="251"/>
        <source>Revoking a cancellation</source>
        <translation>Révoquer une résiliation</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="252"/>
        <source>Deciding a cancellation request</source>
        <translation>Trancher une demande de résiliation</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="253"/>
        <source>Changing settings</source>
        <translation>Modifier les paramètres</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="254"/>
        <source>Changing the SMTP password</source>
        <translation>Modifier le mot de passe SMTP</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="255"/>
        <source>Adding a staff user</source>
        <translation>Ajouter un membre de l&apos;équipe</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="256"/>
        <source>Changing a staff user</source>
        <translation>Modifier un membre de l&apos;équipe</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="257"/>
        <source>database login</source>
        <translation>identifiant de base de données</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="258"/>
        <source>database login&apos;s password</source>
        <translation>mot de passe de l&apos;identifiant de base de données</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="259"/>
        <source>staff user&apos;s name</source>
        <translation>nom du membre de l&apos;équipe</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="260"/>
        <source>staff user&apos;s email</source>
        <translation>courriel du membre de l&apos;équipe</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="261"/>
        <source>role</source>
        <translation>rôle</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="262"/>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="263"/>
        <source>client&apos;s name</source>
        <translation>nom du client</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="264"/>
        <source>kind of client</source>
        <translation>type de client</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="265"/>
        <source>client&apos;s email</source>
        <translation>courriel du client</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="266"/>
        <source>account number</source>
        <translation>numéro de compte</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="267"/>
        <source>phone</source>
        <translation>téléphone</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="268"/>
        <source>contact&apos;s name</source>
        <translation>nom du contact</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="269"/>
        <source>contact&apos;s email</source>
        <translation>courriel du contact</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="270"/>
        <source>contact role</source>
        <translation>rôle du contact</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="271"/>
        <source>card brand</source>
        <translation>marque de la carte</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="272"/>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="273"/>
        <source>plan name</source>
        <translation>nom de la formule</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="274"/>
        <source>participant</source>
        <translation>participant</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="275"/>
        <source>price</source>
        <translation>prix</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="276"/>
        <source>period</source>
        <translation>période</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="277"/>
        <source>refund</source>
        <translation>remboursement</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="278"/>
        <source>credit amount</source>
        <translation>montant de l&apos;avoir</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="279"/>
        <source>channel</source>
        <translation>canal</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="280"/>
        <source>message</source>
        <translation>message</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="281"/>
        <source>reason for rejecting</source>
        <translation>motif du rejet</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="282"/>
        <source>note saying what the client must send</source>
        <translation>note indiquant ce que le client doit envoyer</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="283"/>
        <source>organisation email</source>
        <translation>courriel de l&apos;organisation</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="299"/>
        <source>Exporting a client whose subscriptions have expired</source>
        <translation>Exporter un client dont les abonnements ont expiré</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="300"/>
        <source>staff user</source>
        <translation>membre du personnel</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="301"/>
        <source>Crediting an invoice</source>
        <translation>Créditer une facture</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="336"/>
        <source>Pausing an account</source>
        <translation>Mettre un compte en pause</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="337"/>
        <source>Pausing an account with its data deleted</source>
        <translation>Mettre un compte en pause avec suppression de ses données</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="338"/>
        <source>Resuming an account</source>
        <translation>Reprendre un compte</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="339"/>
        <source>Closing an account</source>
        <translation>Fermer un compte</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="340"/>
        <source>Scheduling deactivation when the subscriptions end</source>
        <translation>Planifier la désactivation à la fin des abonnements</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="341"/>
        <source>Revoking a closure</source>
        <translation>Révoquer une fermeture</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="342"/>
        <source>a pause</source>
        <translation>une pause</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="343"/>
        <source>resuming the account</source>
        <translation>la reprise du compte</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="344"/>
        <source>closing the account</source>
        <translation>la fermeture du compte</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="368"/>
        <source>Deactivating an account</source>
        <translation>Désactiver un compte</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="369"/>
        <source>Revoking a deactivation</source>
        <translation>Révoquer une désactivation</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="404"/>
        <source>Importing</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="404"/>
        <source>Restoring a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="424"/>
        <source>Giving a client to another account manager</source>
        <translation>Confier un client à un autre responsable de compte</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="425"/>
        <source>Removing a contact</source>
        <translation>Retirer un contact</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="426"/>
        <source>withdrawn</source>
        <translation>retirée</translation>
    </message>
</context>
<context>
    <name>RequesterPage</name>
    <message>
        <location filename="../../ui/dialogs/close_account.py" line="83"/>
        <source>Who asks to close the account?</source>
        <translation>Qui demande la fermeture du compte&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/close_account.py" line="84"/>
        <source>Only the client&apos;s primary admin, the account owner, may close the account.</source>
        <translation>Seul l&apos;administrateur principal du client, le propriétaire du compte, peut fermer le compte.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/close_account.py" line="92"/>
        <source>Requesting contact</source>
        <translation>Contact demandeur</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/close_account.py" line="93"/>
        <source>Requesting contact:</source>
        <translation>Contact demandeur&#xa0;:</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <location filename="../../ui/requests_page.py" line="80"/>
        <source>Rejected: {reason}</source>
        <translation>Rejetée&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="84"/>
        <source>Whole account</source>
        <translation>Tout le compte</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="95"/>
        <source>Age</source>
        <translation>Ancienneté</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="95"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="95"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="95"/>
        <source>Received</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="95"/>
        <source>Requested by</source>
        <translation>Demandé par</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="95"/>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="96"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="96"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="96"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="162"/>
        <source>Show requests</source>
        <translation>Demandes affichées</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="161"/>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="73"/>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="108"/>
        <source>{status} — blocked</source>
        <translation>{status} — bloquée</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="164"/>
        <source>&amp;Review…</source>
        <translation>&amp;Examiner…</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="165"/>
        <source>Record &amp;request…</source>
        <translation>Nouvelle &amp;demande…</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="166"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="167"/>
        <source>Read the requests again</source>
        <translation>Relire les demandes</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="171"/>
        <source>Cancellation requests</source>
        <translation>Demandes de résiliation</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="210"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="245"/>
        <source>1 request</source>
        <translation>1 demande</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="246"/>
        <source>{count} requests</source>
        <translation>{count} demandes</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="251"/>
        <source>The requests could not be read: {reason}</source>
        <translation>Les demandes n&apos;ont pas pu être lues&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="281"/>
        <source>Select a request to review it</source>
        <translation>Sélectionnez une demande pour l&apos;examiner</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="283"/>
        <source>This request is already decided ({status}).</source>
        <translation>Cette demande a déjà fait l&apos;objet d&apos;une décision ({status}).</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="286"/>
        <source>Approve, reject or put the selected request on hold</source>
        <translation>Approuver, rejeter ou mettre en attente la demande sélectionnée</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="288"/>
        <source>Select one of a client&apos;s requests to record a new request for that client</source>
        <translation>Sélectionnez une demande d&apos;un client pour enregistrer une nouvelle demande pour ce client</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="291"/>
        <source>Record a cancellation request a client sent</source>
        <translation>Enregistrer une demande de résiliation envoyée par un client</translation>
    </message>
</context>
<context>
    <name>ResumeAccountDialog</name>
    <message>
        <location filename="../../ui/dialogs/resume_account.py" line="48"/>
        <source>Resume account: {name}</source>
        <translation>Reprendre le compte&#xa0;: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/resume_account.py" line="57"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/resume_account.py" line="59"/>
        <source>Every paused subscription restarts today, {today}, as if bought today: each gets a purchase invoice today; anniversary plans bill on this day from now on, billing-day plans keep their billing day. Paused subscriptions: {plans}.</source>
        <translation>Chaque abonnement en pause redémarre aujourd&apos;hui, {today}, comme s&apos;il était acheté aujourd&apos;hui&#xa0;: chacun reçoit une facture d&apos;achat aujourd&apos;hui&#xa0;; les formules à date anniversaire sont désormais facturées ce jour-là, les formules à jour de facturation gardent leur jour de facturation. Abonnements en pause&#xa0;: {plans}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/resume_account.py" line="68"/>
        <source>Resume account</source>
        <translation>Reprendre le compte</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/resume_account.py" line="74"/>
        <source>New card</source>
        <translation>Nouvelle carte</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/resume_account.py" line="78"/>
        <source>Requesting contact</source>
        <translation>Contact demandeur</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/resume_account.py" line="79"/>
        <source>Requested by:</source>
        <translation>Demandée par&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/resume_account.py" line="82"/>
        <source>Card brand</source>
        <translation>Marque de la carte</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/resume_account.py" line="86"/>
        <source>Brand:</source>
        <translation>Marque&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/resume_account.py" line="89"/>
        <source>Last four digits of the card</source>
        <translation>Quatre derniers chiffres de la carte</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/resume_account.py" line="94"/>
        <source>Last four digits:</source>
        <translation>Quatre derniers chiffres&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/resume_account.py" line="98"/>
        <source>Expiry month</source>
        <translation>Mois d&apos;expiration</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/resume_account.py" line="103"/>
        <source>Expiry year</source>
        <translation>Année d&apos;expiration</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/resume_account.py" line="112"/>
        <source>Expiry (month / year):</source>
        <translation>Expiration (mois / année)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/resume_account.py" line="120"/>
        <source>This card expired at the end of {month}/{year}; ask the client for a card that is still valid.</source>
        <translation>Cette carte a expiré fin {month}/{year}&#xa0;; demandez au client une carte encore valide.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/resume_account.py" line="126"/>
        <source>The card has expired.</source>
        <translation>La carte a expiré.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/resume_account.py" line="128"/>
        <source>Give the card&apos;s brand and its last four digits.</source>
        <translation>Indiquez la marque de la carte et ses quatre derniers chiffres.</translation>
    </message>
</context>
<context>
    <name>ReviewRequest</name>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="72"/>
        <source>by email</source>
        <translation>par courriel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="73"/>
        <source>by phone</source>
        <translation>par téléphone</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="74"/>
        <source>through the client portal</source>
        <translation>via le portail client</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="75"/>
        <source>by letter</source>
        <translation>par courrier</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="76"/>
        <source>in person</source>
        <translation>en personne</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="79"/>
        <source>today</source>
        <translation>aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="81"/>
        <source>less than a business day ago</source>
        <translation>il y a moins d&apos;un jour ouvré</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="83"/>
        <source>{age} ago</source>
        <translation>il y a {age}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="84"/>
        <source>Received {date} {how}, {when}</source>
        <translation>Reçue le {date} {how}, {when}</translation>
    </message>
</context>
<context>
    <name>ReviewRequestDialog</name>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="113"/>
        <source>Review cancellation request — {client}</source>
        <translation>Examiner la demande de résiliation — {client}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="134"/>
        <location filename="../../ui/dialogs/review_request.py" line="401"/>
        <source>Approve cancellation</source>
        <translation>Approuver la résiliation</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="159"/>
        <source>someone</source>
        <translation>quelqu&apos;un</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="161"/>
        <source>Rejected by {who}: {reason}</source>
        <translation>Rejetée par {who}&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="164"/>
        <source>none, the latest invoice was the last</source>
        <translation>aucune, la dernière facture émise était la dernière</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="165"/>
        <source>Approved by {who}; final billing date: {when}.</source>
        <translation>Approuvée par {who}&#xa0;; dernière date de facturation&#xa0;: {when}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="167"/>
        <source>Waiting for the client: {note}</source>
        <translation>En attente du client&#xa0;: {note}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="169"/>
        <source>Note: {note}</source>
        <translation>Note&#xa0;: {note}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="178"/>
        <source>{name} &lt;{email}&gt;, {role} of {client}</source>
        <translation>{name} &lt;{email}&gt;, {role} de {client}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="180"/>
        <source>{name}, {role} of {client}</source>
        <translation>{name}, {role} de {client}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="185"/>
        <location filename="../../ui/dialogs/review_request.py" line="187"/>
        <location filename="../../ui/dialogs/review_request.py" line="436"/>
        <source>{name} &lt;{email}&gt;</source>
        <translation>{name} &lt;{email}&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="194"/>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="200"/>
        <source>From:</source>
        <translation>De&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="202"/>
        <source>{plan} for {participant}</source>
        <translation>{plan} pour {participant}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="205"/>
        <source>The whole account (closing it)</source>
        <translation>Tout le compte (sa fermeture)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="206"/>
        <source>Asks to cancel:</source>
        <translation>Demande la résiliation de&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="207"/>
        <source>Status:</source>
        <translation>Statut&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="210"/>
        <source>The client&apos;s message</source>
        <translation>Message du client</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="213"/>
        <source>No message was recorded.</source>
        <translation>Aucun message n&apos;a été enregistré.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="215"/>
        <source>Message:</source>
        <translation>Message&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="220"/>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="224"/>
        <source>per month</source>
        <translation>par mois</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="224"/>
        <source>per year</source>
        <translation>par an</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="225"/>
        <source>Plan:</source>
        <translation>Forfait&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="225"/>
        <source>{plan}, {price} {per} ({status})</source>
        <translation>{plan}, {price} {per} ({status})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="227"/>
        <source>Participant:</source>
        <translation>Participant&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="228"/>
        <source>Billing:</source>
        <translation>Facturation&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="233"/>
        <source>{issued} ({status})</source>
        <translation>{issued} ({status})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="236"/>
        <source>None yet</source>
        <translation>Aucune pour l&apos;instant</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="237"/>
        <source>Latest invoice:</source>
        <translation>Dernière facture&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="239"/>
        <source>None: no further invoice will be issued</source>
        <translation>Aucune&#xa0;: plus aucune facture ne sera émise</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="240"/>
        <source>Next billing date:</source>
        <translation>Prochaine date de facturation&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="245"/>
        <source>Annual, renewed each year on the purchase date</source>
        <translation>Annuel, renouvelé chaque année à la date d&apos;achat</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="247"/>
        <source>Monthly, on the day of the month it was bought</source>
        <translation>Mensuel, le même jour du mois que l&apos;achat</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="248"/>
        <source>Monthly, billing day {day}: each invoice covers the next calendar month</source>
        <translation>Mensuel, jour de facturation {day}&#xa0;: chaque facture couvre le mois civil suivant</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="252"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="256"/>
        <source>&amp;Approve the cancellation</source>
        <translation>&amp;Approuver la résiliation</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="267"/>
        <source>Approving closes the whole account: every running subscription ends at the end of the period its latest invoice paid for, the saved card is removed and the account is marked closing.</source>
        <translation>L&apos;approbation ferme tout le compte&#xa0;: chaque abonnement en cours prend fin à la fin de la période payée par sa dernière facture, la carte enregistrée est supprimée et le compte passe en fermeture.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="273"/>
        <source>Final billing date</source>
        <translation>Dernière date de facturation</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="274"/>
        <source>The last invoice issued; the subscription ends at the end of the period that invoice pays for.</source>
        <translation>La dernière facture émise&#xa0;; l&apos;abonnement prend fin à la fin de la période payée par cette facture.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="281"/>
        <source>&amp;Final billing date:</source>
        <translation>&amp;Dernière date de facturation&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="284"/>
        <source>Last invoice:</source>
        <translation>Dernière facture&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="285"/>
        <source>Access ends:</source>
        <translation>Fin d&apos;accès&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="288"/>
        <source>This subscription is {status}: it has no billing date left to end with.</source>
        <translation>Cet abonnement est {status}&#xa0;: il ne lui reste aucune date de facturation à laquelle prendre fin.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="301"/>
        <source>Re&amp;ject the request</source>
        <translation>Re&amp;jeter la demande</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="302"/>
        <source>Reason for rejecting</source>
        <translation>Motif du rejet</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="303"/>
        <source>Why the request is rejected; the client receives this (required).</source>
        <translation>Pourquoi la demande est rejetée&#xa0;; le client reçoit ce texte (obligatoire).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="305"/>
        <source>Mark as &amp;waiting for the client</source>
        <translation>&amp;Mettre en attente du client</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="307"/>
        <source>What the client must send</source>
        <translation>Ce que le client doit envoyer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="308"/>
        <source>What the client must send or confirm, e.g. proof that they may act for the account (required).</source>
        <translation>Ce que le client doit envoyer ou confirmer, p. ex. la preuve qu&apos;il peut agir pour le compte (obligatoire).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="312"/>
        <source>This request is already waiting for the client; approve or reject it once they answer.</source>
        <translation>Cette demande est déjà en attente du client&#xa0;; approuvez-la ou rejetez-la une fois qu&apos;il aura répondu.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="356"/>
        <source>None: the latest invoice is the last (access until {end})</source>
        <translation>Aucune&#xa0;: dernière facture déjà émise (accès jusqu&apos;au {end})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="357"/>
        <source>{date} (access until {end})</source>
        <translation>{date} (accès jusqu&apos;au {end})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="391"/>
        <source>{date} (end of the day)</source>
        <translation>{date} (fin de journée)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="396"/>
        <source>The latest one, issued {date}</source>
        <translation>La plus récente, émise le {date}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="398"/>
        <source>The latest one, already issued</source>
        <translation>La plus récente, déjà émise</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="401"/>
        <source>Reject request</source>
        <translation>Rejeter la demande</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="402"/>
        <source>Mark as waiting</source>
        <translation>Mettre en attente</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="416"/>
        <source>Choose an outcome: approve, reject or wait for the client.</source>
        <translation>Choisissez une issue&#xa0;: approuver, rejeter ou attendre le client.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="418"/>
        <source>Choose the final billing date.</source>
        <translation>Choisissez la dernière date de facturation.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="420"/>
        <source>Type the reason for rejecting; the client receives it.</source>
        <translation>Saisissez le motif du rejet&#xa0;; le client le recevra.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="422"/>
        <source>Type what the client must send before the request can be decided.</source>
        <translation>Saisissez ce que le client doit envoyer avant qu&apos;une décision puisse être prise.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="429"/>
        <source>No email is sent: tell the client what they must send.</source>
        <translation>Aucun courriel n&apos;est envoyé&#xa0;: indiquez au client ce qu&apos;il doit envoyer.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="432"/>
        <source>Nobody is emailed: the client has no account owner with an address and no email.</source>
        <translation>Personne ne reçoit de courriel&#xa0;: le client n&apos;a ni propriétaire de compte avec une adresse, ni courriel.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="434"/>
        <source>Emailed with the reason: the account owner, {owner}.</source>
        <translation>Courriel envoyé avec le motif au propriétaire du compte, {owner}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="439"/>
        <source>Emailed: the account owner, {owner}; a copy to the account manager, {manager}.</source>
        <translation>Courriel envoyé au propriétaire du compte, {owner}&#xa0;; copie au responsable de compte, {manager}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="441"/>
        <source>Emailed: the account owner, {owner} (the client has no account manager to copy).</source>
        <translation>Courriel envoyé au propriétaire du compte, {owner} (le client n&apos;a pas de responsable de compte à mettre en copie).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="468"/>
        <source>Request of {client} approved; the client is emailed.</source>
        <translation>Demande de {client} approuvée ; le client est prévenu par e-mail.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="469"/>
        <source>Request of {client} rejected; the client is emailed.</source>
        <translation>Demande de {client} refusée ; le client est prévenu par e-mail.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="470"/>
        <source>Request of {client} is waiting for the client.</source>
        <translation>La demande de {client} attend une réponse du client.</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <location filename="../../ui/labels.py" line="69"/>
        <source>Account owner</source>
        <translation>Propriétaire du compte</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="70"/>
        <location filename="../../ui/labels.py" line="74"/>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="71"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="72"/>
        <source>Account manager</source>
        <translation>Responsable de compte</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="73"/>
        <source>Manager</source>
        <translation>Gestionnaire</translation>
    </message>
</context>
<context>
    <name>ServerFailure</name>
    <message>
        <location filename="../../ui/server_failure.py" line="34"/>
        <source>Database server</source>
        <translation>Serveur de base de données</translation>
    </message>
</context>
<context>
    <name>SessionPage</name>
    <message>
        <location filename="../../ui/dialogs/close_account.py" line="150"/>
        <source>One-to-one session</source>
        <translation>Entretien individuel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/close_account.py" line="151"/>
        <source>Offer the client a free session with their account manager before closing.</source>
        <translation>Proposez au client un entretien gratuit avec son responsable de compte avant la fermeture.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/close_account.py" line="153"/>
        <source>Session &amp;scheduled on</source>
        <translation>Entretien &amp;planifié le</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/close_account.py" line="157"/>
        <source>Session date</source>
        <translation>Date de l&apos;entretien</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/close_account.py" line="163"/>
        <source>The client &amp;declined the session</source>
        <translation>Le client a &amp;refusé l&apos;entretien</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/close_account.py" line="165"/>
        <source>The client will &amp;email their account manager</source>
        <translation>Le client écrira par &amp;courriel à son responsable de compte</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="94"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="99"/>
        <source>Only an administrator can change the settings; you can view them here.</source>
        <translation>Seul un administrateur peut modifier les paramètres&#xa0;; vous pouvez les consulter ici.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="118"/>
        <source>&amp;General</source>
        <translation>&amp;Général</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="120"/>
        <source>S&amp;taff users</source>
        <translation>É&amp;quipe</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="126"/>
        <source>Save settings</source>
        <translation>Enregistrer les paramètres</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="140"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="142"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="142"/>
        <source>Organisation name</source>
        <translation>Nom de l&apos;organisation</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="144"/>
        <source>Receives the notifications about client requests, expiring cards and failed automatic payments.</source>
        <translation>Reçoit les notifications sur les demandes des clients, les cartes arrivant à expiration et les prélèvements automatiques échoués.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="146"/>
        <source>Main &amp;email:</source>
        <translation>&amp;Courriel principal&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="146"/>
        <source>Organisation main email</source>
        <translation>Courriel principal de l&apos;organisation</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="151"/>
        <source>Language of its e&amp;mails:</source>
        <translation>Langue de ses courri&amp;els&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="152"/>
        <source>Language of the organisation&apos;s emails</source>
        <translation>Langue des courriels de l&apos;organisation</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="154"/>
        <source>&amp;Currency:</source>
        <translation>Devise des co&amp;mptes&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="154"/>
        <source>Currency of the organisation&apos;s accounts</source>
        <translation>Devise des comptes de l&apos;organisation</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="158"/>
        <source>Policies</source>
        <translation>Règles</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="162"/>
        <source>Most active &amp;seats to cancel:</source>
        <translation>Postes actifs max. pour ré&amp;silier&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="163"/>
        <source>Most active seats to cancel</source>
        <translation>Nombre maximal de postes actifs pour résilier</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="165"/>
        <source>A client with more active paid seats cannot be cancelled, closed or deactivated until seats are reduced.</source>
        <translation>Un client qui a plus de postes payants actifs ne peut être ni résilié, ni fermé, ni désactivé tant que ses postes n&apos;ont pas été réduits.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="168"/>
        <source>Allow managers to &amp;revoke a cancellation</source>
        <translation>Autoriser les gestionnaires à &amp;révoquer une résiliation</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="170"/>
        <source>Allow managers to revoke a cancellation</source>
        <translation>Autoriser les gestionnaires à révoquer une résiliation</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="172"/>
        <source>Billing then resumes as if the subscription had never been cancelled.</source>
        <translation>La facturation reprend alors comme si l&apos;abonnement n&apos;avait jamais été résilié.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="176"/>
        <source>Client cancellation requests:</source>
        <translation>Demandes de résiliation des clients&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="179"/>
        <source>Wait for a manager&apos;s &amp;approval (default)</source>
        <translation>Attendre l&apos;&amp;approbation d&apos;un gestionnaire (par défaut)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="181"/>
        <source>Cancel &amp;immediately at the end of the paid period</source>
        <translation>Résilier &amp;immédiatement, à la fin de la période payée</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="194"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="195"/>
        <source>&amp;Purge deactivated accounts after:</source>
        <translation>&amp;Purger les comptes désactivés après&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="196"/>
        <source>Days before a deactivated account is purged</source>
        <translation>Jours avant la purge d&apos;un compte désactivé</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="198"/>
        <source>Until then a manager can revoke the deactivation.</source>
        <translation>D&apos;ici là, un gestionnaire peut révoquer la désactivation.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="202"/>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="204"/>
        <source>smtp.example.com</source>
        <translation>smtp.example.com</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="205"/>
        <source>SMTP ser&amp;ver:</source>
        <translation>Ser&amp;veur SMTP&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="205"/>
        <source>SMTP server</source>
        <translation>Serveur SMTP</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="207"/>
        <source>Without a server, emails wait in the Outbox, where they can be saved as .eml files.</source>
        <translation>Sans serveur, les courriels attendent dans la boîte d&apos;envoi, où ils peuvent être enregistrés en fichiers .eml.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="210"/>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="210"/>
        <source>SMTP port</source>
        <translation>Port SMTP</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="213"/>
        <source>None (not encrypted)</source>
        <translation>Aucune (non chiffrée)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="213"/>
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="213"/>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="216"/>
        <source>SMTP connection security</source>
        <translation>Sécurité de la connexion SMTP</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="216"/>
        <source>Sec&amp;urity:</source>
        <translation>Séc&amp;urité&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="218"/>
        <source>&amp;User:</source>
        <translation>Uti&amp;lisateur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="218"/>
        <source>SMTP user</source>
        <translation>Utilisateur SMTP</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="221"/>
        <source>Leave empty to keep the stored password</source>
        <translation>Vide&#xa0;: mot de passe actuel conservé</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="222"/>
        <source>Pass&amp;word:</source>
        <translation>Mo&amp;t de passe&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="222"/>
        <source>SMTP password</source>
        <translation>Mot de passe SMTP</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="224"/>
        <source>Stored in the operating system&apos;s keyring, never in the database or a file.</source>
        <translation>Stocké dans le trousseau du système d&apos;exploitation, jamais dans la base de données ni dans un fichier.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="226"/>
        <source>Empty: the organisation&apos;s main email</source>
        <translation>Vide&#xa0;: courriel de l&apos;organisation</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="227"/>
        <source>Sen&amp;der address:</source>
        <translation>A&amp;dresse de l&apos;expéditeur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="227"/>
        <source>Sender address</source>
        <translation>Adresse de l&apos;expéditeur</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="331"/>
        <source>Type the SMTP user as well: the password is stored under that user name. Nothing was saved.</source>
        <translation>Saisissez aussi l&apos;utilisateur SMTP&#xa0;: le mot de passe est stocké sous ce nom d&apos;utilisateur. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="349"/>
        <source>Storing the SMTP password in the OS keyring…</source>
        <translation>Enregistrement du mot de passe SMTP dans le trousseau du système…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="369"/>
        <source>The other settings were saved, but the SMTP password was not stored. {reason}</source>
        <translation>Les autres paramètres ont été enregistrés, mais pas le mot de passe SMTP. {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="371"/>
        <source>The SMTP password was not stored. {reason}</source>
        <translation>Le mot de passe SMTP n&apos;a pas été enregistré. {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_fields.py" line="100"/>
        <source>{code} ({symbol})</source>
        <comment>a currency: its code and symbol</comment>
        <translation>{code} ({symbol})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_fields.py" line="104"/>
        <source>Every amount in the window is written with this currency.</source>
        <translation>Tous les montants de la fenêtre sont écrits dans cette devise.</translation>
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
        <location filename="../../ui/pages.py" line="72"/>
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
    <name>StaffSection</name>
    <message>
        <location filename="../../ui/dialogs/staff_section.py" line="69"/>
        <source>&amp;Add staff user…</source>
        <translation>&amp;Ajouter un membre…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_section.py" line="70"/>
        <source>Change &amp;role…</source>
        <translation>Changer le &amp;rôle…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_section.py" line="71"/>
        <source>&amp;Deactivate…</source>
        <translation>&amp;Désactiver…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_section.py" line="87"/>
        <source>Changes here are made at once, each on its own; Save settings is not needed.</source>
        <translation>Les changements faits ici s&apos;appliquent aussitôt, un par un&#xa0;; inutile d&apos;enregistrer les paramètres.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_section.py" line="89"/>
        <source>Each person signs in with their own database login, which the server makes a member of their role&apos;s group.</source>
        <translation>Chaque personne se connecte avec son propre identifiant de base de données, que le serveur rend membre du groupe de son rôle.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_section.py" line="91"/>
        <source>On this file nobody signs in: a script or the command line chooses the staff user who acts with user= or --user (README, Scripting).</source>
        <translation>Sur ce fichier, personne ne se connecte&#xa0;: un script ou la ligne de commande choisit le membre de l&apos;équipe qui agit avec user= ou --user (README, Scripting).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_section.py" line="95"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_section.py" line="95"/>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_section.py" line="95"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_section.py" line="97"/>
        <source>Database login</source>
        <translation>Identifiant de base de données</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_section.py" line="98"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_section.py" line="101"/>
        <source>Staff users</source>
        <translation>Membres de l&apos;équipe</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_section.py" line="133"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_section.py" line="133"/>
        <source>Deactivated</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_section.py" line="171"/>
        <source>Select an active staff user first.</source>
        <translation>Sélectionnez d&apos;abord un membre actif de l&apos;équipe.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_section.py" line="179"/>
        <source>{name} was added.</source>
        <translation>{name} a été ajouté(e).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_section.py" line="188"/>
        <source>{name} is now {role}.</source>
        <translation>{name} est maintenant&#xa0;: {role}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_section.py" line="207"/>
        <source>Deactivate {name}? They can no longer use Account Desk; their past work keeps their name.</source>
        <translation>Désactiver {name}&#xa0;? Cette personne ne pourra plus utiliser Account Desk&#xa0;; son travail passé garde son nom.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_section.py" line="210"/>
        <source>Their database login {login} loses its Account Desk rights.</source>
        <translation>Son identifiant de base de données {login} perd ses droits sur Account Desk.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_section.py" line="212"/>
        <source>Deactivate staff user</source>
        <translation>Désactiver un membre de l&apos;équipe</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_section.py" line="216"/>
        <source>{name} was deactivated.</source>
        <translation>{name} a été désactivé(e).</translation>
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
        <source>Withdrawn</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="40"/>
        <source>Queued</source>
        <translation>En file d&apos;attente</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="41"/>
        <source>Sending</source>
        <translation>Envoi en cours</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="42"/>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="43"/>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../ui/dialogs/close_account.py" line="253"/>
        <source>What happens and when</source>
        <translation>Ce qui se passe et quand</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/close_account.py" line="254"/>
        <source>Check the dates with the client before closing.</source>
        <translation>Vérifiez les dates avec le client avant la fermeture.</translation>
    </message>
</context>
<context>
    <name>TypedNameConfirmation</name>
    <message>
        <location filename="../../ui/dialogs/typed_name.py" line="40"/>
        <source>To confirm, type the client&apos;s name exactly as shown: {name}</source>
        <translation>Pour confirmer, saisissez le nom du client exactement comme affiché : {name}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/typed_name.py" line="45"/>
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
        <location filename="../../ui/dialogs/void_invoice.py" line="74"/>
        <source>&amp;Keep invoice</source>
        <translation>&amp;Garder la facture</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/void_invoice.py" line="84"/>
        <source>Latest invoice</source>
        <translation>Dernière facture</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/void_invoice.py" line="87"/>
        <source>Client:</source>
        <translation>Client :</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/void_invoice.py" line="87"/>
        <source>{client} ({account})</source>
        <translation>{client} ({account})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/void_invoice.py" line="89"/>
        <source>Subscription:</source>
        <translation>Abonnement&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/void_invoice.py" line="90"/>
        <source>{plan} for {participant}</source>
        <translation>{plan} pour {participant}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/void_invoice.py" line="95"/>
        <source>Issued:</source>
        <translation>Émise le&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/void_invoice.py" line="96"/>
        <source>Period:</source>
        <translation>Période&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/void_invoice.py" line="96"/>
        <source>{start} to {end}</source>
        <translation>du {start} au {end}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/void_invoice.py" line="98"/>
        <source>Amount:</source>
        <translation>Montant&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/void_invoice.py" line="99"/>
        <source>Paid:</source>
        <translation>Payé&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/void_invoice.py" line="107"/>
        <source>Voiding credits the whole invoice ({amount}), removes {plan} from the client&apos;s purchases (its invoices stay under billing) and ends access now, today {today}. It cannot be undone.</source>
        <translation>L&apos;annulation crédite toute la facture ({amount}), retire {plan} des achats du client (ses factures restent dans la facturation) et met fin à l&apos;accès dès maintenant, aujourd&apos;hui {today}. Cette opération est irréversible.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/void_invoice.py" line="117"/>
        <source>Also record a &amp;refund of</source>
        <translation>Enregistrer aussi un &amp;remboursement de</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/void_invoice.py" line="119"/>
        <source>Record a refund</source>
        <translation>Enregistrer un remboursement</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/void_invoice.py" line="122"/>
        <source>Refund amount</source>
        <translation>Montant du remboursement</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/void_invoice.py" line="131"/>
        <source>at most {paid}, what was paid</source>
        <translation>au plus {paid}, le montant payé</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/void_invoice.py" line="134"/>
        <source>Nothing was paid on this invoice, so there is nothing to refund.</source>
        <translation>Rien n&apos;a été payé sur cette facture&#xa0;; il n&apos;y a donc rien à rembourser.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/void_invoice.py" line="156"/>
        <source>{plan} for {client}: latest invoice voided and credited; access ended today.</source>
        <translation>{plan} pour {client} : dernière facture annulée et créditée ; l&apos;accès a pris fin aujourd&apos;hui.</translation>
    </message>
</context>
<context>
    <name>WayOut</name>
    <message>
        <location filename="../../ui/account_actions.py" line="309"/>
        <location filename="../../ui/way_out.py" line="187"/>
        <source>Open &amp;where a refusal is resolved</source>
        <translation>Ouvrir là &amp;où un refus se résout</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/base.py" line="103"/>
        <source>Closes this window without changing anything and shows the client&apos;s record where the refusal is resolved</source>
        <translation>Ferme cette fenêtre sans rien modifier et affiche la fiche du client là où le refus se résout</translation>
    </message>
    <message>
        <location filename="../../ui/way_out.py" line="63"/>
        <source>Open the Contacts and seats tab</source>
        <translation>Ouvrir l&apos;onglet Contacts et postes</translation>
    </message>
    <message>
        <location filename="../../ui/way_out.py" line="67"/>
        <source>Open the Billing tab</source>
        <translation>Ouvrir l&apos;onglet Factures</translation>
    </message>
    <message>
        <location filename="../../ui/way_out.py" line="188"/>
        <source>Nothing refused on this client is resolved in another tab.</source>
        <translation>Aucun refus sur ce client ne se résout dans un autre onglet.</translation>
    </message>
</context>
<context>
    <name>run_gui</name>
    <message>
        <location filename="../../ui/app.py" line="260"/>
        <source>Account Desk</source>
        <translation>Account Desk</translation>
    </message>
</context>
</TS>
