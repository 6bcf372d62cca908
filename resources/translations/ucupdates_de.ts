<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en_US">
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/settings.py" line="210"/>
        <location filename="../../app/ui/dialogs/settings.py" line="236"/>
        <source>Add account</source>
        <translation>Konto hinzufügen</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings.py" line="210"/>
        <source>Reset password</source>
        <translation>Kennwort zurücksetzen</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings.py" line="214"/>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings.py" line="216"/>
        <source>Password</source>
        <translation>Kennwort</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings.py" line="218"/>
        <source>Password again</source>
        <translation>Kennwort bestätigen</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings.py" line="219"/>
        <source>User name:</source>
        <translation>Benutzername:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings.py" line="220"/>
        <source>Password:</source>
        <translation>Kennwort:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings.py" line="221"/>
        <source>Password again:</source>
        <translation>Kennwort bestätigen:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings.py" line="231"/>
        <source>At least 8 characters</source>
        <translation>Mindestens 8 Zeichen</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings.py" line="236"/>
        <source>Set password</source>
        <translation>Kennwort festlegen</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings.py" line="237"/>
        <source>Store the account with this password; it can sign in from outside at once</source>
        <translation>Das Konto mit diesem Kennwort speichern; es kann sich sofort von extern anmelden</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings.py" line="242"/>
        <source>Close without changing any account</source>
        <translation>Schließen, ohne ein Konto zu ändern</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings.py" line="243"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings.py" line="252"/>
        <source>The two passwords differ; type the same one twice.</source>
        <translation>Die beiden Kennwörter stimmen nicht überein; geben Sie zweimal dasselbe ein.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings.py" line="260"/>
        <source>Account exists</source>
        <translation>Konto bereits vorhanden</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings.py" line="261"/>
        <source>An account named {0} already exists. Give it this new password?</source>
        <translation>Ein Konto mit dem Namen {0} ist bereits vorhanden. Soll es dieses neue Kennwort erhalten?</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings.py" line="263"/>
        <source>Set the new password</source>
        <translation>Neues Kennwort setzen</translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <location filename="../../app/ui/dialogs/settings.py" line="283"/>
        <source>Accounts for phones and users outside, through the reverse proxy. Changes here take effect at once.</source>
        <translation>Konten für externe Telefone und Benutzer, die über den Reverseproxy zugreifen. Änderungen werden sofort wirksam.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings.py" line="294"/>
        <source>User accounts</source>
        <translation>Benutzerkonten</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings.py" line="296"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings.py" line="296"/>
        <source>Password last set</source>
        <translation>Kennwort zuletzt festgelegt</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings.py" line="296"/>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings.py" line="308"/>
        <source>Add an account with a password</source>
        <translation>Ein Konto mit Kennwort hinzufügen</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings.py" line="308"/>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings.py" line="310"/>
        <source>Reset password…</source>
        <translation>Kennwort zurücksetzen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings.py" line="311"/>
        <source>Give the selected account a new password</source>
        <translation>Dem ausgewählten Konto ein neues Kennwort zuweisen</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings.py" line="313"/>
        <source>Delete the selected account</source>
        <translation>Das ausgewählte Konto löschen</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings.py" line="313"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings.py" line="369"/>
        <source>Remove account</source>
        <translation>Konto entfernen</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings.py" line="370"/>
        <source>Remove the account {0}? It can no longer sign in from outside.</source>
        <translation>Das Konto {0} entfernen? Es kann sich dann nicht mehr von extern anmelden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings.py" line="371"/>
        <source>Remove {0}</source>
        <translation>{0} entfernen</translation>
    </message>
</context>
<context>
    <name>AddPhonesDialog</name>
    <message>
        <location filename="../../app/ui/simulator/dialogs.py" line="43"/>
        <source>Add simulated phones</source>
        <translation>Simulierte Telefone hinzufügen</translation>
    </message>
    <message>
        <location filename="../../app/ui/simulator/dialogs.py" line="46"/>
        <source>How many phones to add</source>
        <translation>Wie viele Telefone hinzugefügt werden</translation>
    </message>
    <message>
        <location filename="../../app/ui/simulator/dialogs.py" line="48"/>
        <source>Every kind in turn</source>
        <translation>Alle Gerätearten abwechselnd</translation>
    </message>
    <message>
        <location filename="../../app/ui/simulator/dialogs.py" line="51"/>
        <source>The phones&apos; device kind (from the update rules)</source>
        <translation>Die Geräteart der Telefone (aus den Updateregeln)</translation>
    </message>
    <message>
        <location filename="../../app/ui/simulator/dialogs.py" line="53"/>
        <source>Inside the firewall (internal)</source>
        <translation>Innerhalb der Firewall (intern)</translation>
    </message>
    <message>
        <location filename="../../app/ui/simulator/dialogs.py" line="54"/>
        <source>Outside the firewall (external)</source>
        <translation>Außerhalb der Firewall (extern)</translation>
    </message>
    <message>
        <location filename="../../app/ui/simulator/dialogs.py" line="55"/>
        <source>Where the phones are: outside, they need a signed-in user to download</source>
        <translation>Wo die Telefone stehen: außerhalb brauchen sie zum Herunterladen einen angemeldeten Benutzer</translation>
    </message>
    <message>
        <location filename="../../app/ui/simulator/dialogs.py" line="58"/>
        <source>The version the new phones run</source>
        <translation>Die Version, mit der die neuen Telefone laufen</translation>
    </message>
    <message>
        <location filename="../../app/ui/simulator/dialogs.py" line="59"/>
        <source>&amp;Number of phones:</source>
        <translation>&amp;Anzahl Telefone:</translation>
    </message>
    <message>
        <location filename="../../app/ui/simulator/dialogs.py" line="60"/>
        <source>Device &amp;kind:</source>
        <translation>&amp;Geräteart:</translation>
    </message>
    <message>
        <location filename="../../app/ui/simulator/dialogs.py" line="61"/>
        <source>&amp;Network:</source>
        <translation>&amp;Netzwerk:</translation>
    </message>
    <message>
        <location filename="../../app/ui/simulator/dialogs.py" line="62"/>
        <source>&amp;Version they run:</source>
        <translation>Laufende &amp;Version:</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../../app/ui/models.py" line="353"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../app/ui/models.py" line="353"/>
        <source>Device kind</source>
        <translation>Geräteart</translation>
    </message>
    <message>
        <location filename="../../app/ui/models.py" line="353"/>
        <source>MAC</source>
        <translation>MAC</translation>
    </message>
    <message>
        <location filename="../../app/ui/models.py" line="353"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../../app/ui/models.py" line="354"/>
        <source>Request</source>
        <translation>Anforderung</translation>
    </message>
    <message>
        <location filename="../../app/ui/models.py" line="354"/>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location filename="../../app/ui/models.py" line="354"/>
        <source>Serial</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <location filename="../../app/ui/models.py" line="354"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../../app/ui/models.py" line="355"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../../app/ui/models.py" line="375"/>
        <source>offered</source>
        <translation>angeboten</translation>
    </message>
    <message>
        <location filename="../../app/ui/models.py" line="377"/>
        <source>no update</source>
        <translation>kein Update</translation>
    </message>
    <message>
        <location filename="../../app/ui/models.py" line="378"/>
        <source>refused: {reason}</source>
        <translation>abgelehnt: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/models.py" line="388"/>
        <source>The server refused this request: {reason}</source>
        <translation>Der Server hat diese Anforderung abgelehnt: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/models.py" line="438"/>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../app/ui/commands.py" line="31"/>
        <source>Approve</source>
        <translation>Genehmigen</translation>
    </message>
    <message>
        <location filename="../../app/ui/commands.py" line="31"/>
        <source>Cancel pending</source>
        <translation>Ausstehendes abbrechen</translation>
    </message>
    <message>
        <location filename="../../app/ui/commands.py" line="32"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../app/ui/commands.py" line="32"/>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../app/ui/commands.py" line="38"/>
        <source>Every matching phone will be offered the pending version at its next check.</source>
        <translation>Jedem passenden Telefon wird bei seiner nächsten Updateprüfung die ausstehende Version angeboten.</translation>
    </message>
    <message>
        <location filename="../../app/ui/commands.py" line="40"/>
        <source>The pending version is withdrawn; test devices go back to the approved one.</source>
        <translation>Die ausstehende Version wird zurückgezogen; Testgeräte erhalten wieder die genehmigte Version.</translation>
    </message>
    <message>
        <location filename="../../app/ui/commands.py" line="42"/>
        <source>Each rule goes back to the version approved before its current one; phones are offered it at their next check.</source>
        <translation>Jede Regel kehrt zu der Version zurück, die vor der aktuellen genehmigt war; sie wird den Telefonen bei ihrer nächsten Updateprüfung angeboten.</translation>
    </message>
    <message>
        <location filename="../../app/ui/commands.py" line="44"/>
        <source>The rules are deleted; their phones get no updates until a package is imported again.</source>
        <translation>Die Regeln werden gelöscht; die betroffenen Telefone erhalten keine Updates, bis erneut ein Paket importiert wird.</translation>
    </message>
    <message>
        <location filename="../../app/ui/commands.py" line="51"/>
        <source>approved</source>
        <translation>genehmigt</translation>
    </message>
    <message>
        <location filename="../../app/ui/commands.py" line="52"/>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <location filename="../../app/ui/commands.py" line="52"/>
        <source>restore</source>
        <translation>Wiederherstellung</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/commands.py" line="88"/>
        <location filename="../../app/ui/commands.py" line="209"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weitere</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/commands.py" line="110"/>
        <source>Select one or more rules first.</source>
        <translation>Wählen Sie zuerst eine oder mehrere Regeln aus.</translation>
    </message>
    <message>
        <location filename="../../app/ui/commands.py" line="134"/>
        <source>Keep them</source>
        <translation>Beibehalten</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/commands.py" line="139"/>
        <source>Approve %n rule(s)</source>
        <translation>
            <numerusform>%n Regel genehmigen</numerusform>
            <numerusform>%n Regeln genehmigen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/commands.py" line="139"/>
        <source>Approve %n rule(s)?</source>
        <translation>
            <numerusform>%n Regel genehmigen?</numerusform>
            <numerusform>%n Regeln genehmigen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/commands.py" line="141"/>
        <source>Cancel the pending version of %n rule(s)?</source>
        <translation>
            <numerusform>Die ausstehende Version von %n Regel abbrechen?</numerusform>
            <numerusform>Die ausstehenden Versionen von %n Regeln abbrechen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/commands.py" line="142"/>
        <source>Cancel %n pending version(s)</source>
        <translation>
            <numerusform>%n ausstehende Version abbrechen</numerusform>
            <numerusform>%n ausstehende Versionen abbrechen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/commands.py" line="144"/>
        <source>Restore %n rule(s)</source>
        <translation>
            <numerusform>%n Regel wiederherstellen</numerusform>
            <numerusform>%n Regeln wiederherstellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/commands.py" line="144"/>
        <source>Restore %n rule(s)?</source>
        <translation>
            <numerusform>%n Regel wiederherstellen?</numerusform>
            <numerusform>%n Regeln wiederherstellen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/commands.py" line="145"/>
        <source>Remove %n rule(s)</source>
        <translation>
            <numerusform>%n Regel entfernen</numerusform>
            <numerusform>%n Regeln entfernen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/commands.py" line="145"/>
        <source>Remove %n rule(s)?</source>
        <translation>
            <numerusform>%n Regel entfernen?</numerusform>
            <numerusform>%n Regeln entfernen?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/commands.py" line="150"/>
        <source>{rule} has no previous version: it will have no approved version, and its phones keep what they run.</source>
        <translation>{rule} hat keine vorherige Version: Die Regel hat danach keine genehmigte Version, und ihre Telefone behalten, was sie ausführen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/commands.py" line="153"/>
        <source>{rule} has no approved version; it stays as it is.</source>
        <translation>{rule} hat keine genehmigte Version; die Regel bleibt unverändert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/commands.py" line="155"/>
        <source>{rule} goes back to {version}.</source>
        <translation>{rule} kehrt zu {version} zurück.</translation>
    </message>
    <message>
        <location filename="../../app/ui/commands.py" line="173"/>
        <source>No previous version</source>
        <translation>Keine vorherige Version</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/commands.py" line="174"/>
        <source>Leave %n rule(s) with no approved version?</source>
        <translation>
            <numerusform>%n Regel ohne genehmigte Version lassen?</numerusform>
            <numerusform>%n Regeln ohne genehmigte Version lassen?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/commands.py" line="175"/>
        <source>Until you approve a version again, these phones are offered no update.</source>
        <translation>Bis Sie wieder eine Version genehmigen, wird diesen Telefonen kein Update angeboten.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/commands.py" line="177"/>
        <source>Leave %n rule(s) without approved version</source>
        <translation>
            <numerusform>%n Regel ohne genehmigte Version lassen</numerusform>
            <numerusform>%n Regeln ohne genehmigte Version lassen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/commands.py" line="178"/>
        <source>Keep them as they are</source>
        <translation>Unverändert lassen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/commands.py" line="181"/>
        <source>Done for %n rule(s).</source>
        <translation>
            <numerusform>Für %n Regel ausgeführt.</numerusform>
            <numerusform>Für %n Regeln ausgeführt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/commands.py" line="186"/>
        <source>no such rule (removed meanwhile?)</source>
        <translation>Regel nicht gefunden (inzwischen entfernt?)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/commands.py" line="188"/>
        <source>Refused for %n rule(s); they were left as they were.</source>
        <translation>
            <numerusform>Für %n Regel abgelehnt; sie bleibt unverändert.</numerusform>
            <numerusform>Für %n Regeln abgelehnt; sie bleiben unverändert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/commands.py" line="201"/>
        <source>Remove devices</source>
        <translation>Geräte entfernen</translation>
    </message>
    <message>
        <location filename="../../app/ui/commands.py" line="204"/>
        <source>Select one or more devices first.</source>
        <translation>Wählen Sie zuerst ein oder mehrere Geräte aus.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/commands.py" line="211"/>
        <source>Remove %n device(s) from the inventory?</source>
        <translation>
            <numerusform>%n Gerät aus der Geräteliste entfernen?</numerusform>
            <numerusform>%n Geräte aus der Geräteliste entfernen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/commands.py" line="213"/>
        <source>Remove %n device(s)</source>
        <translation>
            <numerusform>%n Gerät entfernen</numerusform>
            <numerusform>%n Geräte entfernen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/commands.py" line="221"/>
        <source>Remove devices not seen</source>
        <translation>Länger nicht gesehene Geräte entfernen</translation>
    </message>
    <message>
        <location filename="../../app/ui/commands.py" line="224"/>
        <source>Remove devices that have not checked for updates for (days):</source>
        <translation>Geräte entfernen, die so viele Tage nicht nach Updates gesucht haben:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/commands.py" line="228"/>
        <source>Remove every device not seen for %n day(s)?</source>
        <translation>
            <numerusform>Alle Geräte entfernen, die seit %n Tag nicht gesehen wurden?</numerusform>
            <numerusform>Alle Geräte entfernen, die seit %n Tagen nicht gesehen wurden?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/commands.py" line="230"/>
        <source>Remove devices not seen for %n day(s)</source>
        <translation>
            <numerusform>Geräte entfernen, die seit %n Tag nicht gesehen wurden</numerusform>
            <numerusform>Geräte entfernen, die seit %n Tagen nicht gesehen wurden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/commands.py" line="236"/>
        <source>Only the console forgets them: nothing changes on the phones, and a phone that checks for updates again is listed again.</source>
        <translation>Nur die Konsole vergisst sie: An den Telefonen ändert sich nichts, und ein Telefon, das wieder nach Updates sucht, wird wieder aufgeführt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/commands.py" line="241"/>
        <source>Removed %n device(s) from the inventory.</source>
        <translation>
            <numerusform>%n Gerät aus der Geräteliste entfernt.</numerusform>
            <numerusform>%n Geräte aus der Geräteliste entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/commands.py" line="247"/>
        <source>Clear update files</source>
        <translation>Updatedateien löschen</translation>
    </message>
    <message>
        <location filename="../../app/ui/commands.py" line="249"/>
        <source>Delete every stored update file that no rule uses?</source>
        <translation>Alle gespeicherten Updatedateien löschen, die von keiner Regel verwendet werden?</translation>
    </message>
    <message>
        <location filename="../../app/ui/commands.py" line="250"/>
        <source>Files of approved, pending and restore versions are kept.</source>
        <translation>Dateien genehmigter, ausstehender und wiederherstellbarer Versionen bleiben erhalten.</translation>
    </message>
    <message>
        <location filename="../../app/ui/commands.py" line="251"/>
        <source>Delete unused files</source>
        <translation>Nicht verwendete Dateien löschen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/commands.py" line="257"/>
        <source>Deleted %n unused version(s), {mb:.1f} MB freed.</source>
        <translation>
            <numerusform>%n nicht verwendete Version gelöscht, {mb:.1f} MB freigegeben.</numerusform>
            <numerusform>%n nicht verwendete Versionen gelöscht, {mb:.1f} MB freigegeben.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/commands.py" line="263"/>
        <source>Clear logs</source>
        <translation>Protokolle löschen</translation>
    </message>
    <message>
        <location filename="../../app/ui/commands.py" line="265"/>
        <source>Delete device logs and audit files older than (days):</source>
        <translation>Geräteprotokolle und Überwachungsdateien löschen, die älter sind als (Tage):</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/commands.py" line="274"/>
        <source>Deleted %n log file(s) older than {days}.</source>
        <translation>
            <numerusform>%n Protokolldatei gelöscht, die älter als {days} war.</numerusform>
            <numerusform>%n Protokolldateien gelöscht, die älter als {days} waren.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/commands.py" line="276"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <location filename="../../app/ui/demo.py" line="77"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../app/ui/demo.py" line="78"/>
        <source>Start the demo again in {language}?</source>
        <translation>Die Demo auf {language} neu starten?</translation>
    </message>
    <message>
        <location filename="../../app/ui/demo.py" line="79"/>
        <source>The demo starts over: its data, phones and changes are thrown away.</source>
        <translation>Die Demo beginnt von vorn: Daten, Telefone und Änderungen der Demo werden verworfen.</translation>
    </message>
</context>
<context>
    <name>DeviceLogsModel</name>
    <message>
        <location filename="../../app/ui/models.py" line="448"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../../app/ui/models.py" line="448"/>
        <source>Log type</source>
        <translation>Protokolltyp</translation>
    </message>
    <message>
        <location filename="../../app/ui/models.py" line="448"/>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location filename="../../app/ui/models.py" line="448"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
</context>
<context>
    <name>DeviceQueryDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/query.py" line="46"/>
        <source>What would this device get?</source>
        <translation>Was würde dieses Gerät erhalten?</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/query.py" line="49"/>
        <source>Asks the same question the server answers when a phone checks for updates. Nothing is changed.</source>
        <translation>Stellt dieselbe Frage, die der Server beantwortet, wenn ein Telefon nach Updates sucht. Es wird nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/query.py" line="67"/>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/query.py" line="71"/>
        <source>Device kind with a rule</source>
        <translation>Geräteart mit Regel</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/query.py" line="72"/>
        <source>Fill in the fields below from a kind that has a rule</source>
        <translation>Die Felder unten mit einer Geräteart ausfüllen, für die eine Regel besteht</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/query.py" line="73"/>
        <source>Choose a kind that has a rule…</source>
        <translation>Geräteart mit Regel auswählen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/query.py" line="77"/>
        <source>Known kind:</source>
        <translation>Bekannte Geräteart:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/query.py" line="86"/>
        <source>MAC address</source>
        <translation>MAC-Adresse</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/query.py" line="87"/>
        <source>optional, e.g. 00-04-F2-12-34-56</source>
        <translation>optional, z. B. 00-04-F2-12-34-56</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/query.py" line="88"/>
        <source>Serial number</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/query.py" line="89"/>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/query.py" line="90"/>
        <source>MAC address:</source>
        <translation>MAC-Adresse:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/query.py" line="91"/>
        <source>Serial number:</source>
        <translation>Seriennummer:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/query.py" line="95"/>
        <source>What it runs</source>
        <translation>Installierte Version</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/query.py" line="98"/>
        <source>Update type</source>
        <translation>Updatetyp</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/query.py" line="100"/>
        <source>Current version</source>
        <translation>Aktuelle Version</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/query.py" line="101"/>
        <source>e.g. 4.0.7577.4366</source>
        <translation>z. B. 4.0.7577.4366</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/query.py" line="102"/>
        <source>Update type:</source>
        <translation>Updatetyp:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/query.py" line="103"/>
        <source>Current version:</source>
        <translation>Aktuelle Version:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/query.py" line="107"/>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/query.py" line="109"/>
        <location filename="../../app/ui/dialogs/query.py" line="174"/>
        <source>Press Check to ask.</source>
        <translation>Klicken Sie auf „Prüfen“, um die Abfrage zu starten.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/query.py" line="116"/>
        <source>Offer:</source>
        <translation>Angebot:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/query.py" line="117"/>
        <source>Why:</source>
        <translation>Begründung:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/query.py" line="122"/>
        <source>Ask what the server would offer this device</source>
        <translation>Abfragen, was der Server diesem Gerät anbieten würde</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/query.py" line="122"/>
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/query.py" line="131"/>
        <source>Close this dialog</source>
        <translation>Dieses Dialogfeld schließen</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/query.py" line="132"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/query.py" line="139"/>
        <source>Device type</source>
        <translation>Gerätetyp</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/query.py" line="139"/>
        <source>Device type:</source>
        <translation>Gerätetyp:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/query.py" line="140"/>
        <source>Brand</source>
        <translation>Marke</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/query.py" line="140"/>
        <source>Brand:</source>
        <translation>Marke:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/query.py" line="141"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/query.py" line="141"/>
        <source>Model:</source>
        <translation>Modell:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/query.py" line="142"/>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/query.py" line="142"/>
        <source>Revision:</source>
        <translation>Revision:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/query.py" line="143"/>
        <source>Locale</source>
        <translation>Gebietsschema</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/query.py" line="143"/>
        <source>Locale:</source>
        <translation>Gebietsschema:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/query.py" line="217"/>
        <source>Enter the version the device runs now, e.g. 4.0.7577.4366.</source>
        <translation>Geben Sie die Version ein, die derzeit auf dem Gerät ausgeführt wird, z. B. 4.0.7577.4366.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/query.py" line="228"/>
        <source>No answer: correct the input above.</source>
        <translation>Keine Antwort: Korrigieren Sie die Eingabe oben.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/query.py" line="233"/>
        <source>approved</source>
        <translation>genehmigt</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/query.py" line="234"/>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/query.py" line="235"/>
        <source>Version {0} ({1}) for {2}</source>
        <translation>Version {0} ({1}) für {2}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/query.py" line="238"/>
        <source>No update for {0}: the device keeps {1}.</source>
        <translation>Kein Update für {0}: Das Gerät behält {1}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/query.py" line="244"/>
        <source>This is a test device and a pending version exists: test devices get the pending version.</source>
        <translation>Dies ist ein Testgerät, und es gibt eine ausstehende Version: Testgeräte erhalten die ausstehende Version.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/query.py" line="247"/>
        <source>The approved version is offered.</source>
        <translation>Die genehmigte Version wird angeboten.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/query.py" line="248"/>
        <source>The approved version is older than the one the device runs: it is offered so the device rolls back (after a Restore).</source>
        <translation>Die genehmigte Version ist älter als die auf dem Gerät ausgeführte: Sie wird angeboten, damit das Gerät auf sie zurückgesetzt wird (nach einer Wiederherstellung).</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/query.py" line="251"/>
        <source>The device already runs the version it would be offered.</source>
        <translation>Auf dem Gerät wird bereits die Version ausgeführt, die ihm angeboten würde.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/query.py" line="253"/>
        <source>No version is approved for this kind yet; a pending version reaches test devices only.</source>
        <translation>Für diese Geräteart ist noch keine Version genehmigt; eine ausstehende Version erhalten nur Testgeräte.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/query.py" line="256"/>
        <source>There is no rule for this device kind and update type: the server offers nothing.</source>
        <translation>Für diese Geräteart und diesen Updatetyp gibt es keine Regel: Der Server bietet nichts an.</translation>
    </message>
</context>
<context>
    <name>DevicesModel</name>
    <message>
        <location filename="../../app/ui/devices_model.py" line="274"/>
        <source>Device kind</source>
        <translation>Geräteart</translation>
    </message>
    <message>
        <location filename="../../app/ui/devices_model.py" line="274"/>
        <source>MAC</source>
        <translation>MAC</translation>
    </message>
    <message>
        <location filename="../../app/ui/devices_model.py" line="274"/>
        <source>Serial</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <location filename="../../app/ui/devices_model.py" line="274"/>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <location filename="../../app/ui/devices_model.py" line="275"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../app/ui/devices_model.py" line="275"/>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <location filename="../../app/ui/devices_model.py" line="275"/>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <location filename="../../app/ui/devices_model.py" line="275"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../../app/ui/devices_model.py" line="276"/>
        <source>Compliance</source>
        <translation>Konformität</translation>
    </message>
    <message>
        <location filename="../../app/ui/devices_model.py" line="276"/>
        <source>Test device</source>
        <translation>Testgerät</translation>
    </message>
    <message>
        <location filename="../../app/ui/devices_model.py" line="319"/>
        <source>external</source>
        <translation>extern</translation>
    </message>
    <message>
        <location filename="../../app/ui/devices_model.py" line="319"/>
        <source>internal</source>
        <translation>intern</translation>
    </message>
    <message>
        <location filename="../../app/ui/devices_model.py" line="322"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../app/ui/devices_model.py" line="326"/>
        <source>up to date</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <location filename="../../app/ui/devices_model.py" line="327"/>
        <source>update offered</source>
        <translation>Update angeboten</translation>
    </message>
    <message>
        <location filename="../../app/ui/devices_model.py" line="328"/>
        <source>behind</source>
        <translation>veraltet</translation>
    </message>
    <message>
        <location filename="../../app/ui/devices_model.py" line="329"/>
        <source>unknown kind</source>
        <translation>unbekannte Geräteart</translation>
    </message>
    <message>
        <location filename="../../app/ui/devices_model.py" line="336"/>
        <source>Device type {0}, brand {1}, model {2}, revision {3}, locale {4}</source>
        <translation>Gerätetyp {0}, Marke {1}, Modell {2}, Revision {3}, Gebietsschema {4}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/devices_model.py" line="341"/>
        <source>First seen {first}; %n update check(s)</source>
        <translation>
            <numerusform>Zuerst gesehen {first}; %n Updateprüfung</numerusform>
            <numerusform>Zuerst gesehen {first}; %n Updateprüfungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/devices_model.py" line="349"/>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <location filename="../../app/ui/devices_model.py" line="351"/>
        <source>Runs what today&apos;s rules offer it.</source>
        <translation>Führt die Version aus, die die aktuellen Regeln ihm anbieten.</translation>
    </message>
    <message>
        <location filename="../../app/ui/devices_model.py" line="352"/>
        <source>Its last check was offered today&apos;s target.</source>
        <translation>Bei der letzten Prüfung wurde ihm die aktuelle Zielversion angeboten.</translation>
    </message>
    <message>
        <location filename="../../app/ui/devices_model.py" line="353"/>
        <source>The target changed since its last check; it will be offered the new one at its next check.</source>
        <translation>Die Zielversion hat sich seit der letzten Prüfung geändert; die neue wird ihm bei der nächsten Prüfung angeboten.</translation>
    </message>
    <message>
        <location filename="../../app/ui/devices_model.py" line="355"/>
        <source>No rule knows this device kind.</source>
        <translation>Für diese Geräteart gibt es keine Regel.</translation>
    </message>
    <message>
        <location filename="../../app/ui/devices_model.py" line="357"/>
        <source>Last offered: {offer}</source>
        <translation>Zuletzt angeboten: {offer}</translation>
    </message>
</context>
<context>
    <name>DevicesTab</name>
    <message>
        <location filename="../../app/ui/tabs/devices.py" line="72"/>
        <source>Could not load</source>
        <translation>Laden nicht möglich</translation>
    </message>
    <message>
        <location filename="../../app/ui/tabs/devices.py" line="93"/>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <location filename="../../app/ui/tabs/devices.py" line="94"/>
        <source>No phone of this kind has checked for updates yet.</source>
        <translation>Noch kein Telefon dieses Typs hat nach Updates gefragt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/tabs/devices.py" line="96"/>
        <source>No phone has checked for updates yet. Phones are listed here once the server runs and they check in.</source>
        <translation>Noch kein Telefon hat nach Updates gesucht. Telefone werden hier aufgeführt, sobald der Server läuft und sie sich melden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/tabs/devices.py" line="99"/>
        <source>No device matches the filter.</source>
        <translation>Kein Gerät entspricht dem Filter.</translation>
    </message>
    <message>
        <location filename="../../app/ui/tabs/devices.py" line="122"/>
        <source>Show devices whose kind, MAC, serial, versions, address or user contain this text</source>
        <translation>Geräte anzeigen, deren Geräteart, MAC, Seriennummer, Versionen, Adresse oder Benutzer diesen Text enthalten</translation>
    </message>
    <message>
        <location filename="../../app/ui/tabs/devices.py" line="129"/>
        <source>Where the filter text is looked for</source>
        <translation>Wo nach dem Filtertext gesucht wird</translation>
    </message>
    <message>
        <location filename="../../app/ui/tabs/devices.py" line="130"/>
        <source>Look for the text in</source>
        <translation>Text suchen in</translation>
    </message>
    <message>
        <location filename="../../app/ui/tabs/devices.py" line="131"/>
        <source>Anywhere</source>
        <translation>Überall</translation>
    </message>
    <message>
        <location filename="../../app/ui/tabs/devices.py" line="132"/>
        <source>MAC starts with</source>
        <translation>MAC beginnt mit</translation>
    </message>
    <message>
        <location filename="../../app/ui/tabs/devices.py" line="133"/>
        <source>User starts with</source>
        <translation>Benutzer beginnt mit</translation>
    </message>
    <message>
        <location filename="../../app/ui/tabs/devices.py" line="138"/>
        <source>Show only devices in one compliance state</source>
        <translation>Nur Geräte mit einem bestimmten Konformitätsstatus anzeigen</translation>
    </message>
    <message>
        <location filename="../../app/ui/tabs/devices.py" line="139"/>
        <source>Compliance state</source>
        <translation>Konformitätsstatus</translation>
    </message>
    <message>
        <location filename="../../app/ui/tabs/devices.py" line="140"/>
        <source>All states</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/tabs/devices.py" line="151"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../app/ui/tabs/devices.py" line="154"/>
        <source>Remove devices from the inventory</source>
        <translation>Geräte aus der Geräteliste entfernen</translation>
    </message>
    <message>
        <location filename="../../app/ui/tabs/devices.py" line="274"/>
        <source>No device has checked for updates yet.</source>
        <translation>Bisher hat kein Gerät nach Updates gesucht.</translation>
    </message>
    <message>
        <location filename="../../app/ui/tabs/devices.py" line="275"/>
        <source>1 device</source>
        <translation>1 Gerät</translation>
    </message>
    <message>
        <location filename="../../app/ui/tabs/devices.py" line="276"/>
        <source>{count} devices</source>
        <translation>{count} Geräte</translation>
    </message>
    <message>
        <location filename="../../app/ui/tabs/devices.py" line="278"/>
        <source>Showing {shown} of {head}</source>
        <translation>{head}, davon {shown} angezeigt</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../app/ui/history_words.py" line="30"/>
        <source>approve</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_words.py" line="30"/>
        <source>import</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_words.py" line="30"/>
        <source>reset</source>
        <translation>Ausstehende Version abgebrochen</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_words.py" line="31"/>
        <source>config set</source>
        <translation>Einstellung geändert</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_words.py" line="31"/>
        <source>remove</source>
        <translation>Regel entfernen</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_words.py" line="31"/>
        <source>restore</source>
        <translation>Wiederhergestellt</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_words.py" line="32"/>
        <source>test-device add</source>
        <translation>Testgerät hinzugefügt</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_words.py" line="32"/>
        <source>test-device set</source>
        <translation>Testgerät geändert</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_words.py" line="33"/>
        <source>test-device remove</source>
        <translation>Testgerät entfernt</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_words.py" line="33"/>
        <source>user add</source>
        <translation>Konto hinzugefügt</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_words.py" line="34"/>
        <source>user password</source>
        <translation>Kennwort zurückgesetzt</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_words.py" line="34"/>
        <source>user remove</source>
        <translation>Konto entfernt</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_words.py" line="35"/>
        <source>clear-files</source>
        <translation>Updatedateien gelöscht</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_words.py" line="35"/>
        <source>devices remove</source>
        <translation>Geräte entfernt</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_words.py" line="36"/>
        <source>clear-logs</source>
        <translation>Protokolle gelöscht</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_words.py" line="47"/>
        <source>approved={approved} pending={pending} restore={restore}</source>
        <translation>genehmigt={approved} ausstehend={pending} Wiederherstellung={restore}</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_words.py" line="53"/>
        <source>MAC</source>
        <translation>MAC</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_words.py" line="53"/>
        <source>serial number</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_words.py" line="55"/>
        <source>global</source>
        <translation>global</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_words.py" line="56"/>
        <source>site {site}</source>
        <translation>Standort {site}</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_words.py" line="57"/>
        <source>{kind}={identifier} scope={scope}</source>
        <translation>{kind}={identifier} Bereich={scope}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/history_words.py" line="70"/>
        <source>%n device(s)</source>
        <translation>
            <numerusform>%n Gerät</numerusform>
            <numerusform>%n Geräte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/history_words.py" line="72"/>
        <source>not seen for %n day(s)</source>
        <translation>
            <numerusform>seit %n Tag nicht gesehen</numerusform>
            <numerusform>seit %n Tagen nicht gesehen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/history_words.py" line="75"/>
        <source>%n device(s) removed</source>
        <translation>
            <numerusform>%n Gerät entfernt</numerusform>
            <numerusform>%n Geräte entfernt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/history_words.py" line="77"/>
        <source>%n version(s)</source>
        <translation>
            <numerusform>%n Version</numerusform>
            <numerusform>%n Versionen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/history_words.py" line="80"/>
        <source>older than %n day(s)</source>
        <translation>
            <numerusform>älter als %n Tag</numerusform>
            <numerusform>älter als %n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/history_words.py" line="82"/>
        <source>%n file(s) deleted</source>
        <translation>
            <numerusform>%n Datei gelöscht</numerusform>
            <numerusform>%n Dateien gelöscht</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/history_words.py" line="84"/>
        <source>from {update}</source>
        <translation>aus {update}</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../app/ui/models.py" line="314"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../../app/ui/models.py" line="314"/>
        <source>Subject</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <location filename="../../app/ui/models.py" line="314"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../../app/ui/models.py" line="314"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../../app/ui/models.py" line="315"/>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <location filename="../../app/ui/models.py" line="315"/>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <location filename="../../app/ui/models.py" line="315"/>
        <source>Detail</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../../app/ui/tabs/history.py" line="57"/>
        <source>Show only actions whose columns contain this text</source>
        <translation>Nur Aktionen anzeigen, deren Spalten diesen Text enthalten</translation>
    </message>
    <message>
        <location filename="../../app/ui/tabs/history.py" line="61"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../../app/ui/tabs/history.py" line="64"/>
        <source>Nothing has been done yet. Imports, approvals and every other change are listed here, with who made them and when.</source>
        <translation>Bisher wurde nichts geändert. Importe, Genehmigungen und alle anderen Änderungen werden hier aufgeführt, mit Benutzer und Zeitpunkt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/tabs/history.py" line="66"/>
        <source>No action matches the filter.</source>
        <translation>Keine Aktion entspricht dem Filter.</translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <location filename="../../app/ui/import_flow.py" line="69"/>
        <source>Import update package</source>
        <translation>Updatepaket importieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_flow.py" line="70"/>
        <source>Update packages (*.cab);;All files (*)</source>
        <translation>Updatepakete (*.cab);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_flow.py" line="89"/>
        <source>Reading {0} and checking every file in it…</source>
        <translation>{0} wird gelesen, und jede enthaltene Datei wird überprüft…</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_flow.py" line="91"/>
        <source>Reading update package</source>
        <translation>Updatepaket wird gelesen</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_flow.py" line="100"/>
        <source>reading the package was cancelled</source>
        <translation>das Lesen des Pakets wurde abgebrochen</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_flow.py" line="114"/>
        <source>Package refused</source>
        <translation>Paket abgelehnt</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_flow.py" line="125"/>
        <location filename="../../app/ui/import_flow.py" line="172"/>
        <source>Import failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_flow.py" line="130"/>
        <source>Importing {0} ({1})…</source>
        <translation>{0} ({1}) wird importiert…</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_flow.py" line="133"/>
        <source>Importing update package</source>
        <translation>Updatepaket wird importiert</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_flow.py" line="142"/>
        <source>Recording the import in the store…</source>
        <translation>Der Import wird im Datenspeicher erfasst…</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_flow.py" line="144"/>
        <source>Copying {0}
{1} of {2}</source>
        <translation>{0} wird kopiert
{1} von {2}</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_flow.py" line="162"/>
        <source>The import was already being recorded when you cancelled, so it was completed.</source>
        <translation>Der Import wurde beim Abbrechen bereits erfasst und daher abgeschlossen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_flow.py" line="164"/>
        <source>Import finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_flow.py" line="168"/>
        <source>Import cancelled</source>
        <translation>Import abgebrochen</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_flow.py" line="169"/>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Import abgebrochen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_flow.py" line="181"/>
        <source>Imported {0}. Nothing changed: every update in it was already pending or approved.</source>
        <translation>{0} importiert. Keine Änderungen: Alle enthaltenen Updates waren bereits ausstehend oder genehmigt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_flow.py" line="184"/>
        <source>Imported {0}. Pending versions reach test devices only, until you approve them.</source>
        <translation>{0} importiert. Ausstehende Versionen erhalten nur Testgeräte, bis Sie sie genehmigen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_flow.py" line="187"/>
        <source>Rules with a new pending version:</source>
        <translation>Regeln mit neuer ausstehender Version:</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_flow.py" line="190"/>
        <source>… of which replaced an older pending version:</source>
        <translation>… davon mit Ersatz einer älteren ausstehenden Version:</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_flow.py" line="192"/>
        <source>Already pending (unchanged):</source>
        <translation>Bereits ausstehend (unverändert):</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_flow.py" line="193"/>
        <source>Already approved (unchanged):</source>
        <translation>Bereits genehmigt (unverändert):</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_flow.py" line="194"/>
        <source>Ignored members (listed by no update):</source>
        <translation>Ignorierte Bestandteile (von keinem Update aufgeführt):</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_flow.py" line="202"/>
        <source>Ignored: {0}</source>
        <translation>Ignoriert: {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_flow.py" line="209"/>
        <source>{0}

Nothing was changed.</source>
        <translation>{0}

Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_flow.py" line="218"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/import_preview.py" line="32"/>
        <source>New pending version; replaces pending {0}</source>
        <translation>Neue ausstehende Version; ersetzt die ausstehende {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_preview.py" line="34"/>
        <source>New rule with this pending version</source>
        <translation>Neue Regel mit dieser ausstehenden Version</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_preview.py" line="35"/>
        <source>New pending version</source>
        <translation>Neue ausstehende Version</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_preview.py" line="36"/>
        <source>Already approved; nothing changes</source>
        <translation>Bereits genehmigt; keine Änderung</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_preview.py" line="37"/>
        <source>Already pending; nothing changes</source>
        <translation>Bereits ausstehend; keine Änderung</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_preview.py" line="58"/>
        <source>Import update package</source>
        <translation>Updatepaket importieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_preview.py" line="76"/>
        <source>Package file:</source>
        <translation>Paketdatei:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_preview.py" line="77"/>
        <source>Pack version:</source>
        <translation>Paketversion:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_preview.py" line="78"/>
        <source>not given</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_preview.py" line="80"/>
        <source>Total size:</source>
        <translation>Gesamtgröße:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/dialogs/import_preview.py" line="81"/>
        <source>{0} ({1} bytes) in %n update(s)</source>
        <translation>
            <numerusform>{0} ({1} Bytes) in %n Update</numerusform>
            <numerusform>{0} ({1} Bytes) in %n Updates</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_preview.py" line="92"/>
        <source>Device kind</source>
        <translation>Geräteart</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_preview.py" line="92"/>
        <source>Update type</source>
        <translation>Updatetyp</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_preview.py" line="92"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_preview.py" line="93"/>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_preview.py" line="93"/>
        <source>What happens</source>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_preview.py" line="96"/>
        <source>Updates in the package</source>
        <translation>Updates im Paket</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_preview.py" line="120"/>
        <source>Members that no update lists; they will be ignored:</source>
        <translation>Paketbestandteile, die kein Update aufführt; sie werden ignoriert:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_preview.py" line="123"/>
        <source>Ignored package members</source>
        <translation>Ignorierte Paketbestandteile</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_preview.py" line="132"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_preview.py" line="136"/>
        <source>Copy the update files into the store and record the pending versions shown above</source>
        <translation>Die Updatedateien in den Datenspeicher kopieren und die oben angezeigten ausstehenden Versionen erfassen</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_preview.py" line="138"/>
        <source>Import the package</source>
        <translation>Paket importieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_preview.py" line="142"/>
        <source>Close without importing; nothing is changed</source>
        <translation>Schließen, ohne zu importieren; es wird nichts geändert</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_preview.py" line="143"/>
        <source>Do not import</source>
        <translation>Nicht importieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_preview.py" line="155"/>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_preview.py" line="160"/>
        <source>Nothing would change: every update in this package is already pending or approved. Importing again is harmless.</source>
        <translation>Es würde sich nichts ändern: Alle Updates in diesem Paket sind bereits ausstehend oder genehmigt. Ein erneuter Import ist unbedenklich.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/dialogs/import_preview.py" line="162"/>
        <source>Importing makes {0} of %n update(s) pending. Pending versions reach test devices only, until you approve them.</source>
        <translation>
            <numerusform>Durch den Import wird {0} von %n Update ausstehend. Ausstehende Versionen erhalten nur Testgeräte, bis Sie sie genehmigen.</numerusform>
            <numerusform>Durch den Import werden {0} von %n Updates ausstehend. Ausstehende Versionen erhalten nur Testgeräte, bis Sie sie genehmigen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../../app/ui/dialogs/settings.py" line="398"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings.py" line="399"/>
        <source>The language of this console</source>
        <translation>Die Sprache dieser Konsole</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings.py" line="400"/>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings.py" line="403"/>
        <source>The console uses the new language from its next start.</source>
        <translation>Die Konsole verwendet die neue Sprache ab dem nächsten Start.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings.py" line="408"/>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
</context>
<context>
    <name>LogsTab</name>
    <message>
        <location filename="../../app/ui/tabs/logs.py" line="93"/>
        <source>Audit</source>
        <translation>Überwachung</translation>
    </message>
    <message>
        <location filename="../../app/ui/tabs/logs.py" line="94"/>
        <source>Device logs</source>
        <translation>Geräteprotokolle</translation>
    </message>
    <message>
        <location filename="../../app/ui/tabs/logs.py" line="95"/>
        <source>One line per request the server answered</source>
        <translation>Ein Eintrag pro Anforderung, die der Server beantwortet hat</translation>
    </message>
    <message>
        <location filename="../../app/ui/tabs/logs.py" line="96"/>
        <source>Log files phones uploaded</source>
        <translation>Von Telefonen hochgeladene Protokolldateien</translation>
    </message>
    <message>
        <location filename="../../app/ui/tabs/logs.py" line="109"/>
        <source>Audit lines</source>
        <translation>Überwachungseinträge</translation>
    </message>
    <message>
        <location filename="../../app/ui/tabs/logs.py" line="112"/>
        <source>No request has been logged yet. Every update check a phone makes is listed here.</source>
        <translation>Noch wurde keine Anforderung protokolliert. Jede Updateprüfung eines Telefons wird hier aufgeführt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/tabs/logs.py" line="114"/>
        <source>No line matches the filter.</source>
        <translation>Keine Zeile entspricht dem Filter.</translation>
    </message>
    <message>
        <location filename="../../app/ui/tabs/logs.py" line="127"/>
        <source>Show lines whose device kind, MAC, serial, client address or user contain this text</source>
        <translation>Einträge anzeigen, deren Geräteart, MAC, Seriennummer, Clientadresse oder Benutzer diesen Text enthalten</translation>
    </message>
    <message>
        <location filename="../../app/ui/tabs/logs.py" line="129"/>
        <source>Device: MAC, serial, model, address…</source>
        <translation>Gerät: MAC, Seriennummer, Modell, Adresse…</translation>
    </message>
    <message>
        <location filename="../../app/ui/tabs/logs.py" line="131"/>
        <location filename="../../app/ui/tabs/logs.py" line="134"/>
        <source>Any date</source>
        <translation>Beliebiges Datum</translation>
    </message>
    <message>
        <location filename="../../app/ui/tabs/logs.py" line="133"/>
        <source>Untick to show only the lines of one day</source>
        <translation>Deaktivieren, um nur die Einträge eines Tages anzuzeigen</translation>
    </message>
    <message>
        <location filename="../../app/ui/tabs/logs.py" line="140"/>
        <source>The day (local time) whose lines are shown</source>
        <translation>Der Tag (Ortszeit), dessen Einträge angezeigt werden</translation>
    </message>
    <message>
        <location filename="../../app/ui/tabs/logs.py" line="141"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../app/ui/tabs/logs.py" line="144"/>
        <source>Show only lines with this outcome</source>
        <translation>Nur Einträge mit diesem Ergebnis anzeigen</translation>
    </message>
    <message>
        <location filename="../../app/ui/tabs/logs.py" line="145"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../../app/ui/tabs/logs.py" line="146"/>
        <source>All outcomes</source>
        <translation>Alle Ergebnisse</translation>
    </message>
    <message>
        <location filename="../../app/ui/tabs/logs.py" line="147"/>
        <source>Offered</source>
        <translation>Angeboten</translation>
    </message>
    <message>
        <location filename="../../app/ui/tabs/logs.py" line="148"/>
        <source>No update</source>
        <translation>Kein Update</translation>
    </message>
    <message>
        <location filename="../../app/ui/tabs/logs.py" line="149"/>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location filename="../../app/ui/tabs/logs.py" line="165"/>
        <source>Show log files whose type or name contain this text</source>
        <translation>Protokolldateien anzeigen, deren Typ oder Name diesen Text enthält</translation>
    </message>
    <message>
        <location filename="../../app/ui/tabs/logs.py" line="168"/>
        <source>Open file</source>
        <translation>Datei öffnen</translation>
    </message>
    <message>
        <location filename="../../app/ui/tabs/logs.py" line="169"/>
        <source>Open the selected log file</source>
        <translation>Die ausgewählte Protokolldatei öffnen</translation>
    </message>
    <message>
        <location filename="../../app/ui/tabs/logs.py" line="171"/>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <location filename="../../app/ui/tabs/logs.py" line="172"/>
        <source>Open the folder that holds the selected log (or all logs)</source>
        <translation>Den Ordner öffnen, der das ausgewählte Protokoll (oder alle Protokolle) enthält</translation>
    </message>
    <message>
        <location filename="../../app/ui/tabs/logs.py" line="179"/>
        <source>Uploaded device logs</source>
        <translation>Hochgeladene Geräteprotokolle</translation>
    </message>
    <message>
        <location filename="../../app/ui/tabs/logs.py" line="182"/>
        <source>No phone has uploaded a log yet.</source>
        <translation>Noch kein Telefon hat ein Protokoll hochgeladen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/tabs/logs.py" line="183"/>
        <source>No log file matches the filter.</source>
        <translation>Keine Protokolldatei entspricht dem Filter.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/tabs/logs.py" line="227"/>
        <source>{shown} of the newest %n line(s) shown</source>
        <translation>
            <numerusform>{shown} des neuesten %n Eintrags angezeigt</numerusform>
            <numerusform>{shown} der neuesten %n Einträge angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/tabs/logs.py" line="229"/>
        <source>No request has been logged yet.</source>
        <translation>Es wurde noch keine Anforderung protokolliert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/tabs/logs.py" line="248"/>
        <source>No device logs</source>
        <translation>Keine Geräteprotokolle</translation>
    </message>
    <message>
        <location filename="../../app/ui/tabs/logs.py" line="249"/>
        <source>No phone has uploaded a log yet. Logs will be kept in {folder}.</source>
        <translation>Bisher hat kein Telefon ein Protokoll hochgeladen. Protokolle werden in {folder} gespeichert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/tabs/logs.py" line="256"/>
        <source>Could not open</source>
        <translation>Öffnen nicht möglich</translation>
    </message>
    <message>
        <location filename="../../app/ui/tabs/logs.py" line="257"/>
        <source>No program on this computer opened {path}.</source>
        <translation>Kein Programm auf diesem Computer konnte {path} öffnen.</translation>
    </message>
</context>
<context>
    <name>LyncImportDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/lync_import.py" line="52"/>
        <location filename="../../app/ui/dialogs/lync_import.py" line="265"/>
        <source>Import from Lync Server</source>
        <translation>Aus Lync Server importieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lync_import.py" line="69"/>
        <source>Bring a Lync pool&apos;s device updates over: the copy of its DeviceUpdateStore folder, and what Get-CsDeviceUpdateRule | Export-Csv and Get-CsTestDevice | Export-Csv wrote. Rules keep their Ids and versions; nothing is re-approved. Without a rules file, the newest version of each phone model becomes pending.</source>
        <translation>Übernehmen Sie die Geräteupdates eines Lync-Pools: die Kopie seines Ordners DeviceUpdateStore und was Get-CsDeviceUpdateRule | Export-Csv und Get-CsTestDevice | Export-Csv geschrieben haben. Regeln behalten ihre IDs und Versionen; nichts wird erneut genehmigt. Ohne Regeldatei wird die neueste Version jedes Telefonmodells ausstehend.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lync_import.py" line="80"/>
        <source>DeviceUpdateStore folder:</source>
        <translation>Ordner DeviceUpdateStore:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lync_import.py" line="82"/>
        <source>Rules (optional):</source>
        <translation>Regeln (optional):</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lync_import.py" line="83"/>
        <source>Test devices (optional):</source>
        <translation>Testgeräte (optional):</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lync_import.py" line="93"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lync_import.py" line="104"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lync_import.py" line="118"/>
        <source>Id or identifier</source>
        <translation>ID oder Kennung</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lync_import.py" line="118"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lync_import.py" line="119"/>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lync_import.py" line="119"/>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lync_import.py" line="119"/>
        <source>Restore</source>
        <translation>Wiederherstellung</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lync_import.py" line="127"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lync_import.py" line="140"/>
        <source>Export-Csv files (*.csv);;All files (*)</source>
        <translation>Export-Csv-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lync_import.py" line="160"/>
        <source>Choose the copy of the DeviceUpdateStore folder.</source>
        <translation>Wählen Sie die Kopie des Ordners DeviceUpdateStore.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lync_import.py" line="168"/>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/dialogs/lync_import.py" line="176"/>
        <source>%n conflict(s) with what is already here: importing would be refused. Remove or rename what they name, then preview again.</source>
        <translation>
            <numerusform>%n Konflikt mit Vorhandenem: Der Import würde abgelehnt. Entfernen oder benennen Sie um, was er nennt, und zeigen Sie die Vorschau erneut an.</numerusform>
            <numerusform>%n Konflikte mit Vorhandenem: Der Import würde abgelehnt. Entfernen oder benennen Sie um, was sie nennen, und zeigen Sie die Vorschau erneut an.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/dialogs/lync_import.py" line="183"/>
        <source>Ready to import %n rule(s); nothing has been changed yet.</source>
        <translation>
            <numerusform>Bereit, %n Regel zu importieren; noch wurde nichts geändert.</numerusform>
            <numerusform>Bereit, %n Regeln zu importieren; noch wurde nichts geändert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/dialogs/lync_import.py" line="189"/>
        <source>Rules (%n)</source>
        <translation>
            <numerusform>Regeln (%n)</numerusform>
            <numerusform>Regeln (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lync_import.py" line="192"/>
        <source>(a new Id)</source>
        <translation>(eine neue ID)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/dialogs/lync_import.py" line="194"/>
        <source>Test devices (%n)</source>
        <translation>
            <numerusform>Testgeräte (%n)</numerusform>
            <numerusform>Testgeräte (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/dialogs/lync_import.py" line="197"/>
        <source>Versions to copy (%n)</source>
        <translation>
            <numerusform>Zu kopierende Versionen (%n)</numerusform>
            <numerusform>Zu kopierende Versionen (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/dialogs/lync_import.py" line="203"/>
        <source>Left out: no rule names them (%n)</source>
        <translation>
            <numerusform>Ausgelassen: keine Regel nennt sie (%n)</numerusform>
            <numerusform>Ausgelassen: keine Regel nennt sie (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/dialogs/lync_import.py" line="209"/>
        <source>Conflicts (%n)</source>
        <translation>
            <numerusform>Konflikte (%n)</numerusform>
            <numerusform>Konflikte (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lync_import.py" line="236"/>
        <source>Importing…</source>
        <translation>Wird importiert…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lync_import.py" line="243"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/dialogs/lync_import.py" line="252"/>
        <source>%n rule(s), with their Ids and versions, and their files are here now.</source>
        <translation>
            <numerusform>%n Regel mit ihrer ID und ihren Versionen und ihre Dateien sind jetzt hier.</numerusform>
            <numerusform>%n Regeln mit ihren IDs und Versionen und ihre Dateien sind jetzt hier.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lync_import.py" line="252"/>
        <source>Imported from Lync</source>
        <translation>Aus Lync importiert</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/dialogs/lync_import.py" line="254"/>
        <source>%n test device(s) came over too.</source>
        <translation>
            <numerusform>Auch %n Testgerät wurde übernommen.</numerusform>
            <numerusform>Auch %n Testgeräte wurden übernommen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lync_import.py" line="277"/>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Import abgebrochen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lync_import.py" line="290"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lync_import.py" line="290"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="43"/>
        <source>ucupdates — Device Updates</source>
        <translation>ucupdates — Geräteupdates</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="70"/>
        <source>Pending Updates</source>
        <translation>Ausstehende Updates</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="71"/>
        <source>Approved Updates</source>
        <translation>Genehmigte Updates</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="72"/>
        <source>Test Devices</source>
        <translation>Testgeräte</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="73"/>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="74"/>
        <source>Logs</source>
        <translation>Protokolle</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="75"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="85"/>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="86"/>
        <source>Import an update package (.cab)</source>
        <translation>Ein Updatepaket (.cab) importieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="88"/>
        <source>Import from Lync Server…</source>
        <translation>Aus Lync Server importieren…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="90"/>
        <source>Bring a Lync pool&apos;s update store, rules and test devices over</source>
        <translation>Updatespeicher, Regeln und Testgeräte eines Lync-Pools übernehmen</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="92"/>
        <source>Approve</source>
        <translation>Genehmigen</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="93"/>
        <source>Approve the selected pending updates for all phones</source>
        <translation>Die ausgewählten ausstehenden Updates für alle Telefone genehmigen</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="95"/>
        <source>Cancel pending</source>
        <translation>Ausstehendes abbrechen</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="96"/>
        <source>Withdraw the pending version of the selected rules</source>
        <translation>Die ausstehende Version der ausgewählten Regeln zurückziehen</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="98"/>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="99"/>
        <source>Roll the selected rules back to their previous approved version</source>
        <translation>Die ausgewählten Regeln auf ihre vorherige genehmigte Version zurücksetzen</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="102"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="103"/>
        <source>Delete the selected rules</source>
        <translation>Die ausgewählten Regeln löschen</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="106"/>
        <source>Clear update files</source>
        <translation>Updatedateien löschen</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="108"/>
        <source>Delete stored files no rule uses any more</source>
        <translation>Gespeicherte Dateien löschen, die keine Regel mehr verwendet</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="110"/>
        <source>Clear logs…</source>
        <translation>Protokolle löschen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="111"/>
        <source>Delete device logs and audit files older than a number of days</source>
        <translation>Geräteprotokolle und Überwachungsdateien löschen, die älter als eine bestimmte Anzahl von Tagen sind</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="114"/>
        <source>Remove selected devices…</source>
        <translation>Ausgewählte Geräte entfernen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="115"/>
        <source>Forget the selected devices; a phone that checks again is listed again</source>
        <translation>Die ausgewählten Geräte vergessen; ein Telefon, das wieder nach Updates sucht, wird wieder aufgeführt</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="118"/>
        <source>Remove devices not seen for…</source>
        <translation>Länger nicht gesehene Geräte entfernen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="119"/>
        <source>Forget every device that has not checked for updates for a number of days</source>
        <translation>Alle Geräte vergessen, die eine bestimmte Anzahl von Tagen nicht nach Updates gesucht haben</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="121"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="122"/>
        <source>Reload everything from the store</source>
        <translation>Alles neu aus dem Datenspeicher laden</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="124"/>
        <source>Start server</source>
        <translation>Server starten</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="125"/>
        <source>Start the device update server</source>
        <translation>Den Geräteupdateserver starten</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="127"/>
        <source>Stop server</source>
        <translation>Server stoppen</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="128"/>
        <source>Stop the device update server</source>
        <translation>Den Geräteupdateserver stoppen</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="130"/>
        <source>What would this device get?</source>
        <translation>Was würde dieses Gerät erhalten?</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="131"/>
        <source>See what the server would offer a device</source>
        <translation>Anzeigen, was der Server einem Gerät anbieten würde</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="134"/>
        <source>Simulated phones…</source>
        <translation>Simulierte Telefone…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="135"/>
        <source>Try the server with simulated phones: add them, sign users in, move them outside the firewall</source>
        <translation>Den Server mit simulierten Telefonen ausprobieren: hinzufügen, Benutzer anmelden, außerhalb der Firewall betreiben</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="138"/>
        <source>Settings…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="139"/>
        <source>Service settings, accounts and language</source>
        <translation>Diensteinstellungen, Konten und Sprache</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="141"/>
        <location filename="../../app/ui/main_window.py" line="353"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="142"/>
        <source>Close the console (stops the server)</source>
        <translation>Die Konsole schließen (stoppt den Server)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="144"/>
        <location filename="../../app/ui/main_window.py" line="307"/>
        <source>About ucupdates</source>
        <translation>Info über ucupdates</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="145"/>
        <source>Version and data folder</source>
        <translation>Version und Datenordner</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="154"/>
        <source>Main</source>
        <translation>Hauptsymbolleiste</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="168"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="171"/>
        <source>&amp;Rules</source>
        <translation>&amp;Regeln</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="172"/>
        <source>&amp;Maintenance</source>
        <translation>&amp;Wartung</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="175"/>
        <source>&amp;Server</source>
        <translation>&amp;Server</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="176"/>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="177"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="178"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="195"/>
        <source>Device update server</source>
        <translation>Geräteupdateserver</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="271"/>
        <source>● Server running on {url}</source>
        <translation>● Server läuft unter {url}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="275"/>
        <source>● Server stopped</source>
        <translation>● Server gestoppt</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="307"/>
        <source>ucupdates {version}
Device updates for IP desk phones.

Data folder: {folder}
Store: {store}</source>
        <translation>ucupdates {version}
Geräteupdates für IP-Tischtelefone.

Datenordner: {folder}
Speicher: {store}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/main_window.py" line="354"/>
        <source>The device server is running and served %n phone(s) in the last hour. Quit and stop it?</source>
        <translation>
            <numerusform>Der Geräteserver läuft und hat in der letzten Stunde %n Telefon bedient. Beenden und den Server stoppen?</numerusform>
            <numerusform>Der Geräteserver läuft und hat in der letzten Stunde %n Telefone bedient. Beenden und den Server stoppen?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="356"/>
        <source>Phones cannot check for updates until the server runs again.</source>
        <translation>Telefone können erst wieder nach Updates suchen, wenn der Server wieder läuft.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="357"/>
        <source>Quit and stop the server</source>
        <translation>Beenden und Server stoppen</translation>
    </message>
</context>
<context>
    <name>PhonesModel</name>
    <message>
        <location filename="../../app/ui/simulator/model.py" line="54"/>
        <source>Device kind</source>
        <translation>Geräteart</translation>
    </message>
    <message>
        <location filename="../../app/ui/simulator/model.py" line="54"/>
        <source>Name (MAC)</source>
        <translation>Name (MAC)</translation>
    </message>
    <message>
        <location filename="../../app/ui/simulator/model.py" line="54"/>
        <source>Serial</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <location filename="../../app/ui/simulator/model.py" line="55"/>
        <source>Current version</source>
        <translation>Aktuelle Version</translation>
    </message>
    <message>
        <location filename="../../app/ui/simulator/model.py" line="55"/>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <location filename="../../app/ui/simulator/model.py" line="55"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../../app/ui/simulator/model.py" line="56"/>
        <source>Backup version</source>
        <translation>Sicherungsversion</translation>
    </message>
    <message>
        <location filename="../../app/ui/simulator/model.py" line="56"/>
        <source>Last update</source>
        <translation>Letztes Update</translation>
    </message>
    <message>
        <location filename="../../app/ui/simulator/model.py" line="56"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../../app/ui/simulator/model.py" line="77"/>
        <source>external</source>
        <translation>extern</translation>
    </message>
    <message>
        <location filename="../../app/ui/simulator/model.py" line="77"/>
        <source>internal</source>
        <translation>intern</translation>
    </message>
    <message>
        <location filename="../../app/ui/simulator/model.py" line="83"/>
        <source>checking</source>
        <translation>prüft</translation>
    </message>
    <message>
        <location filename="../../app/ui/simulator/model.py" line="83"/>
        <source>idle</source>
        <translation>bereit</translation>
    </message>
    <message>
        <location filename="../../app/ui/simulator/model.py" line="84"/>
        <source>downloading</source>
        <translation>lädt herunter</translation>
    </message>
    <message>
        <location filename="../../app/ui/simulator/model.py" line="85"/>
        <source>waiting for idle</source>
        <translation>wartet auf Ruhezeit</translation>
    </message>
    <message>
        <location filename="../../app/ui/simulator/model.py" line="86"/>
        <source>restarting</source>
        <translation>startet neu</translation>
    </message>
    <message>
        <location filename="../../app/ui/simulator/model.py" line="91"/>
        <source>{checks}, {failures} failed</source>
        <translation>{checks}, {failures} fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/simulator/model.py" line="92"/>
        <source>%n update check(s)</source>
        <translation>
            <numerusform>%n Updateprüfung</numerusform>
            <numerusform>%n Updateprüfungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RulePhonesDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/rule_phones.py" line="23"/>
        <source>Phones of {kind}</source>
        <translation>Telefone vom Typ {kind}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/rule_phones.py" line="40"/>
        <source>No phone of this kind has checked for updates yet.</source>
        <translation>Noch kein Telefon dieses Typs hat nach Updates gefragt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/dialogs/rule_phones.py" line="42"/>
        <source>No version is approved yet; %n phone(s) of this kind checked for updates</source>
        <translation>
            <numerusform>Noch keine Version ist genehmigt; %n Telefon dieses Typs hat nach Updates gefragt</numerusform>
            <numerusform>Noch keine Version ist genehmigt; %n Telefone dieses Typs haben nach Updates gefragt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/dialogs/rule_phones.py" line="45"/>
        <source>{approved} of %n phone(s) run the approved version {version}</source>
        <translation>
            <numerusform>{approved} von %n Telefon laufen mit der genehmigten Version {version}</numerusform>
            <numerusform>{approved} von %n Telefonen laufen mit der genehmigten Version {version}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/rule_phones.py" line="49"/>
        <source>{n} run the pending version {version}</source>
        <translation>{n} laufen mit der ausstehenden Version {version}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/rule_phones.py" line="51"/>
        <source>{n} run another version. Last check: {time}.</source>
        <translation>{n} laufen mit einer anderen Version. Letzte Abfrage: {time}.</translation>
    </message>
</context>
<context>
    <name>RulesModel</name>
    <message>
        <location filename="../../app/ui/models.py" line="198"/>
        <source>Brand</source>
        <translation>Marke</translation>
    </message>
    <message>
        <location filename="../../app/ui/models.py" line="198"/>
        <source>Device type</source>
        <translation>Gerätetyp</translation>
    </message>
    <message>
        <location filename="../../app/ui/models.py" line="198"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../../app/ui/models.py" line="199"/>
        <source>Locale</source>
        <translation>Gebietsschema</translation>
    </message>
    <message>
        <location filename="../../app/ui/models.py" line="199"/>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <location filename="../../app/ui/models.py" line="199"/>
        <source>Update type</source>
        <translation>Updatetyp</translation>
    </message>
    <message>
        <location filename="../../app/ui/models.py" line="200"/>
        <source>Approved version</source>
        <translation>Genehmigte Version</translation>
    </message>
    <message>
        <location filename="../../app/ui/models.py" line="200"/>
        <source>Pending version</source>
        <translation>Ausstehende Version</translation>
    </message>
    <message>
        <location filename="../../app/ui/models.py" line="201"/>
        <source>Last change</source>
        <translation>Letzte Änderung</translation>
    </message>
    <message>
        <location filename="../../app/ui/models.py" line="201"/>
        <source>Pool</source>
        <translation>Pool</translation>
    </message>
    <message>
        <location filename="../../app/ui/models.py" line="201"/>
        <source>Restore version</source>
        <translation>Wiederherstellungsversion</translation>
    </message>
    <message>
        <location filename="../../app/ui/models.py" line="202"/>
        <source>Last check</source>
        <translation>Letzte Abfrage</translation>
    </message>
    <message>
        <location filename="../../app/ui/models.py" line="202"/>
        <source>Rollout</source>
        <translation>Verteilung</translation>
    </message>
    <message>
        <location filename="../../app/ui/models.py" line="232"/>
        <source>{pending}/{phones} on pending</source>
        <translation>{pending}/{phones} ausstehend</translation>
    </message>
    <message>
        <location filename="../../app/ui/models.py" line="234"/>
        <source>{approved}/{phones} ({percent} %)</source>
        <translation>{approved}/{phones} ({percent} %)</translation>
    </message>
    <message>
        <location filename="../../app/ui/models.py" line="255"/>
        <source>Pending: offered to test devices only, until approved</source>
        <translation>Ausstehend: wird bis zur Genehmigung nur Testgeräten angeboten</translation>
    </message>
    <message>
        <location filename="../../app/ui/models.py" line="257"/>
        <source>Restore goes back to this version</source>
        <translation>Beim Wiederherstellen wird auf diese Version zurückgesetzt</translation>
    </message>
    <message>
        <location filename="../../app/ui/models.py" line="262"/>
        <source>Created {time}</source>
        <translation>Erstellt am {time}</translation>
    </message>
    <message>
        <location filename="../../app/ui/models.py" line="268"/>
        <source>No phone of this kind has checked for updates yet.</source>
        <translation>Noch kein Telefon dieses Typs hat nach Updates gefragt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/models.py" line="269"/>
        <source>Phones of this kind: {n}</source>
        <translation>Telefone dieses Typs: {n}</translation>
    </message>
    <message>
        <location filename="../../app/ui/models.py" line="270"/>
        <source>On the approved version {version}: {n}</source>
        <translation>Mit der genehmigten Version {version}: {n}</translation>
    </message>
    <message>
        <location filename="../../app/ui/models.py" line="272"/>
        <source>No version is approved yet.</source>
        <translation>Noch keine Version ist genehmigt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/models.py" line="274"/>
        <source>On the pending version {version}: {n}</source>
        <translation>Mit der ausstehenden Version {version}: {n}</translation>
    </message>
    <message>
        <location filename="../../app/ui/models.py" line="276"/>
        <source>On another version: {n}</source>
        <translation>Mit einer anderen Version: {n}</translation>
    </message>
    <message>
        <location filename="../../app/ui/models.py" line="278"/>
        <source>Last check: {time}</source>
        <translation>Letzte Abfrage: {time}</translation>
    </message>
    <message>
        <location filename="../../app/ui/models.py" line="279"/>
        <source>Double-click to list these phones.</source>
        <translation>Doppelklick listet diese Telefone auf.</translation>
    </message>
</context>
<context>
    <name>RulesTab</name>
    <message>
        <location filename="../../app/ui/tabs/rules.py" line="71"/>
        <source>No rule matches the filter.</source>
        <translation>Keine Regel entspricht dem Filter.</translation>
    </message>
    <message>
        <location filename="../../app/ui/tabs/rules.py" line="82"/>
        <source>Pending rules</source>
        <translation>Ausstehende Regeln</translation>
    </message>
    <message>
        <location filename="../../app/ui/tabs/rules.py" line="83"/>
        <source>Approved rules</source>
        <translation>Genehmigte Regeln</translation>
    </message>
    <message>
        <location filename="../../app/ui/tabs/rules.py" line="93"/>
        <source>Show only rules whose columns contain this text</source>
        <translation>Nur Regeln anzeigen, deren Spalten diesen Text enthalten</translation>
    </message>
    <message>
        <location filename="../../app/ui/tabs/rules.py" line="98"/>
        <source>Select every rule of one brand</source>
        <translation>Alle Regeln einer Marke auswählen</translation>
    </message>
    <message>
        <location filename="../../app/ui/tabs/rules.py" line="99"/>
        <source>Select all rules of a brand</source>
        <translation>Alle Regeln einer Marke auswählen</translation>
    </message>
    <message>
        <location filename="../../app/ui/tabs/rules.py" line="110"/>
        <source>No pending updates. Import a package ({shortcut}) to start.</source>
        <translation>Keine ausstehenden Updates. Importieren Sie ein Paket ({shortcut}), um zu beginnen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/tabs/rules.py" line="112"/>
        <source>No approved updates yet. Approve rules on the Pending Updates tab.</source>
        <translation>Noch keine genehmigten Updates. Genehmigen Sie Regeln auf der Registerkarte „Ausstehende Updates“.</translation>
    </message>
    <message>
        <location filename="../../app/ui/tabs/rules.py" line="166"/>
        <source>Select brand…</source>
        <translation>Marke auswählen…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/tabs/rules.py" line="188"/>
        <source>%n rule(s)</source>
        <translation>
            <numerusform>%n Regel</numerusform>
            <numerusform>%n Regeln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/tabs/rules.py" line="189"/>
        <source>{shown} of %n rule(s) shown</source>
        <translation>
            <numerusform>{shown} von %n Regel angezeigt</numerusform>
            <numerusform>{shown} von %n Regeln angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/tabs/rules.py" line="191"/>
        <source>{count} selected</source>
        <translation>{count} ausgewählt</translation>
    </message>
    <message>
        <location filename="../../app/ui/tabs/rules.py" line="220"/>
        <source>Select all rules of brand {brand}</source>
        <translation>Alle Regeln der Marke {brand} auswählen</translation>
    </message>
    <message>
        <location filename="../../app/ui/tabs/rules.py" line="223"/>
        <source>Select every rule of {brand} in this list</source>
        <translation>Alle Regeln von {brand} in dieser Liste auswählen</translation>
    </message>
    <message>
        <location filename="../../app/ui/tabs/rules.py" line="226"/>
        <source>Show the phones of this kind…</source>
        <translation>Telefone dieses Typs anzeigen …</translation>
    </message>
    <message>
        <location filename="../../app/ui/tabs/rules.py" line="228"/>
        <source>List every phone of this rule&apos;s kind, with where it stands</source>
        <translation>Alle Telefone des Gerätetyps dieser Regel mit ihrem Stand auflisten</translation>
    </message>
</context>
<context>
    <name>ServerPanel</name>
    <message>
        <location filename="../../app/ui/server_panel.py" line="42"/>
        <source>Start the server when the console opens</source>
        <translation>Server beim Öffnen der Konsole starten</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="68"/>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="69"/>
        <source>Start the device update server</source>
        <translation>Den Geräteupdateserver starten</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="70"/>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="71"/>
        <source>Stop the device update server</source>
        <translation>Den Geräteupdateserver stoppen</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="92"/>
        <source>Address to listen on: 127.0.0.1 for this machine only, 0.0.0.0 for every network</source>
        <translation>Adresse, an der der Server lauscht: 127.0.0.1 nur für diesen Computer, 0.0.0.0 für alle Netzwerke</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="97"/>
        <source>any free port</source>
        <translation>beliebiger freier Port</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="99"/>
        <source>Port to listen on</source>
        <translation>Port, an dem der Server lauscht</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="102"/>
        <source>Bind address:</source>
        <translation>Bindungsadresse:</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="103"/>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="115"/>
        <source>Check DNS</source>
        <translation>DNS prüfen</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="116"/>
        <source>Check whether the record resolves to this machine</source>
        <translation>Prüfen, ob der Eintrag in diesen Computer aufgelöst wird</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="118"/>
        <source>Internal URL:</source>
        <translation>Interne URL:</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="119"/>
        <source>External URL:</source>
        <translation>Externe URL:</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="120"/>
        <source>DNS record to create:</source>
        <translation>Zu erstellender DNS-Eintrag:</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="142"/>
        <source>Server not started</source>
        <translation>Server nicht gestartet</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="145"/>
        <source>Address not remembered</source>
        <translation>Adresse nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="151"/>
        <source>Server not stopped cleanly</source>
        <translation>Server nicht ordnungsgemäß gestoppt</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="155"/>
        <source>Running on {url}</source>
        <translation>Läuft unter {url}</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="158"/>
        <source>Stopped</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="169"/>
        <source>none (set ExternalBaseUrl in Settings)</source>
        <translation>keine (ExternalBaseUrl in den Einstellungen festlegen)</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="172"/>
        <source>{prefix}.&lt;your DNS domain&gt;</source>
        <translation>{prefix}.&lt;Ihre DNS-Domäne&gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="173"/>
        <source>{name} → this server</source>
        <translation>{name} → dieser Server</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="177"/>
        <source>Last minute: {checks} · {downloads} · {refusals} refused</source>
        <translation>Letzte Minute: {checks} · {downloads} · {refusals} abgelehnt</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/server_panel.py" line="179"/>
        <source>%n check(s)</source>
        <translation>
            <numerusform>%n Prüfung</numerusform>
            <numerusform>%n Prüfungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/server_panel.py" line="180"/>
        <source>%n download(s)</source>
        <translation>
            <numerusform>%n Download</numerusform>
            <numerusform>%n Downloads</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="186"/>
        <source>This machine has no DNS domain, so there is no record to check.</source>
        <translation>Dieser Computer gehört zu keiner DNS-Domäne; es gibt daher keinen Eintrag zu prüfen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="189"/>
        <source>Checking {name}…</source>
        <translation>{name} wird geprüft…</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="195"/>
        <source>{name} does not resolve ({error}).</source>
        <translation>{name} kann nicht aufgelöst werden ({error}).</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="198"/>
        <source>{name} resolves to this machine.</source>
        <translation>{name} wird in diesen Computer aufgelöst.</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="200"/>
        <source>{name} resolves to {addresses}, not to this machine.</source>
        <translation>{name} wird in {addresses} aufgelöst, nicht in diesen Computer.</translation>
    </message>
</context>
<context>
    <name>ServicePage</name>
    <message>
        <location filename="../../app/ui/dialogs/settings.py" line="92"/>
        <source>Changes reach the running server at once, except {0}: those take effect when the server is next started. Empty a field to go back to its default.</source>
        <translation>Änderungen werden sofort vom laufenden Server übernommen, außer {0}: Diese werden erst beim nächsten Start des Servers wirksam. Leeren Sie ein Feld, um den Standardwert wiederherzustellen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings.py" line="108"/>
        <source>Address the server listens on</source>
        <extracomment>A setting&apos;s description (app/domain/settings.py SETTINGS); the settings dialog shows it through self.tr(setting.description).</extracomment>
        <translation>Adresse, an der der Server lauscht</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings.py" line="108"/>
        <source>Base URL phones inside use; unset means http://&lt;host&gt;:&lt;port&gt;</source>
        <extracomment>A setting&apos;s description (app/domain/settings.py SETTINGS); the settings dialog shows it through self.tr(setting.description).</extracomment>
        <translation>Basis-URL für interne Telefone; nicht festgelegt bedeutet http://&lt;host&gt;:&lt;port&gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings.py" line="108"/>
        <source>Base URL published by the reverse proxy; unset means no external URL</source>
        <extracomment>A setting&apos;s description (app/domain/settings.py SETTINGS); the settings dialog shows it through self.tr(setting.description).</extracomment>
        <translation>Vom Reverseproxy veröffentlichte Basis-URL; nicht festgelegt bedeutet keine externe URL</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings.py" line="108"/>
        <source>Buffered audit bytes that force a write</source>
        <extracomment>A setting&apos;s description (app/domain/settings.py SETTINGS); the settings dialog shows it through self.tr(setting.description).</extracomment>
        <translation>Gepufferte Überwachungsdaten in Bytes, ab denen geschrieben wird</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings.py" line="108"/>
        <source>Days after which device logs and audit files are deleted</source>
        <extracomment>A setting&apos;s description (app/domain/settings.py SETTINGS); the settings dialog shows it through self.tr(setting.description).</extracomment>
        <translation>Tage, nach denen Geräteprotokolle und Überwachungsdateien gelöscht werden</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings.py" line="108"/>
        <source>File extensions devices may upload</source>
        <extracomment>A setting&apos;s description (app/domain/settings.py SETTINGS); the settings dialog shows it through self.tr(setting.description).</extracomment>
        <translation>Dateierweiterungen, die Geräte hochladen dürfen</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings.py" line="108"/>
        <source>How often phones are told to check again</source>
        <extracomment>A setting&apos;s description (app/domain/settings.py SETTINGS); the settings dialog shows it through self.tr(setting.description).</extracomment>
        <translation>Wie oft Telefone erneut nach Updates suchen sollen</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings.py" line="108"/>
        <source>Largest device log upload</source>
        <extracomment>A setting&apos;s description (app/domain/settings.py SETTINGS); the settings dialog shows it through self.tr(setting.description).</extracomment>
        <translation>Maximale Größe eines hochgeladenen Geräteprotokolls</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings.py" line="108"/>
        <source>Largest total size an update package may unpack to</source>
        <extracomment>A setting&apos;s description (app/domain/settings.py SETTINGS); the settings dialog shows it through self.tr(setting.description).</extracomment>
        <translation>Maximale entpackte Gesamtgröße eines Updatepakets</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings.py" line="108"/>
        <source>Log types devices may upload</source>
        <extracomment>A setting&apos;s description (app/domain/settings.py SETTINGS); the settings dialog shows it through self.tr(setting.description).</extracomment>
        <translation>Protokolltypen, die Geräte hochladen dürfen</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings.py" line="108"/>
        <source>Minutes between writes of buffered audit lines</source>
        <extracomment>A setting&apos;s description (app/domain/settings.py SETTINGS); the settings dialog shows it through self.tr(setting.description).</extracomment>
        <translation>Minuten zwischen den Schreibvorgängen gepufferter Überwachungseinträge</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings.py" line="108"/>
        <source>Networks allowed to use the internal endpoints (CIDR list)</source>
        <extracomment>A setting&apos;s description (app/domain/settings.py SETTINGS); the settings dialog shows it through self.tr(setting.description).</extracomment>
        <translation>Netzwerke, die die internen Endpunkte verwenden dürfen (CIDR-Liste)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings.py" line="108"/>
        <source>Port the server listens on</source>
        <extracomment>A setting&apos;s description (app/domain/settings.py SETTINGS); the settings dialog shows it through self.tr(setting.description).</extracomment>
        <translation>Port, an dem der Server lauscht</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings.py" line="108"/>
        <source>Reverse proxies whose X-Forwarded-For/-Proto are honoured</source>
        <extracomment>A setting&apos;s description (app/domain/settings.py SETTINGS); the settings dialog shows it through self.tr(setting.description).</extracomment>
        <translation>Reverseproxys, deren X-Forwarded-For/-Proto-Header berücksichtigt werden</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings.py" line="108"/>
        <source>Server name shown in rule identities (default: the host&apos;s FQDN)</source>
        <extracomment>A setting&apos;s description (app/domain/settings.py SETTINGS); the settings dialog shows it through self.tr(setting.description).</extracomment>
        <translation>In Regelidentitäten angezeigter Servername (Standard: FQDN des Hosts)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings.py" line="108"/>
        <source>Size at which a new audit file is started</source>
        <extracomment>A setting&apos;s description (app/domain/settings.py SETTINGS); the settings dialog shows it through self.tr(setting.description).</extracomment>
        <translation>Größe, ab der eine neue Überwachungsdatei begonnen wird</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings.py" line="108"/>
        <source>This server&apos;s site, for site-scoped test devices</source>
        <extracomment>A setting&apos;s description (app/domain/settings.py SETTINGS); the settings dialog shows it through self.tr(setting.description).</extracomment>
        <translation>Standort dieses Servers, für Testgeräte mit Standortbereich</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings.py" line="108"/>
        <source>Time of day for the clean-up (hh:mm); unset means check hourly</source>
        <extracomment>A setting&apos;s description (app/domain/settings.py SETTINGS); the settings dialog shows it through self.tr(setting.description).</extracomment>
        <translation>Uhrzeit der Bereinigung (hh:mm); nicht festgelegt bedeutet stündliche Prüfung</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings.py" line="112"/>
        <source>{0}
Default: {1}</source>
        <translation>{0}
Standard: {1}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings.py" line="113"/>
        <location filename="../../app/ui/dialogs/settings.py" line="114"/>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings.py" line="188"/>
        <source>Settings not saved</source>
        <translation>Einstellungen nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/settings.py" line="438"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings.py" line="445"/>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings.py" line="446"/>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings.py" line="447"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings.py" line="460"/>
        <source>Store the changes and close</source>
        <translation>Die Änderungen speichern und schließen</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings.py" line="461"/>
        <source>Store the changes and keep the dialog open</source>
        <translation>Die Änderungen speichern; das Dialogfeld bleibt geöffnet</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings.py" line="463"/>
        <source>Close; changes not yet applied are dropped</source>
        <translation>Schließen; noch nicht übernommene Änderungen werden verworfen</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../app/ui/simulator/dialogs.py" line="84"/>
        <source>Sign in on the phone</source>
        <translation>Am Telefon anmelden</translation>
    </message>
    <message>
        <location filename="../../app/ui/simulator/dialogs.py" line="88"/>
        <source>The user&apos;s SIP address</source>
        <translation>Die SIP-Adresse des Benutzers</translation>
    </message>
    <message>
        <location filename="../../app/ui/simulator/dialogs.py" line="90"/>
        <source>Account for external downloads (Settings → Accounts); leave empty for none</source>
        <translation>Konto für externe Downloads (Einstellungen → Konten); leer lassen für keines</translation>
    </message>
    <message>
        <location filename="../../app/ui/simulator/dialogs.py" line="94"/>
        <source>The account&apos;s password</source>
        <translation>Das Kennwort des Kontos</translation>
    </message>
    <message>
        <location filename="../../app/ui/simulator/dialogs.py" line="95"/>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <location filename="../../app/ui/simulator/dialogs.py" line="96"/>
        <source>&amp;Account:</source>
        <translation>&amp;Konto:</translation>
    </message>
    <message>
        <location filename="../../app/ui/simulator/dialogs.py" line="97"/>
        <source>&amp;Password:</source>
        <translation>Kenn&amp;wort:</translation>
    </message>
</context>
<context>
    <name>SimulatorWindow</name>
    <message>
        <location filename="../../app/ui/simulator/window.py" line="78"/>
        <location filename="../../app/ui/simulator/window.py" line="157"/>
        <source>Simulated phones</source>
        <translation>Simulierte Telefone</translation>
    </message>
    <message>
        <location filename="../../app/ui/simulator/window.py" line="109"/>
        <source>Add phones…</source>
        <translation>Telefone hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/simulator/window.py" line="110"/>
        <source>Add simulated phones; they start checking at once</source>
        <translation>Simulierte Telefone hinzufügen; sie beginnen sofort mit der Prüfung</translation>
    </message>
    <message>
        <location filename="../../app/ui/simulator/window.py" line="112"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../app/ui/simulator/window.py" line="113"/>
        <source>Remove the selected phones (they stop checking)</source>
        <translation>Die ausgewählten Telefone entfernen (sie prüfen nicht mehr)</translation>
    </message>
    <message>
        <location filename="../../app/ui/simulator/window.py" line="115"/>
        <source>Sign in…</source>
        <translation>Anmelden…</translation>
    </message>
    <message>
        <location filename="../../app/ui/simulator/window.py" line="116"/>
        <source>Sign a user in on the selected phones (they check for updates at sign-in)</source>
        <translation>Einen Benutzer an den ausgewählten Telefonen anmelden (bei der Anmeldung prüfen sie auf Updates)</translation>
    </message>
    <message>
        <location filename="../../app/ui/simulator/window.py" line="118"/>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <location filename="../../app/ui/simulator/window.py" line="119"/>
        <source>Sign the user out of the selected phones</source>
        <translation>Den Benutzer von den ausgewählten Telefonen abmelden</translation>
    </message>
    <message>
        <location filename="../../app/ui/simulator/window.py" line="121"/>
        <source>Move outside the firewall</source>
        <translation>Außerhalb der Firewall betreiben</translation>
    </message>
    <message>
        <location filename="../../app/ui/simulator/window.py" line="122"/>
        <source>The selected phones check through the external URL, as from home</source>
        <translation>Die ausgewählten Telefone prüfen über die externe URL, wie von zu Hause</translation>
    </message>
    <message>
        <location filename="../../app/ui/simulator/window.py" line="125"/>
        <source>Move inside</source>
        <translation>Nach innen holen</translation>
    </message>
    <message>
        <location filename="../../app/ui/simulator/window.py" line="126"/>
        <source>The selected phones check through the internal URL</source>
        <translation>Die ausgewählten Telefone prüfen über die interne URL</translation>
    </message>
    <message>
        <location filename="../../app/ui/simulator/window.py" line="128"/>
        <source>Check now</source>
        <translation>Jetzt prüfen</translation>
    </message>
    <message>
        <location filename="../../app/ui/simulator/window.py" line="129"/>
        <source>The selected phones (or all, if none is selected) check for updates now</source>
        <translation>Die ausgewählten Telefone (oder alle, wenn keines ausgewählt ist) prüfen jetzt auf Updates</translation>
    </message>
    <message>
        <location filename="../../app/ui/simulator/window.py" line="138"/>
        <source>Phones</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <location filename="../../app/ui/simulator/window.py" line="179"/>
        <source>Start the server first: simulated phones talk to it over HTTP, exactly as real phones do.</source>
        <translation>Starten Sie zuerst den Server: Simulierte Telefone sprechen über HTTP mit ihm, genau wie echte Telefone.</translation>
    </message>
    <message>
        <location filename="../../app/ui/simulator/window.py" line="182"/>
        <source>Start server</source>
        <translation>Server starten</translation>
    </message>
    <message>
        <location filename="../../app/ui/simulator/window.py" line="183"/>
        <source>Start the device update server</source>
        <translation>Den Geräteupdateserver starten</translation>
    </message>
    <message>
        <location filename="../../app/ui/simulator/window.py" line="194"/>
        <source>1× (real time)</source>
        <translation>1× (Echtzeit)</translation>
    </message>
    <message>
        <location filename="../../app/ui/simulator/window.py" line="195"/>
        <source>60× (an hour in a minute)</source>
        <translation>60× (eine Stunde in einer Minute)</translation>
    </message>
    <message>
        <location filename="../../app/ui/simulator/window.py" line="196"/>
        <source>3600× (24 h in 24 s)</source>
        <translation>3600× (24 h in 24 s)</translation>
    </message>
    <message>
        <location filename="../../app/ui/simulator/window.py" line="197"/>
        <source>86400× (24 h in 1 s)</source>
        <translation>86400× (24 h in 1 s)</translation>
    </message>
    <message>
        <location filename="../../app/ui/simulator/window.py" line="199"/>
        <source>How fast time passes for the phones: their poll interval and five idle minutes</source>
        <translation>Wie schnell die Zeit für die Telefone vergeht: ihr Abfrageintervall und fünf Minuten Ruhezeit</translation>
    </message>
    <message>
        <location filename="../../app/ui/simulator/window.py" line="202"/>
        <source>&amp;Time scale:</source>
        <translation>&amp;Zeitraffer:</translation>
    </message>
    <message>
        <location filename="../../app/ui/simulator/window.py" line="213"/>
        <source>What the phones did (newest last; problems in red):</source>
        <translation>Was die Telefone getan haben (neueste zuletzt; Probleme in Rot):</translation>
    </message>
    <message>
        <location filename="../../app/ui/simulator/window.py" line="217"/>
        <source>Phone events</source>
        <translation>Telefonereignisse</translation>
    </message>
    <message>
        <location filename="../../app/ui/simulator/window.py" line="291"/>
        <source>Server not started</source>
        <translation>Server nicht gestartet</translation>
    </message>
    <message>
        <location filename="../../app/ui/simulator/window.py" line="381"/>
        <source>{phones}: {versions}; {checks}, {failures} failed</source>
        <translation>{phones}: {versions}; {checks}, {failures} fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/simulator/window.py" line="382"/>
        <source>%n phone(s)</source>
        <translation>
            <numerusform>%n Telefon</numerusform>
            <numerusform>%n Telefone</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/simulator/window.py" line="383"/>
        <source>%n update check(s)</source>
        <translation>
            <numerusform>%n Updateprüfung</numerusform>
            <numerusform>%n Updateprüfungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/simulator/window.py" line="414"/>
        <source>Demo: the console runs on a throwaway data folder with a sample package, one test phone (the first row) and a running server; nothing of your real data is touched. Pending updates reach only the test phone; approve them and every phone updates; restore and they roll back. Outside the firewall, sign in with account {account}, password {password}.</source>
        <translation>Demo: Die Konsole läuft auf einem Wegwerf-Datenordner mit einem Beispielpaket, einem Testtelefon (die erste Zeile) und einem laufenden Server; von Ihren echten Daten wird nichts angetastet. Ausstehende Updates erreichen nur das Testtelefon; genehmigen Sie sie, und alle Telefone werden aktualisiert; stellen Sie wieder her, und sie kehren zurück. Außerhalb der Firewall melden Sie sich mit dem Konto {account} und dem Kennwort {password} an.</translation>
    </message>
</context>
<context>
    <name>TestDeviceDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/test_device.py" line="34"/>
        <source>Edit test device</source>
        <translation>Testgerät bearbeiten</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/test_device.py" line="35"/>
        <source>Add test device</source>
        <translation>Testgerät hinzufügen</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/test_device.py" line="60"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/test_device.py" line="61"/>
        <source>A name you recognise, e.g. whose desk it is on</source>
        <translation>Ein aussagekräftiger Name, z. B. an wessen Arbeitsplatz das Gerät steht</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/test_device.py" line="62"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/test_device.py" line="65"/>
        <source>MAC address</source>
        <translation>MAC-Adresse</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/test_device.py" line="66"/>
        <source>Serial number</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/test_device.py" line="67"/>
        <source>How the phone is recognised in its update checks</source>
        <translation>Woran das Telefon bei seinen Updateprüfungen erkannt wird</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/test_device.py" line="68"/>
        <source>Identifier type</source>
        <translation>Bezeichnertyp</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/test_device.py" line="69"/>
        <source>Identified &amp;by:</source>
        <translation>Erkannt ü&amp;ber:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/test_device.py" line="70"/>
        <source>Identifier</source>
        <translation>Bezeichner</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/test_device.py" line="71"/>
        <source>I&amp;dentifier:</source>
        <translation>Be&amp;zeichner:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/test_device.py" line="72"/>
        <source>Scope:</source>
        <translation>Bereich:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/test_device.py" line="81"/>
        <source>Save this test device</source>
        <translation>Dieses Testgerät speichern</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/test_device.py" line="82"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/test_device.py" line="84"/>
        <source>Close without saving</source>
        <translation>Schließen, ohne zu speichern</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/test_device.py" line="85"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/test_device.py" line="102"/>
        <source>&amp;Global</source>
        <translation>&amp;Global</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/test_device.py" line="104"/>
        <source>A test device on every site</source>
        <translation>Ein Testgerät an allen Standorten</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/test_device.py" line="105"/>
        <source>Global scope</source>
        <translation>Globaler Bereich</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/test_device.py" line="106"/>
        <source>&amp;Site:</source>
        <translation>&amp;Standort:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/test_device.py" line="108"/>
        <source>A test device only where the server&apos;s Site setting has this name</source>
        <translation>Ein Testgerät nur dort, wo die Servereinstellung „Site“ diesen Namen hat</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/test_device.py" line="110"/>
        <source>Site scope</source>
        <translation>Standortbereich</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/test_device.py" line="111"/>
        <source>Site name</source>
        <translation>Standortname</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/test_device.py" line="111"/>
        <source>The site&apos;s name</source>
        <translation>Der Name des Standorts</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/test_device.py" line="141"/>
        <source>Six pairs of hex digits, joined or separated by &apos;-&apos; or &apos;:&apos;</source>
        <translation>Sechs Paare von Hexadezimalziffern, zusammengeschrieben oder durch &apos;-&apos; oder &apos;:&apos; getrennt</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/test_device.py" line="144"/>
        <source>serial number</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/test_device.py" line="145"/>
        <source>Letters, digits, &apos;-&apos; and &apos;_&apos;</source>
        <translation>Buchstaben, Ziffern, &apos;-&apos; und &apos;_&apos;</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/test_device.py" line="155"/>
        <source>Enter a name and the phone&apos;s MAC address or serial number.</source>
        <translation>Geben Sie einen Namen und die MAC-Adresse oder Seriennummer des Telefons ein.</translation>
    </message>
</context>
<context>
    <name>TestDevicesModel</name>
    <message>
        <location filename="../../app/ui/models.py" line="291"/>
        <source>Identifier</source>
        <translation>Bezeichner</translation>
    </message>
    <message>
        <location filename="../../app/ui/models.py" line="291"/>
        <source>Identifier type</source>
        <translation>Bezeichnertyp</translation>
    </message>
    <message>
        <location filename="../../app/ui/models.py" line="291"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/models.py" line="292"/>
        <source>Scope</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <location filename="../../app/ui/models.py" line="296"/>
        <source>MAC address</source>
        <translation>MAC-Adresse</translation>
    </message>
    <message>
        <location filename="../../app/ui/models.py" line="297"/>
        <source>Serial number</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <location filename="../../app/ui/models.py" line="302"/>
        <source>Applies on every site</source>
        <translation>Gilt an allen Standorten</translation>
    </message>
    <message>
        <location filename="../../app/ui/models.py" line="303"/>
        <source>Applies only where the server&apos;s Site setting is {site}</source>
        <translation>Gilt nur dort, wo die Servereinstellung „Site“ {site} lautet</translation>
    </message>
</context>
<context>
    <name>TestDevicesTab</name>
    <message>
        <location filename="../../app/ui/tabs/test_devices.py" line="60"/>
        <source>Test devices receive pending updates before they are approved for everyone.</source>
        <translation>Testgeräte erhalten ausstehende Updates, bevor diese für alle genehmigt werden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/tabs/test_devices.py" line="68"/>
        <source>No test devices. Add a phone by MAC address or serial number (Add…) to try pending updates on it before everyone gets them.</source>
        <translation>Keine Testgeräte. Fügen Sie ein Telefon über MAC-Adresse oder Seriennummer hinzu (Hinzufügen…), um ausstehende Updates daran zu erproben, bevor alle sie erhalten.</translation>
    </message>
    <message>
        <location filename="../../app/ui/tabs/test_devices.py" line="70"/>
        <source>No test device matches the filter.</source>
        <translation>Kein Testgerät entspricht dem Filter.</translation>
    </message>
    <message>
        <location filename="../../app/ui/tabs/test_devices.py" line="73"/>
        <source>Test devices</source>
        <translation>Testgeräte</translation>
    </message>
    <message>
        <location filename="../../app/ui/tabs/test_devices.py" line="82"/>
        <source>Show only test devices whose columns contain this text</source>
        <translation>Nur Testgeräte anzeigen, deren Spalten diesen Text enthalten</translation>
    </message>
    <message>
        <location filename="../../app/ui/tabs/test_devices.py" line="85"/>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/tabs/test_devices.py" line="86"/>
        <source>Add a test device by MAC address or serial number</source>
        <translation>Ein Testgerät über MAC-Adresse oder Seriennummer hinzufügen</translation>
    </message>
    <message>
        <location filename="../../app/ui/tabs/test_devices.py" line="88"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../app/ui/tabs/test_devices.py" line="89"/>
        <source>Change the selected test device</source>
        <translation>Das ausgewählte Testgerät ändern</translation>
    </message>
    <message>
        <location filename="../../app/ui/tabs/test_devices.py" line="90"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../app/ui/tabs/test_devices.py" line="91"/>
        <source>Remove the selected test devices</source>
        <translation>Die ausgewählten Testgeräte entfernen</translation>
    </message>
    <message>
        <location filename="../../app/ui/tabs/test_devices.py" line="145"/>
        <source>Remove test device {name}?</source>
        <translation>Testgerät {name} entfernen?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/tabs/test_devices.py" line="147"/>
        <source>Remove these %n test device(s)?</source>
        <translation>
            <numerusform>Dieses %n Testgerät entfernen?</numerusform>
            <numerusform>Diese %n Testgeräte entfernen?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/tabs/test_devices.py" line="149"/>
        <source>Remove test devices</source>
        <translation>Testgeräte entfernen</translation>
    </message>
    <message>
        <location filename="../../app/ui/tabs/test_devices.py" line="150"/>
        <source>They will only receive approved updates from now on.

</source>
        <translation>Sie erhalten ab sofort nur noch genehmigte Updates.

</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/tabs/test_devices.py" line="151"/>
        <source>Remove %n test device(s)</source>
        <translation>
            <numerusform>%n Testgerät entfernen</numerusform>
            <numerusform>%n Testgeräte entfernen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/tabs/test_devices.py" line="158"/>
        <source>Test device not changed</source>
        <translation>Testgerät nicht geändert</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../app/ui/app.py" line="100"/>
        <source>Upgrading the store for this version of ucupdates. This happens once; with a large inventory it takes a while.</source>
        <translation>Der Speicher wird für diese Version von ucupdates umgestellt. Das geschieht einmal; bei einem großen Bestand dauert es eine Weile.</translation>
    </message>
</context>
<context>
    <name>columns</name>
    <message>
        <location filename="../../app/ui/columns.py" line="141"/>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../app/accounts.py" line="22"/>
        <source>&apos;{name}&apos; is not a user name: use 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos; or &apos;@&apos;</source>
        <translation>„{name}“ ist kein Benutzername: Verwenden Sie 1 bis 64 Buchstaben, Ziffern, „.“, „_“, „-“ oder „@“</translation>
    </message>
    <message>
        <location filename="../../app/accounts.py" line="29"/>
        <source>the password must have at least {least} characters</source>
        <translation>Das Kennwort muss mindestens {least} Zeichen haben</translation>
    </message>
    <message>
        <location filename="../../app/domain/faults.py" line="36"/>
        <source>cannot {doing} ({file}): {advice}; nothing was changed</source>
        <translation>{doing} nicht möglich ({file}): {advice}; es wurde nichts geändert</translation>
    </message>
    <message>
        <location filename="../../app/domain/faults.py" line="38"/>
        <source>cannot {doing}: {advice}; nothing was changed</source>
        <translation>{doing} nicht möglich: {advice}; es wurde nichts geändert</translation>
    </message>
    <message>
        <location filename="../../app/domain/names.py" line="22"/>
        <source>{field} &apos;{value}&apos; is not valid: use 1 to 64 letters, digits, spaces, &apos;-&apos;, &apos;_&apos; or &apos;.&apos; (and not &apos;.&apos; or &apos;..&apos; alone)</source>
        <translation>{field} „{value}“ ist ungültig: Verwenden Sie 1 bis 64 Buchstaben, Ziffern, Leerzeichen, „-“, „_“ oder „.“ (und nicht „.“ oder „..“ allein)</translation>
    </message>
    <message>
        <location filename="../../app/domain/names.py" line="31"/>
        <source>file name &apos;{value}&apos; is not valid: use 1 to 128 letters, digits, spaces, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;, with no folder separators</source>
        <translation>Dateiname „{value}“ ist ungültig: Verwenden Sie 1 bis 128 Buchstaben, Ziffern, Leerzeichen, „-“, „_“ oder „.“, ohne Ordnertrennzeichen</translation>
    </message>
    <message>
        <location filename="../../app/domain/names.py" line="35"/>
        <source>file name &apos;{value}&apos; is reserved on Windows</source>
        <translation>Dateiname „{value}“ ist unter Windows reserviert</translation>
    </message>
    <message>
        <location filename="../../app/domain/settings.py" line="35"/>
        <source>{setting}: {problem}</source>
        <translation>{setting}: {problem}</translation>
    </message>
    <message>
        <location filename="../../app/domain/settings.py" line="42"/>
        <source>&apos;{text}&apos; is not a whole number ({allowed})</source>
        <translation>„{text}“ ist keine ganze Zahl ({allowed})</translation>
    </message>
    <message>
        <location filename="../../app/domain/settings.py" line="46"/>
        <source>{number} is out of range ({allowed})</source>
        <translation>{number} liegt außerhalb des zulässigen Bereichs ({allowed})</translation>
    </message>
    <message>
        <location filename="../../app/domain/settings.py" line="69"/>
        <source>&apos;{text}&apos; is not a time of day: use hh:mm, e.g. 02:30</source>
        <translation>„{text}“ ist keine Uhrzeit: Verwenden Sie hh:mm, z. B. 02:30</translation>
    </message>
    <message>
        <location filename="../../app/domain/settings.py" line="78"/>
        <source>give at least one {what}, separated by commas</source>
        <translation>Geben Sie mindestens einen Wert an ({what}), durch Kommas getrennt</translation>
    </message>
    <message>
        <location filename="../../app/domain/settings.py" line="81"/>
        <source>&apos;{item}&apos; is not a valid {what}</source>
        <translation>„{item}“ ist ungültig (erwartet: {what})</translation>
    </message>
    <message>
        <location filename="../../app/domain/settings.py" line="89"/>
        <source>&apos;{text}&apos; is not a URL: use http(s)://host[:port]</source>
        <translation>„{text}“ ist keine URL: Verwenden Sie http(s)://host[:port]</translation>
    </message>
    <message>
        <location filename="../../app/domain/settings.py" line="93"/>
        <source>&apos;{text}&apos; has an invalid port</source>
        <translation>„{text}“ hat einen ungültigen Port</translation>
    </message>
    <message>
        <location filename="../../app/domain/settings.py" line="95"/>
        <source>&apos;{text}&apos;: a base URL has no query or fragment</source>
        <translation>„{text}“: Eine Basis-URL hat keine Abfrage und kein Fragment</translation>
    </message>
    <message>
        <location filename="../../app/domain/settings.py" line="103"/>
        <source>&apos;{text}&apos; is not an IP address</source>
        <translation>„{text}“ ist keine IP-Adresse</translation>
    </message>
    <message>
        <location filename="../../app/domain/settings.py" line="112"/>
        <source>&apos;{item}&apos; is not a network: use CIDR, like 10.0.0.0/8, comma separated</source>
        <translation>„{item}“ ist kein Netz: CIDR verwenden, etwa 10.0.0.0/8, durch Kommas getrennt</translation>
    </message>
    <message>
        <location filename="../../app/domain/settings.py" line="123"/>
        <source>&apos;{text}&apos; is not a site name (letters, digits, &apos; &apos;, -, _, .)</source>
        <translation>„{text}“ ist kein Standortname (Buchstaben, Ziffern, „ “, -, _, .)</translation>
    </message>
    <message>
        <location filename="../../app/domain/settings.py" line="178"/>
        <source>unknown setting &apos;{name}&apos;; known settings: {known}</source>
        <translation>Unbekannte Einstellung „{name}“; bekannte Einstellungen: {known}</translation>
    </message>
    <message>
        <location filename="../../app/domain/test_devices.py" line="29"/>
        <source>&apos;{text}&apos; is not a MAC address: expected six pairs of hex digits, joined or separated by &apos;-&apos; or &apos;:&apos;, e.g. 00-04-F2-12-34-56</source>
        <translation>„{text}“ ist keine MAC-Adresse: Erwartet werden sechs Paare von Hexadezimalziffern, zusammengeschrieben oder durch „-“ oder „:“ getrennt, z. B. 00-04-F2-12-34-56</translation>
    </message>
    <message>
        <location filename="../../app/domain/test_devices.py" line="40"/>
        <source>&apos;{text}&apos; is not a serial number: use 1 to 64 letters, digits, &apos;-&apos; or &apos;_&apos;</source>
        <translation>„{text}“ ist keine Seriennummer: Verwenden Sie 1 bis 64 Buchstaben, Ziffern, „-“ oder „_“</translation>
    </message>
    <message>
        <location filename="../../app/domain/test_devices.py" line="53"/>
        <source>scope &apos;{text}&apos; is not valid: use &apos;global&apos; or &apos;site:&lt;name&gt;&apos; (letters, digits, spaces, &apos;-&apos;, &apos;_&apos;, &apos;.&apos;)</source>
        <translation>Bereich „{text}“ ist ungültig: Verwenden Sie „global“ oder „site:&lt;Name&gt;“ (Buchstaben, Ziffern, Leerzeichen, „-“, „_“, „.“)</translation>
    </message>
    <message>
        <location filename="../../app/domain/test_devices.py" line="62"/>
        <source>a test device needs a name of 1 to 128 printable characters</source>
        <translation>Ein Testgerät braucht einen Namen aus 1 bis 128 druckbaren Zeichen</translation>
    </message>
    <message>
        <location filename="../../app/domain/test_devices.py" line="82"/>
        <source>give a test device either a MAC address or a serial number</source>
        <translation>Geben Sie für ein Testgerät entweder eine MAC-Adresse oder eine Seriennummer an</translation>
    </message>
    <message>
        <location filename="../../app/domain/versions.py" line="25"/>
        <source>&apos;{text}&apos; is not a version: expected four numbers separated by dots, e.g. 4.0.7577.4366</source>
        <translation>„{text}“ ist keine Version: Erwartet werden vier durch Punkte getrennte Zahlen, z. B. 4.0.7577.4366</translation>
    </message>
    <message>
        <location filename="../../app/domain/versions.py" line="30"/>
        <source>&apos;{text}&apos; is not a version: each part must be 0..65535</source>
        <translation>„{text}“ ist keine Version: Jeder Teil muss zwischen 0 und 65535 liegen</translation>
    </message>
    <message>
        <location filename="../../app/packages/builder.py" line="61"/>
        <source>{folder}: not a folder</source>
        <translation>{folder}: kein Ordner</translation>
    </message>
    <message>
        <location filename="../../app/packages/builder.py" line="65"/>
        <source>{folder}: no {manifest} in the folder</source>
        <translation>{folder}: keine Datei {manifest} im Ordner</translation>
    </message>
    <message>
        <location filename="../../app/packages/builder.py" line="74"/>
        <source>{folder}: {rel} is listed in {manifest} but missing</source>
        <translation>{folder}: {rel} ist in {manifest} aufgeführt, fehlt aber</translation>
    </message>
    <message>
        <location filename="../../app/packages/cabinet.py" line="93"/>
        <source>{label}: corrupt cabinet (a name is not terminated)</source>
        <translation>{label}: beschädigte CAB-Datei (ein Name ist nicht abgeschlossen)</translation>
    </message>
    <message>
        <location filename="../../app/packages/cabinet.py" line="99"/>
        <source>{label}: the cabinet is truncated or corrupt (it ends too early)</source>
        <translation>{label}: Die CAB-Datei ist abgeschnitten oder beschädigt (sie endet zu früh)</translation>
    </message>
    <message>
        <location filename="../../app/packages/cabinet.py" line="110"/>
        <source>{label}: not a cabinet file (no MSCF signature at its start)</source>
        <translation>{label}: keine CAB-Datei (keine MSCF-Signatur am Anfang)</translation>
    </message>
    <message>
        <location filename="../../app/packages/cabinet.py" line="116"/>
        <source>{label}: unsupported or corrupt cabinet header (format version {major}.{minor}, expected 1.3)</source>
        <translation>{label}: nicht unterstützter oder beschädigter CAB-Header (Formatversion {major}.{minor}, erwartet 1.3)</translation>
    </message>
    <message>
        <location filename="../../app/packages/cabinet.py" line="119"/>
        <source>{label}: multi-part cabinets (spanning several files) are not supported; use a single-file package</source>
        <translation>{label}: Mehrteilige CAB-Dateien (über mehrere Dateien verteilt) werden nicht unterstützt; verwenden Sie ein Paket aus einer einzigen Datei</translation>
    </message>
    <message>
        <location filename="../../app/packages/cabinet.py" line="128"/>
        <source>{label}: corrupt cabinet (its file table is not where the format puts it, after the folder table)</source>
        <translation>{label}: beschädigte CAB-Datei (ihre Dateitabelle steht nicht dort, wo das Format sie vorsieht: nach der Ordnertabelle)</translation>
    </message>
    <message>
        <location filename="../../app/packages/cabinet.py" line="149"/>
        <source>{label}: corrupt cabinet (it has no data folders)</source>
        <translation>{label}: beschädigte CAB-Datei (sie hat keine Datenordner)</translation>
    </message>
    <message>
        <location filename="../../app/packages/cabinet.py" line="155"/>
        <source>{label}: {compression} is not supported; repack the cabinet with LZX, MSZIP or no compression</source>
        <translation>{label}: {compression} wird nicht unterstützt; packen Sie die CAB-Datei mit LZX, MSZIP oder ohne Komprimierung neu</translation>
    </message>
    <message>
        <location filename="../../app/packages/cabinet.py" line="159"/>
        <source>{label}: corrupt cabinet (an LZX window of 2^{bits} bytes; the format allows 2^15 to 2^21)</source>
        <translation>{label}: beschädigte CAB-Datei (ein LZX-Fenster von 2^{bits} Bytes; das Format erlaubt 2^15 bis 2^21)</translation>
    </message>
    <message>
        <location filename="../../app/packages/cabinet.py" line="182"/>
        <source>{label}: the cabinet holds no files, so it is not an update package</source>
        <translation>{label}: Die CAB-Datei enthält keine Dateien und ist daher kein Updatepaket</translation>
    </message>
    <message>
        <location filename="../../app/packages/cabinet.py" line="185"/>
        <source>{label}: the cabinet has {count} members; at most {most} are allowed</source>
        <translation>{label}: Die CAB-Datei hat {count} Bestandteile; höchstens {most} sind erlaubt</translation>
    </message>
    <message>
        <location filename="../../app/packages/cabinet.py" line="191"/>
        <source>{label}: a file continues into another cabinet; multi-part cabinets are not supported</source>
        <translation>{label}: Eine Datei setzt sich in einer anderen CAB-Datei fort; mehrteilige CAB-Dateien werden nicht unterstützt</translation>
    </message>
    <message>
        <location filename="../../app/packages/cabinet.py" line="194"/>
        <source>{label}: corrupt cabinet (a file names folder {folder}, but there are {n_folders})</source>
        <translation>{label}: beschädigte CAB-Datei (eine Datei nennt Ordner {folder}, es gibt aber nur {n_folders})</translation>
    </message>
    <message>
        <location filename="../../app/packages/cabinet.py" line="204"/>
        <source>{label}: corrupt cabinet (a member has an empty name)</source>
        <translation>{label}: beschädigte CAB-Datei (ein Bestandteil hat einen leeren Namen)</translation>
    </message>
    <message>
        <location filename="../../app/packages/cabinet.py" line="206"/>
        <source>{label}: a member name is longer than {most} bytes</source>
        <translation>{label}: Ein Bestandteilname ist länger als {most} Bytes</translation>
    </message>
    <message>
        <location filename="../../app/packages/cabinet.py" line="211"/>
        <source>{label}: corrupt cabinet (a member name is not valid text)</source>
        <translation>{label}: beschädigte CAB-Datei (ein Bestandteilname ist kein gültiger Text)</translation>
    </message>
    <message>
        <location filename="../../app/packages/cabinet.py" line="215"/>
        <source>{label}: member {name!r} has a non-ASCII name in a legacy (ANSI) encoding, which cannot be read; rename it or repack the cabinet with UTF-8 names</source>
        <translation>{label}: Bestandteil {name!r} hat einen Nicht-ASCII-Namen in einer alten (ANSI-)Codierung, die nicht gelesen werden kann; benennen Sie ihn um oder packen Sie die CAB-Datei mit UTF-8-Namen neu</translation>
    </message>
    <message>
        <location filename="../../app/packages/cabinet.py" line="231"/>
        <source>{label}: the package would unpack to {total:,} bytes, more than the limit of {max_size:,} bytes (MaxPackageUnpackedSize)</source>
        <translation>{label}: Das Paket würde entpackt {total:,} Bytes groß, mehr als die Grenze von {max_size:,} Bytes (MaxPackageUnpackedSize)</translation>
    </message>
    <message>
        <location filename="../../app/packages/cabinet.py" line="286"/>
        <source>{label}: the cabinet is corrupt ({name} holds more than the {size:,} bytes its table declares)</source>
        <translation>{label}: Die CAB-Datei ist beschädigt ({name} enthält mehr als die {size:,} Bytes, die ihre Tabelle angibt)</translation>
    </message>
    <message>
        <location filename="../../app/packages/cabinet.py" line="295"/>
        <source>{label}: the cabinet is corrupt ({name} ends after {written:,} of its {size:,} bytes)</source>
        <translation>{label}: Die CAB-Datei ist beschädigt ({name} endet nach {written:,} von {size:,} Bytes)</translation>
    </message>
    <message>
        <location filename="../../app/packages/cabinet.py" line="307"/>
        <source>{label}: the cabinet is corrupt (its file table names {listed} members, {read} could be read)</source>
        <translation>{label}: Die CAB-Datei ist beschädigt (ihre Dateitabelle nennt {listed} Bestandteile, {read} konnten gelesen werden)</translation>
    </message>
    <message>
        <location filename="../../app/packages/cabinet.py" line="321"/>
        <source>{label}: the cabinet is corrupt (data block {number} fails its checksum)</source>
        <translation>{label}: Die CAB-Datei ist beschädigt (Datenblock {number} besteht die Prüfsumme nicht)</translation>
    </message>
    <message>
        <location filename="../../app/packages/cabinet.py" line="324"/>
        <source>{label}: the cabinet is corrupt ({detail})</source>
        <translation>{label}: Die CAB-Datei ist beschädigt ({detail})</translation>
    </message>
    <message>
        <location filename="../../app/packages/decoder.py" line="28"/>
        <source>cannot decompress packages: the libarchive library is missing ({reason}); install it (Debian/Ubuntu: libarchive13, Fedora: libarchive) and try again</source>
        <translation>Pakete können nicht entpackt werden: Die Bibliothek libarchive fehlt ({reason}); installieren Sie sie (Debian/Ubuntu: libarchive13, Fedora: libarchive) und versuchen Sie es erneut</translation>
    </message>
    <message>
        <location filename="../../app/packages/importer.py" line="197"/>
        <source>{label}: the file changed after it was read; open it again</source>
        <translation>{label}: Die Datei wurde nach dem Lesen geändert; öffnen Sie sie erneut</translation>
    </message>
    <message>
        <location filename="../../app/packages/importer.py" line="207"/>
        <location filename="../../app/packages/lync_import.py" line="183"/>
        <location filename="../../app/packages/package.py" line="124"/>
        <source>import cancelled; nothing was changed</source>
        <translation>Import abgebrochen; es wurde nichts geändert</translation>
    </message>
    <message>
        <location filename="../../app/packages/importer.py" line="232"/>
        <source>{label}: {update} is already stored with different files or content; a changed image needs a new version number</source>
        <translation>{label}: {update} ist bereits mit anderen Dateien oder anderem Inhalt gespeichert; ein geändertes Image braucht eine neue Versionsnummer</translation>
    </message>
    <message>
        <location filename="../../app/packages/lync.py" line="114"/>
        <source>{path}: no such folder (give the copy of the Lync server&apos;s DeviceUpdateStore folder)</source>
        <translation>{path}: Ordner nicht gefunden (geben Sie die Kopie des Ordners DeviceUpdateStore des Lync-Servers an)</translation>
    </message>
    <message>
        <location filename="../../app/packages/lync.py" line="116"/>
        <source>{path}: not a folder (give the copy of the Lync server&apos;s DeviceUpdateStore folder)</source>
        <translation>{path}: kein Ordner (geben Sie die Kopie des DeviceUpdateStore-Ordners des Lync-Servers an)</translation>
    </message>
    <message>
        <location filename="../../app/packages/lync.py" line="122"/>
        <source>{path}: the store holds {version} twice (folder names that differ only in case)</source>
        <translation>{path}: Der Speicher enthält {version} zweimal (Ordnernamen, die sich nur in der Groß-/Kleinschreibung unterscheiden)</translation>
    </message>
    <message>
        <location filename="../../app/packages/lync.py" line="126"/>
        <source>{path}: no update versions found; expected folders DeviceType/Brand/Model/Revision/Locale/Version/UpdateType holding the files</source>
        <translation>{path}: keine Update-Versionen gefunden; erwartet werden Ordner DeviceType/Brand/Model/Revision/Locale/Version/UpdateType mit den Dateien</translation>
    </message>
    <message>
        <location filename="../../app/packages/lync.py" line="141"/>
        <source>{path}: {reason}</source>
        <translation>{path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/packages/lync.py" line="143"/>
        <location filename="../../app/packages/lync.py" line="199"/>
        <location filename="../../app/packages/package.py" line="78"/>
        <source>{path}: cannot be read ({reason})</source>
        <translation>{path}: kann nicht gelesen werden ({reason})</translation>
    </message>
    <message>
        <location filename="../../app/packages/lync.py" line="146"/>
        <source>{path}: the version folder holds no files</source>
        <translation>{path}: Der Versionsordner enthält keine Dateien</translation>
    </message>
    <message>
        <location filename="../../app/packages/lync.py" line="171"/>
        <source>{file}, line {line}: the header has no column {columns} (is this what Export-Csv wrote?)</source>
        <translation>{file}, Zeile {line}: Die Kopfzeile hat keine Spalte {columns} (hat Export-Csv diese Datei geschrieben?)</translation>
    </message>
    <message>
        <location filename="../../app/packages/lync.py" line="178"/>
        <source>{file}, line {line}: the row has a different number of columns than the header</source>
        <translation>{file}, Zeile {line}: Die Zeile hat eine andere Spaltenzahl als die Kopfzeile</translation>
    </message>
    <message>
        <location filename="../../app/packages/lync.py" line="183"/>
        <source>{file}, line {line}: not readable as CSV ({reason})</source>
        <translation>{file}, Zeile {line}: nicht als CSV lesbar ({reason})</translation>
    </message>
    <message>
        <location filename="../../app/packages/lync.py" line="191"/>
        <source>{file}: larger than {most:,} bytes; is it the right file?</source>
        <translation>{file}: größer als {most:,} Bytes; ist es die richtige Datei?</translation>
    </message>
    <message>
        <location filename="../../app/packages/lync.py" line="195"/>
        <location filename="../../app/packages/package.py" line="74"/>
        <source>{path}: no such file</source>
        <translation>{path}: Datei nicht gefunden</translation>
    </message>
    <message>
        <location filename="../../app/packages/lync.py" line="197"/>
        <source>{path}: is a folder, not a CSV file</source>
        <translation>{path}: ist ein Ordner, keine CSV-Datei</translation>
    </message>
    <message>
        <location filename="../../app/packages/lync.py" line="215"/>
        <source>{file}: not readable as text ({codec})</source>
        <translation>{file}: nicht als Text lesbar ({codec})</translation>
    </message>
    <message>
        <location filename="../../app/packages/lync.py" line="225"/>
        <source>{file}, line {line}: a second rule for {kind} {update_type} (or the same Id again); the first is on line {first}</source>
        <translation>{file}, Zeile {line}: eine zweite Regel für {kind} {update_type} (oder dieselbe ID noch einmal); die erste steht in Zeile {first}</translation>
    </message>
    <message>
        <location filename="../../app/packages/lync.py" line="232"/>
        <source>{file}: holds no rules</source>
        <translation>{file}: enthält keine Regeln</translation>
    </message>
    <message>
        <location filename="../../app/packages/lync.py" line="243"/>
        <location filename="../../app/packages/lync.py" line="329"/>
        <source>{file}, line {line}: {reason}</source>
        <translation>{file}, Zeile {line}: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/packages/lync.py" line="247"/>
        <source>{file}, line {line}: Id &apos;{value}&apos; is not a GUID</source>
        <translation>{file}, Zeile {line}: ID „{value}“ ist keine GUID</translation>
    </message>
    <message>
        <location filename="../../app/packages/lync.py" line="278"/>
        <source>{file}, line {line}: the rule for {kind} {update_type} names version {version}, which is not in the store folder</source>
        <translation>{file}, Zeile {line}: Die Regel für {kind} {update_type} nennt Version {version}, die nicht im Speicherordner liegt</translation>
    </message>
    <message>
        <location filename="../../app/packages/lync.py" line="307"/>
        <source>{file}, line {line}: test device {name} clashes with line {first} (same name or identifier in {scope})</source>
        <translation>{file}, Zeile {line}: Testgerät {name} kollidiert mit Zeile {first} (gleicher Name oder gleiche Kennung in {scope})</translation>
    </message>
    <message>
        <location filename="../../app/packages/lync.py" line="320"/>
        <source>Identity &apos;{value}&apos; is not Global/NAME or site:SITE/NAME</source>
        <translation>Identity „{value}“ ist weder Global/NAME noch site:SITE/NAME</translation>
    </message>
    <message>
        <location filename="../../app/packages/lync.py" line="323"/>
        <source>IdentifierType &apos;{value}&apos; is neither MACAddress nor SerialNumber</source>
        <translation>IdentifierType „{value}“ ist weder MACAddress noch SerialNumber</translation>
    </message>
    <message>
        <location filename="../../app/packages/lync_import.py" line="94"/>
        <source>import from Lync refused, nothing was changed: {conflict}</source>
        <translation>Import aus Lync abgelehnt, es wurde nichts geändert: {conflict}</translation>
    </message>
    <message>
        <location filename="../../app/packages/manifest.py" line="72"/>
        <source>{manifest}: {problem}</source>
        <translation>{manifest}: {problem}</translation>
    </message>
    <message>
        <location filename="../../app/packages/manifest.py" line="95"/>
        <source>the {attribute} attribute is missing</source>
        <translation>Das Attribut {attribute} fehlt</translation>
    </message>
    <message>
        <location filename="../../app/packages/manifest.py" line="103"/>
        <source>file {name}: Sha256 must be 64 hex digits</source>
        <translation>Datei {name}: Sha256 muss aus 64 Hexadezimalziffern bestehen</translation>
    </message>
    <message>
        <location filename="../../app/packages/package.py" line="68"/>
        <source>{label}: the file is larger than the package size limit ({max_size:,} bytes, MaxPackageUnpackedSize)</source>
        <translation>{label}: Die Datei ist größer als die Paketgrößengrenze ({max_size:,} Bytes, MaxPackageUnpackedSize)</translation>
    </message>
    <message>
        <location filename="../../app/packages/package.py" line="76"/>
        <source>{path}: is a folder, not a package file</source>
        <translation>{path}: ist ein Ordner, keine Paketdatei</translation>
    </message>
    <message>
        <location filename="../../app/packages/package.py" line="95"/>
        <source>{label}: not an update package (no {manifest} at its root)</source>
        <translation>{label}: kein Updatepaket (keine Datei {manifest} auf oberster Ebene)</translation>
    </message>
    <message>
        <location filename="../../app/packages/package.py" line="99"/>
        <source>{label}: {manifest} is larger than {most:,} bytes</source>
        <translation>{label}: {manifest} ist größer als {most:,} Bytes</translation>
    </message>
    <message>
        <location filename="../../app/packages/package.py" line="163"/>
        <source>{label}: members {first!r} and {name!r} differ only in case or separators</source>
        <translation>{label}: Die Bestandteile {first!r} und {name!r} unterscheiden sich nur in Groß-/Kleinschreibung oder Trennzeichen</translation>
    </message>
    <message>
        <location filename="../../app/packages/package.py" line="173"/>
        <source>{label}: member {name!r} has an absolute path</source>
        <translation>{label}: Bestandteil {name!r} hat einen absoluten Pfad</translation>
    </message>
    <message>
        <location filename="../../app/packages/package.py" line="176"/>
        <source>{label}: member {name!r} climbs out of the package (&apos;..&apos;) or has an empty path part</source>
        <translation>{label}: Bestandteil {name!r} verlässt das Paket („..“) oder hat einen leeren Pfadteil</translation>
    </message>
    <message>
        <location filename="../../app/packages/package.py" line="189"/>
        <source>{label}: {file} listed for {update} is missing (expected member {folder}/{file})</source>
        <translation>{label}: {file}, aufgeführt für {update}, fehlt (erwarteter Bestandteil {folder}/{file})</translation>
    </message>
    <message>
        <location filename="../../app/packages/package.py" line="196"/>
        <source>{label}: {folder}/{file} fails its hash check (updateInfo.xml says {expected}, content is {digest})</source>
        <translation>{label}: {folder}/{file} besteht die Hashprüfung nicht (updateInfo.xml nennt {expected}, der Inhalt ergibt {digest})</translation>
    </message>
    <message>
        <location filename="../../app/services.py" line="168"/>
        <source>the data folder {folder} is a file, not a folder</source>
        <translation>der Datenordner {folder} ist eine Datei, kein Ordner</translation>
    </message>
    <message>
        <location filename="../../app/services.py" line="174"/>
        <source>cannot create the data folder {folder}: {reason}</source>
        <translation>Der Datenordner {folder} kann nicht angelegt werden: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/services.py" line="219"/>
        <source>give the store to copy to: --to postgresql://user@host/database</source>
        <translation>Geben Sie den Speicher an, in den kopiert wird: --to postgresql://user@host/database</translation>
    </message>
    <message>
        <location filename="../../app/services.py" line="449"/>
        <source>account &apos;{name}&apos; exists; reset its password instead</source>
        <translation>Das Konto „{name}“ gibt es schon; setzen Sie stattdessen sein Kennwort neu</translation>
    </message>
    <message>
        <location filename="../../app/services.py" line="452"/>
        <location filename="../../app/services.py" line="462"/>
        <source>no user account named &apos;{name}&apos;</source>
        <translation>Kein Benutzerkonto namens „{name}“</translation>
    </message>
    <message>
        <location filename="../../app/services.py" line="516"/>
        <source>no device with MAC {macs} in the inventory; nothing was removed</source>
        <translation>Kein Gerät mit der MAC-Adresse {macs} in der Geräteliste; es wurde nichts entfernt</translation>
    </message>
    <message>
        <location filename="../../app/services.py" line="528"/>
        <source>the number of days must be 1..3650, not {days}</source>
        <translation>Die Anzahl der Tage muss zwischen 1 und 3650 liegen, nicht {days}</translation>
    </message>
    <message>
        <location filename="../../app/services.py" line="599"/>
        <source>the list of devices changed while you chose; nothing was removed. Select the devices again</source>
        <translation>Die Geräteliste hat sich während Ihrer Auswahl geändert; nichts wurde entfernt. Wählen Sie die Geräte erneut aus</translation>
    </message>
    <message>
        <location filename="../../app/services.py" line="627"/>
        <source>give at least one update type and the version it runs</source>
        <translation>Geben Sie mindestens einen Updatetyp und die Version an, die das Gerät ausführt</translation>
    </message>
    <message>
        <location filename="../../app/services.py" line="673"/>
        <source>--days-back must be 1..30, not {days}</source>
        <translation>Die Anzahl der Tage muss zwischen 1 und 30 liegen, nicht {days}</translation>
    </message>
    <message>
        <location filename="../../app/services.py" line="686"/>
        <source>no test device named &apos;{name}&apos; in scope {scope}</source>
        <translation>Kein Testgerät namens „{name}“ im Bereich {scope}</translation>
    </message>
    <message>
        <location filename="../../app/services.py" line="694"/>
        <source>a test device named &apos;{name}&apos; already exists in scope {scope}</source>
        <translation>Im Bereich {scope} gibt es bereits ein Testgerät namens „{name}“</translation>
    </message>
    <message>
        <location filename="../../app/services.py" line="698"/>
        <source>{identifier} is already test device &apos;{other}&apos; in scope {scope}</source>
        <translation>{identifier} ist bereits das Testgerät „{other}“ im Bereich {scope}</translation>
    </message>
    <message>
        <location filename="../../app/store/database.py" line="49"/>
        <source>the store {path} is empty (0 bytes): it was cut short, perhaps by a full disk or a failed copy. Restore it from a backup, or move it aside to start again with an empty store (the files in DeviceUpdateStore stay; import the packages again to get the rules back)</source>
        <translation>Der Datenspeicher {path} ist leer (0 Bytes): Er wurde abgeschnitten, vielleicht durch einen vollen Datenträger oder eine fehlgeschlagene Kopie. Stellen Sie ihn aus einer Sicherung wieder her, oder verschieben Sie ihn, um mit einem leeren Datenspeicher neu zu beginnen (die Dateien in DeviceUpdateStore bleiben erhalten; importieren Sie die Pakete erneut, um die Regeln zurückzubekommen)</translation>
    </message>
    <message>
        <location filename="../../app/store/database.py" line="185"/>
        <source>cannot open the store {path}: {reason}</source>
        <translation>Der Datenspeicher {path} kann nicht geöffnet werden: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/store/database.py" line="232"/>
        <source>cannot create the store {path}: {reason}</source>
        <translation>Der Datenspeicher {path} kann nicht angelegt werden: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/store/database.py" line="260"/>
        <location filename="../../app/store/postgres.py" line="284"/>
        <source>the store is busy: another ucupdates process kept it locked for {seconds} s; try again</source>
        <translation>Der Datenspeicher ist belegt: Ein anderer ucupdates-Prozess hat ihn {seconds} s lang gesperrt; versuchen Sie es erneut</translation>
    </message>
    <message>
        <location filename="../../app/store/database.py" line="288"/>
        <location filename="../../app/store/database.py" line="296"/>
        <source>the disk holding {folder} is full: free some space and try again; nothing was changed</source>
        <translation>Der Datenträger mit {folder} ist voll: Geben Sie Speicherplatz frei und versuchen Sie es erneut; es wurde nichts geändert</translation>
    </message>
    <message>
        <location filename="../../app/store/database.py" line="291"/>
        <source>cannot write to the data folder {folder} (it is read-only, or this user may not write there); ucupdates needs to write to it</source>
        <translation>In den Datenordner {folder} kann nicht geschrieben werden (er ist schreibgeschützt, oder dieser Benutzer darf dort nicht schreiben); ucupdates muss dort schreiben können</translation>
    </message>
    <message>
        <location filename="../../app/store/database.py" line="298"/>
        <source>the disk reported an input/output error on the store {path}: check the disk, then try again</source>
        <translation>Der Datenträger meldete einen Ein-/Ausgabefehler beim Datenspeicher {path}: Prüfen Sie den Datenträger und versuchen Sie es dann erneut</translation>
    </message>
    <message>
        <location filename="../../app/store/database.py" line="301"/>
        <source>the store {path} is damaged ({reason}). Restore it from a backup, or move it aside to start again with an empty store (then import the packages again)</source>
        <translation>Der Datenspeicher {path} ist beschädigt ({reason}). Stellen Sie ihn aus einer Sicherung wieder her, oder verschieben Sie ihn, um mit einem leeren Datenspeicher neu zu beginnen (importieren Sie dann die Pakete erneut)</translation>
    </message>
    <message>
        <location filename="../../app/store/database.py" line="311"/>
        <location filename="../../app/store/postgres.py" line="399"/>
        <source>the store was written by a newer ucupdates (schema {current}, this program knows {known}); upgrade ucupdates</source>
        <translation>Der Datenspeicher wurde von einer neueren ucupdates-Version geschrieben (Schema {current}, dieses Programm kennt {known}); aktualisieren Sie ucupdates</translation>
    </message>
    <message>
        <location filename="../../app/store/engine.py" line="32"/>
        <source>the store URL {url} names no database: give postgresql://user@host/database</source>
        <translation>Die Speicher-URL {url} nennt keine Datenbank: Geben Sie postgresql://user@host/database an</translation>
    </message>
    <message>
        <location filename="../../app/store/engine.py" line="35"/>
        <source>the store {url} is not a PostgreSQL URL: give postgresql://user@host/database (without --store, the store is the SQLite file in the data folder)</source>
        <translation>Der Speicher {url} ist keine PostgreSQL-URL: Geben Sie postgresql://user@host/database an (ohne --store ist der Speicher die SQLite-Datei im Datenordner)</translation>
    </message>
    <message>
        <location filename="../../app/store/engine.py" line="61"/>
        <source>the store {store} is not empty: copy into an empty database (nothing was copied)</source>
        <translation>Der Speicher {store} ist nicht leer: Kopieren Sie in eine leere Datenbank (nichts wurde kopiert)</translation>
    </message>
    <message>
        <location filename="../../app/store/postgres.py" line="202"/>
        <source>cannot reach the store {store}: {reason}</source>
        <translation>Der Speicher {store} ist nicht erreichbar: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/store/postgres.py" line="288"/>
        <source>the disk of the database server holding {store} is full: free some space there and try again; nothing was changed</source>
        <translation>Der Datenträger des Datenbankservers mit {store} ist voll: Geben Sie dort Platz frei und versuchen Sie es erneut; nichts wurde geändert</translation>
    </message>
    <message>
        <location filename="../../app/store/postgres.py" line="292"/>
        <source>the database user may not change the store {store}: {reason}</source>
        <translation>Der Datenbankbenutzer darf den Speicher {store} nicht ändern: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/store/postgres.py" line="295"/>
        <source>lost the connection to the store {store}: {reason}; try again (nothing was changed if this was a change)</source>
        <translation>Die Verbindung zum Speicher {store} ist abgebrochen: {reason}; versuchen Sie es erneut (war es eine Änderung, wurde nichts geändert)</translation>
    </message>
    <message>
        <location filename="../../app/store/postgres.py" line="389"/>
        <source>the database {store} holds tables that are not a ucupdates store: give an empty database</source>
        <translation>Die Datenbank {store} enthält Tabellen, die kein ucupdates-Speicher sind: Geben Sie eine leere Datenbank an</translation>
    </message>
    <message>
        <location filename="../../app/store/postgres.py" line="394"/>
        <source>the PostgreSQL server of {store} cannot make the store: {reason}</source>
        <translation>Der PostgreSQL-Server von {store} kann den Speicher nicht anlegen: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/web/runner.py" line="121"/>
        <source>cannot listen on {host}:{port}: {reason}</source>
        <translation>An {host}:{port} kann nicht gelauscht werden: {reason}</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../app/ui/messages.py" line="33"/>
        <source>Not done</source>
        <translation>Nicht ausgeführt</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="87"/>
        <source>Something went wrong that should not have, and the action was not completed. Please report this (details below).</source>
        <translation>Ein unerwarteter Fehler ist aufgetreten, und die Aktion wurde nicht abgeschlossen. Bitte melden Sie diesen Fehler (Details siehe unten).</translation>
    </message>
</context>
<context>
    <name>tabs</name>
    <message>
        <location filename="../../app/ui/tabs/common.py" line="89"/>
        <source>Could not load</source>
        <translation>Laden nicht möglich</translation>
    </message>
    <message>
        <location filename="../../app/ui/tabs/common.py" line="134"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/tabs/common.py" line="195"/>
        <source>Filter…</source>
        <translation>Filtern…</translation>
    </message>
    <message>
        <location filename="../../app/ui/tabs/common.py" line="198"/>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
</context>
<context>
    <name>texts</name>
    <message>
        <location filename="../../app/domain/faults.py" line="19"/>
        <source>the disk is full: free some space and try again</source>
        <translation>Der Datenträger ist voll: Geben Sie Speicherplatz frei und versuchen Sie es erneut</translation>
    </message>
    <message>
        <location filename="../../app/domain/faults.py" line="20"/>
        <source>the disk quota is used up: free some space and try again</source>
        <translation>Das Speicherkontingent ist ausgeschöpft: Geben Sie Speicherplatz frei und versuchen Sie es erneut</translation>
    </message>
    <message>
        <location filename="../../app/domain/faults.py" line="21"/>
        <source>the folder is on a read-only file system: ucupdates needs to write there</source>
        <translation>Der Ordner liegt auf einem schreibgeschützten Dateisystem: ucupdates muss dort schreiben können</translation>
    </message>
    <message>
        <location filename="../../app/domain/faults.py" line="22"/>
        <source>permission denied: run ucupdates as a user who may write there</source>
        <translation>Zugriff verweigert: Führen Sie ucupdates als Benutzer aus, der dort schreiben darf</translation>
    </message>
    <message>
        <location filename="../../app/domain/faults.py" line="23"/>
        <source>the operation is not permitted there: check the folder&apos;s owner and rights</source>
        <translation>Der Vorgang ist dort nicht erlaubt: Prüfen Sie Besitzer und Rechte des Ordners</translation>
    </message>
    <message>
        <location filename="../../app/domain/faults.py" line="25"/>
        <source>the disk reported an input/output error: check the disk</source>
        <translation>Der Datenträger meldete einen Ein-/Ausgabefehler: Prüfen Sie den Datenträger</translation>
    </message>
    <message>
        <location filename="../../app/domain/rules.py" line="131"/>
        <source>it has no previous version: restoring would leave it with no approved version (its phones would keep what they run)</source>
        <translation>sie hat keine vorherige Version: Eine Wiederherstellung ließe sie ohne genehmigte Version (ihre Telefone behielten, was sie ausführen)</translation>
    </message>
    <message>
        <location filename="../../app/domain/rules.py" line="145"/>
        <source>it has no pending version</source>
        <translation>sie hat keine ausstehende Version</translation>
    </message>
    <message>
        <location filename="../../app/domain/rules.py" line="147"/>
        <source>it has no approved version to roll back</source>
        <translation>sie hat keine genehmigte Version, die zurückgesetzt werden könnte</translation>
    </message>
    <message>
        <location filename="../../app/domain/settings.py" line="54"/>
        <source>at least {low} {unit}</source>
        <translation>mindestens {low} {unit}</translation>
    </message>
    <message>
        <location filename="../../app/domain/settings.py" line="55"/>
        <source>at least {low}</source>
        <translation>mindestens {low}</translation>
    </message>
    <message>
        <location filename="../../app/domain/settings.py" line="56"/>
        <source>allowed: {low}..{high} {unit}</source>
        <translation>zulässig: {low}..{high} {unit}</translation>
    </message>
    <message>
        <location filename="../../app/domain/settings.py" line="57"/>
        <source>allowed: {low}..{high}</source>
        <translation>zulässig: {low}..{high}</translation>
    </message>
    <message>
        <location filename="../../app/domain/settings.py" line="133"/>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <location filename="../../app/domain/settings.py" line="137"/>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location filename="../../app/domain/settings.py" line="139"/>
        <location filename="../../app/domain/settings.py" line="141"/>
        <location filename="../../app/domain/settings.py" line="148"/>
        <location filename="../../app/domain/settings.py" line="165"/>
        <source>bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <location filename="../../app/domain/settings.py" line="143"/>
        <source>log type</source>
        <translation>Protokolltyp</translation>
    </message>
    <message>
        <location filename="../../app/domain/settings.py" line="146"/>
        <source>file extension (like .txt)</source>
        <translation>Dateierweiterung (wie .txt)</translation>
    </message>
    <message>
        <location filename="../../app/domain/settings.py" line="160"/>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <location filename="../../app/packages/cabinet.py" line="240"/>
        <source>{method} compression</source>
        <translation>{method}-Komprimierung</translation>
    </message>
    <message>
        <location filename="../../app/packages/cabinet.py" line="241"/>
        <source>compression type 0x{code:x}</source>
        <translation>Komprimierungstyp 0x{code:x}</translation>
    </message>
    <message>
        <location filename="../../app/packages/importer.py" line="124"/>
        <source>import {label}</source>
        <translation>Import von {label}</translation>
    </message>
    <message>
        <location filename="../../app/packages/lync_import.py" line="54"/>
        <source>a rule for {kind} {update_type} already exists (Id {id})</source>
        <translation>eine Regel für {kind} {update_type} gibt es bereits (ID {id})</translation>
    </message>
    <message>
        <location filename="../../app/packages/lync_import.py" line="58"/>
        <source>a rule with Id {id} already exists</source>
        <translation>eine Regel mit der ID {id} gibt es bereits</translation>
    </message>
    <message>
        <location filename="../../app/packages/lync_import.py" line="61"/>
        <source>a test device named {name} already exists in {scope}</source>
        <translation>ein Testgerät namens {name} gibt es bereits in {scope}</translation>
    </message>
    <message>
        <location filename="../../app/packages/lync_import.py" line="64"/>
        <source>{identifier} is already test device {other} in {scope}</source>
        <translation>{identifier} ist bereits Testgerät {other} in {scope}</translation>
    </message>
    <message>
        <location filename="../../app/packages/lync_import.py" line="106"/>
        <source>import from {path}</source>
        <translation>Import aus {path}</translation>
    </message>
    <message>
        <location filename="../../app/packages/manifest.py" line="51"/>
        <source>the root element is &lt;{tag}&gt;, expected &lt;Updates&gt;</source>
        <translation>Das Wurzelelement ist &lt;{tag}&gt;, erwartet wird &lt;Updates&gt;</translation>
    </message>
    <message>
        <location filename="../../app/packages/manifest.py" line="54"/>
        <source>it lists no updates (expected &lt;Updates&gt;&lt;Updates&gt;&lt;Update .../&gt;)</source>
        <translation>Sie führt keine Updates auf (erwartet: &lt;Updates&gt;&lt;Updates&gt;&lt;Update .../&gt;)</translation>
    </message>
    <message>
        <location filename="../../app/packages/manifest.py" line="65"/>
        <source>it contains a DTD or entity declarations, which are not allowed</source>
        <translation>Sie enthält eine DTD oder Entitätsdeklarationen, die nicht erlaubt sind</translation>
    </message>
    <message>
        <location filename="../../app/packages/manifest.py" line="68"/>
        <source>it is not well-formed XML ({reason})</source>
        <translation>Sie ist kein wohlgeformtes XML ({reason})</translation>
    </message>
    <message>
        <location filename="../../app/packages/manifest.py" line="76"/>
        <source>update #{number}</source>
        <translation>Update Nr. {number}</translation>
    </message>
    <message>
        <location filename="../../app/packages/manifest.py" line="84"/>
        <source>{where}: {problem}</source>
        <translation>{where}: {problem}</translation>
    </message>
    <message>
        <location filename="../../app/packages/manifest.py" line="86"/>
        <source>{where} ({kind} {update_type}) lists no &lt;File&gt; elements</source>
        <translation>{where} ({kind} {update_type}) führt keine &lt;File&gt;-Elemente auf</translation>
    </message>
    <message>
        <location filename="../../app/packages/manifest.py" line="111"/>
        <source>{where} lists the file {name} twice</source>
        <translation>{where} führt die Datei {name} zweimal auf</translation>
    </message>
    <message>
        <location filename="../../app/packages/manifest.py" line="119"/>
        <source>two updates name the same device kind and update type: {first} and {second}</source>
        <translation>Zwei Updates nennen dieselbe Geräteart und denselben Updatetyp: {first} und {second}</translation>
    </message>
    <message>
        <location filename="../../app/services.py" line="184"/>
        <source>prepare the data folder</source>
        <translation>Vorbereiten des Datenordners</translation>
    </message>
    <message>
        <location filename="../../app/simulator/phone.py" line="37"/>
        <source>idle</source>
        <translation>bereit</translation>
    </message>
    <message>
        <location filename="../../app/simulator/phone.py" line="38"/>
        <source>checking</source>
        <translation>prüft</translation>
    </message>
    <message>
        <location filename="../../app/simulator/phone.py" line="39"/>
        <source>downloading</source>
        <translation>lädt herunter</translation>
    </message>
    <message>
        <location filename="../../app/simulator/phone.py" line="40"/>
        <source>waiting for idle</source>
        <translation>wartet auf Ruhezeit</translation>
    </message>
    <message>
        <location filename="../../app/simulator/phone.py" line="41"/>
        <source>restarting</source>
        <translation>startet neu</translation>
    </message>
    <message>
        <location filename="../../app/simulator/phone.py" line="168"/>
        <source>no update</source>
        <translation>kein Update</translation>
    </message>
    <message>
        <location filename="../../app/simulator/phone.py" line="192"/>
        <source>update check refused: {status} {reason}</source>
        <translation>Updateprüfung abgelehnt: {status} {reason}</translation>
    </message>
    <message>
        <location filename="../../app/simulator/phone.py" line="222"/>
        <source>no URL for {name}</source>
        <translation>keine URL für {name}</translation>
    </message>
    <message>
        <location filename="../../app/simulator/phone.py" line="227"/>
        <source>{name} of {version} failed verification; the update was refused</source>
        <translation>{name} von {version} hat die Prüfung nicht bestanden; das Update wurde abgelehnt</translation>
    </message>
    <message>
        <location filename="../../app/simulator/phone.py" line="246"/>
        <source>download refused: {status} {reason}</source>
        <translation>Download abgelehnt: {status} {reason}</translation>
    </message>
    <message>
        <location filename="../../app/simulator/phone.py" line="271"/>
        <source>could not upload the failure log: {reason}</source>
        <translation>Fehlerprotokoll konnte nicht hochgeladen werden: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/simulator/phone.py" line="275"/>
        <source>uploaded failure log {name}</source>
        <translation>Fehlerprotokoll {name} hochgeladen</translation>
    </message>
    <message>
        <location filename="../../app/simulator/phone.py" line="277"/>
        <source>failure log refused: {status} {reason}</source>
        <translation>Fehlerprotokoll abgelehnt: {status} {reason}</translation>
    </message>
    <message>
        <location filename="../../app/simulator/phone.py" line="288"/>
        <source>updated to {versions}</source>
        <translation>aktualisiert auf {versions}</translation>
    </message>
    <message>
        <location filename="../../app/simulator/phone.py" line="342"/>
        <location filename="../../app/simulator/phone.py" line="348"/>
        <source>cannot reach the server: {reason}</source>
        <translation>Server nicht erreichbar: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/store/database.py" line="230"/>
        <source>create the store</source>
        <translation>Anlegen des Datenspeichers</translation>
    </message>
</context>
</TS>
