<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en_US">
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="200"/>
        <location filename="../../app/ui/settings_dialog.py" line="226"/>
        <source>Add account</source>
        <translation>Konto hinzufügen</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="200"/>
        <source>Reset password</source>
        <translation>Kennwort zurücksetzen</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="204"/>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="206"/>
        <source>Password</source>
        <translation>Kennwort</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="208"/>
        <source>Password again</source>
        <translation>Kennwort bestätigen</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="209"/>
        <source>User name:</source>
        <translation>Benutzername:</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="210"/>
        <source>Password:</source>
        <translation>Kennwort:</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="211"/>
        <source>Password again:</source>
        <translation>Kennwort bestätigen:</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="221"/>
        <source>At least 8 characters</source>
        <translation>Mindestens 8 Zeichen</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="226"/>
        <source>Set password</source>
        <translation>Kennwort festlegen</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="227"/>
        <source>Store the account with this password; it can sign in from outside at once</source>
        <translation>Das Konto mit diesem Kennwort speichern; es kann sich sofort von extern anmelden</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="232"/>
        <source>Close without changing any account</source>
        <translation>Schließen, ohne ein Konto zu ändern</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="233"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="242"/>
        <source>The two passwords differ; type the same one twice.</source>
        <translation>Die beiden Kennwörter stimmen nicht überein; geben Sie zweimal dasselbe ein.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="245"/>
        <source>Account exists</source>
        <translation>Konto bereits vorhanden</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="246"/>
        <source>An account named {0} already exists. Give it this new password?</source>
        <translation>Ein Konto mit dem Namen {0} ist bereits vorhanden. Soll es dieses neue Kennwort erhalten?</translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="270"/>
        <source>Accounts for phones and users outside, through the reverse proxy. Changes here take effect at once.</source>
        <translation>Konten für externe Telefone und Benutzer, die über den Reverseproxy zugreifen. Änderungen werden sofort wirksam.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="281"/>
        <source>User accounts</source>
        <translation>Benutzerkonten</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="283"/>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="283"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="283"/>
        <source>Password last set</source>
        <translation>Kennwort zuletzt festgelegt</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="295"/>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="295"/>
        <source>Add an account with a password</source>
        <translation>Ein Konto mit Kennwort hinzufügen</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="297"/>
        <source>Reset password…</source>
        <translation>Kennwort zurücksetzen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="298"/>
        <source>Give the selected account a new password</source>
        <translation>Dem ausgewählten Konto ein neues Kennwort zuweisen</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="300"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="300"/>
        <source>Delete the selected account</source>
        <translation>Das ausgewählte Konto löschen</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="354"/>
        <source>Remove account</source>
        <translation>Konto entfernen</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="355"/>
        <source>Remove the account {0}? It can no longer sign in from outside.</source>
        <translation>Das Konto {0} entfernen? Es kann sich dann nicht mehr von extern anmelden.</translation>
    </message>
</context>
<context>
    <name>AddPhonesDialog</name>
    <message>
        <location filename="../../app/ui/simulator_dialogs.py" line="43"/>
        <source>Add simulated phones</source>
        <translation>Simulierte Telefone hinzufügen</translation>
    </message>
    <message>
        <location filename="../../app/ui/simulator_dialogs.py" line="46"/>
        <source>How many phones to add</source>
        <translation>Wie viele Telefone hinzugefügt werden</translation>
    </message>
    <message>
        <location filename="../../app/ui/simulator_dialogs.py" line="48"/>
        <source>Every kind in turn</source>
        <translation>Alle Gerätearten abwechselnd</translation>
    </message>
    <message>
        <location filename="../../app/ui/simulator_dialogs.py" line="51"/>
        <source>The phones&apos; device kind (from the update rules)</source>
        <translation>Die Geräteart der Telefone (aus den Updateregeln)</translation>
    </message>
    <message>
        <location filename="../../app/ui/simulator_dialogs.py" line="53"/>
        <source>Inside the firewall (internal)</source>
        <translation>Innerhalb der Firewall (intern)</translation>
    </message>
    <message>
        <location filename="../../app/ui/simulator_dialogs.py" line="54"/>
        <source>Outside the firewall (external)</source>
        <translation>Außerhalb der Firewall (extern)</translation>
    </message>
    <message>
        <location filename="../../app/ui/simulator_dialogs.py" line="55"/>
        <source>Where the phones are: outside, they need a signed-in user to download</source>
        <translation>Wo die Telefone stehen: außerhalb brauchen sie zum Herunterladen einen angemeldeten Benutzer</translation>
    </message>
    <message>
        <location filename="../../app/ui/simulator_dialogs.py" line="58"/>
        <source>The version the new phones run</source>
        <translation>Die Version, mit der die neuen Telefone laufen</translation>
    </message>
    <message>
        <location filename="../../app/ui/simulator_dialogs.py" line="59"/>
        <source>&amp;Number of phones:</source>
        <translation>&amp;Anzahl Telefone:</translation>
    </message>
    <message>
        <location filename="../../app/ui/simulator_dialogs.py" line="60"/>
        <source>Device &amp;kind:</source>
        <translation>&amp;Geräteart:</translation>
    </message>
    <message>
        <location filename="../../app/ui/simulator_dialogs.py" line="61"/>
        <source>&amp;Network:</source>
        <translation>&amp;Netzwerk:</translation>
    </message>
    <message>
        <location filename="../../app/ui/simulator_dialogs.py" line="62"/>
        <source>&amp;Version they run:</source>
        <translation>Laufende &amp;Version:</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../../app/ui/models.py" line="291"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../../app/ui/models.py" line="291"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../app/ui/models.py" line="291"/>
        <source>Device kind</source>
        <translation>Geräteart</translation>
    </message>
    <message>
        <location filename="../../app/ui/models.py" line="291"/>
        <source>MAC</source>
        <translation>MAC</translation>
    </message>
    <message>
        <location filename="../../app/ui/models.py" line="292"/>
        <source>Serial</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <location filename="../../app/ui/models.py" line="292"/>
        <source>Request</source>
        <translation>Anforderung</translation>
    </message>
    <message>
        <location filename="../../app/ui/models.py" line="292"/>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location filename="../../app/ui/models.py" line="292"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../../app/ui/models.py" line="293"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../../app/ui/models.py" line="313"/>
        <source>offered</source>
        <translation>angeboten</translation>
    </message>
    <message>
        <location filename="../../app/ui/models.py" line="315"/>
        <source>no update</source>
        <translation>kein Update</translation>
    </message>
    <message>
        <location filename="../../app/ui/models.py" line="316"/>
        <source>refused: {reason}</source>
        <translation>abgelehnt: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/models.py" line="326"/>
        <source>The server refused this request: {reason}</source>
        <translation>Der Server hat diese Anforderung abgelehnt: {reason}</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../app/ui/commands.py" line="26"/>
        <source>Approve</source>
        <translation>Genehmigen</translation>
    </message>
    <message>
        <location filename="../../app/ui/commands.py" line="26"/>
        <source>Every matching phone will be offered the pending version at its next check.</source>
        <translation>Jedem passenden Telefon wird bei seiner nächsten Updateprüfung die ausstehende Version angeboten.</translation>
    </message>
    <message>
        <location filename="../../app/ui/commands.py" line="28"/>
        <source>Cancel pending</source>
        <translation>Ausstehendes abbrechen</translation>
    </message>
    <message>
        <location filename="../../app/ui/commands.py" line="28"/>
        <source>The pending version is withdrawn; test devices go back to the approved one.</source>
        <translation>Die ausstehende Version wird zurückgezogen; Testgeräte erhalten wieder die genehmigte Version.</translation>
    </message>
    <message>
        <location filename="../../app/ui/commands.py" line="30"/>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../app/ui/commands.py" line="30"/>
        <source>The approved version rolls back to the previous one; phones will be offered it.</source>
        <translation>Die genehmigte Version wird auf die vorherige zurückgesetzt; diese wird den Telefonen angeboten.</translation>
    </message>
    <message>
        <location filename="../../app/ui/commands.py" line="32"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../app/ui/commands.py" line="32"/>
        <source>The rules are deleted; their phones get no updates until a package is imported again.</source>
        <translation>Die Regeln werden gelöscht; die betroffenen Telefone erhalten keine Updates, bis erneut ein Paket importiert wird.</translation>
    </message>
    <message>
        <location filename="../../app/ui/commands.py" line="39"/>
        <source>approved</source>
        <translation>genehmigt</translation>
    </message>
    <message>
        <location filename="../../app/ui/commands.py" line="40"/>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <location filename="../../app/ui/commands.py" line="40"/>
        <source>restore</source>
        <translation>Wiederherstellung</translation>
    </message>
    <message>
        <location filename="../../app/ui/commands.py" line="57"/>
        <source>Select one or more rules first.</source>
        <translation>Wählen Sie zuerst eine oder mehrere Regeln aus.</translation>
    </message>
    <message>
        <location filename="../../app/ui/commands.py" line="62"/>
        <source>… and {n} more</source>
        <translation>… und {n} weitere</translation>
    </message>
    <message>
        <location filename="../../app/ui/commands.py" line="63"/>
        <source>{action} {n} rule(s)?</source>
        <translation>Aktion „{action}“ für {n} Regel(n) ausführen?</translation>
    </message>
    <message>
        <location filename="../../app/ui/commands.py" line="72"/>
        <source>Done for {n} rule(s).</source>
        <translation>Für {n} Regel(n) ausgeführt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/commands.py" line="77"/>
        <source>no such rule (removed meanwhile?)</source>
        <translation>Regel nicht gefunden (inzwischen entfernt?)</translation>
    </message>
    <message>
        <location filename="../../app/ui/commands.py" line="79"/>
        <source>Refused for {n} rule(s); they were left as they were.</source>
        <translation>Für {n} Regel(n) abgelehnt; diese bleiben unverändert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/commands.py" line="86"/>
        <source>Clear update files</source>
        <translation>Updatedateien löschen</translation>
    </message>
    <message>
        <location filename="../../app/ui/commands.py" line="88"/>
        <source>Delete every stored update file that no rule uses?</source>
        <translation>Alle gespeicherten Updatedateien löschen, die von keiner Regel verwendet werden?</translation>
    </message>
    <message>
        <location filename="../../app/ui/commands.py" line="89"/>
        <source>Files of approved, pending and restore versions are kept.</source>
        <translation>Dateien genehmigter, ausstehender und wiederherstellbarer Versionen bleiben erhalten.</translation>
    </message>
    <message>
        <location filename="../../app/ui/commands.py" line="95"/>
        <source>Deleted {n} unused version(s), {mb:.1f} MB freed.</source>
        <translation>{n} nicht verwendete Version(en) gelöscht, {mb:.1f} MB freigegeben.</translation>
    </message>
    <message>
        <location filename="../../app/ui/commands.py" line="101"/>
        <source>Clear logs</source>
        <translation>Protokolle löschen</translation>
    </message>
    <message>
        <location filename="../../app/ui/commands.py" line="103"/>
        <source>Delete device logs and audit files older than (days):</source>
        <translation>Geräteprotokolle und Überwachungsdateien löschen, die älter sind als (Tage):</translation>
    </message>
    <message>
        <location filename="../../app/ui/commands.py" line="113"/>
        <source>Deleted {n} log file(s) older than {days} days.</source>
        <translation>{n} Protokolldatei(en) gelöscht, die älter als {days} Tage waren.</translation>
    </message>
</context>
<context>
    <name>DeviceLogsModel</name>
    <message>
        <location filename="../../app/ui/models.py" line="376"/>
        <source>Log type</source>
        <translation>Protokolltyp</translation>
    </message>
    <message>
        <location filename="../../app/ui/models.py" line="376"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../../app/ui/models.py" line="376"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../../app/ui/models.py" line="376"/>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
</context>
<context>
    <name>DeviceQueryDialog</name>
    <message>
        <location filename="../../app/ui/query_dialog.py" line="45"/>
        <source>What would this device get?</source>
        <translation>Was würde dieses Gerät erhalten?</translation>
    </message>
    <message>
        <location filename="../../app/ui/query_dialog.py" line="48"/>
        <source>Asks the same question the server answers when a phone checks for updates. Nothing is changed.</source>
        <translation>Stellt dieselbe Frage, die der Server beantwortet, wenn ein Telefon nach Updates sucht. Es wird nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/query_dialog.py" line="66"/>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <location filename="../../app/ui/query_dialog.py" line="70"/>
        <source>Device kind with a rule</source>
        <translation>Geräteart mit Regel</translation>
    </message>
    <message>
        <location filename="../../app/ui/query_dialog.py" line="71"/>
        <source>Fill in the fields below from a kind that has a rule</source>
        <translation>Die Felder unten mit einer Geräteart ausfüllen, für die eine Regel besteht</translation>
    </message>
    <message>
        <location filename="../../app/ui/query_dialog.py" line="72"/>
        <source>Choose a kind that has a rule…</source>
        <translation>Geräteart mit Regel auswählen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/query_dialog.py" line="76"/>
        <source>Known kind:</source>
        <translation>Bekannte Geräteart:</translation>
    </message>
    <message>
        <location filename="../../app/ui/query_dialog.py" line="83"/>
        <source>MAC address</source>
        <translation>MAC-Adresse</translation>
    </message>
    <message>
        <location filename="../../app/ui/query_dialog.py" line="84"/>
        <source>optional, e.g. 00-04-F2-12-34-56</source>
        <translation>optional, z. B. 00-04-F2-12-34-56</translation>
    </message>
    <message>
        <location filename="../../app/ui/query_dialog.py" line="85"/>
        <source>Serial number</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <location filename="../../app/ui/query_dialog.py" line="86"/>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <location filename="../../app/ui/query_dialog.py" line="87"/>
        <source>MAC address:</source>
        <translation>MAC-Adresse:</translation>
    </message>
    <message>
        <location filename="../../app/ui/query_dialog.py" line="88"/>
        <source>Serial number:</source>
        <translation>Seriennummer:</translation>
    </message>
    <message>
        <location filename="../../app/ui/query_dialog.py" line="92"/>
        <source>What it runs</source>
        <translation>Installierte Version</translation>
    </message>
    <message>
        <location filename="../../app/ui/query_dialog.py" line="96"/>
        <source>Current version</source>
        <translation>Aktuelle Version</translation>
    </message>
    <message>
        <location filename="../../app/ui/query_dialog.py" line="97"/>
        <source>e.g. 4.0.7577.4366</source>
        <translation>z. B. 4.0.7577.4366</translation>
    </message>
    <message>
        <location filename="../../app/ui/query_dialog.py" line="98"/>
        <source>Update type:</source>
        <translation>Updatetyp:</translation>
    </message>
    <message>
        <location filename="../../app/ui/query_dialog.py" line="99"/>
        <source>Current version:</source>
        <translation>Aktuelle Version:</translation>
    </message>
    <message>
        <location filename="../../app/ui/query_dialog.py" line="103"/>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location filename="../../app/ui/query_dialog.py" line="105"/>
        <location filename="../../app/ui/query_dialog.py" line="161"/>
        <source>Press Check to ask.</source>
        <translation>Klicken Sie auf „Prüfen“, um die Abfrage zu starten.</translation>
    </message>
    <message>
        <location filename="../../app/ui/query_dialog.py" line="112"/>
        <source>Offer:</source>
        <translation>Angebot:</translation>
    </message>
    <message>
        <location filename="../../app/ui/query_dialog.py" line="113"/>
        <source>Why:</source>
        <translation>Begründung:</translation>
    </message>
    <message>
        <location filename="../../app/ui/query_dialog.py" line="118"/>
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <location filename="../../app/ui/query_dialog.py" line="118"/>
        <source>Ask what the server would offer this device</source>
        <translation>Abfragen, was der Server diesem Gerät anbieten würde</translation>
    </message>
    <message>
        <location filename="../../app/ui/query_dialog.py" line="127"/>
        <source>Close this dialog</source>
        <translation>Dieses Dialogfeld schließen</translation>
    </message>
    <message>
        <location filename="../../app/ui/query_dialog.py" line="128"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../app/ui/query_dialog.py" line="204"/>
        <source>Enter the version the device runs now, e.g. 4.0.7577.4366.</source>
        <translation>Geben Sie die Version ein, die derzeit auf dem Gerät ausgeführt wird, z. B. 4.0.7577.4366.</translation>
    </message>
    <message>
        <location filename="../../app/ui/query_dialog.py" line="215"/>
        <source>No answer: correct the input above.</source>
        <translation>Keine Antwort: Korrigieren Sie die Eingabe oben.</translation>
    </message>
    <message>
        <location filename="../../app/ui/query_dialog.py" line="220"/>
        <source>approved</source>
        <translation>genehmigt</translation>
    </message>
    <message>
        <location filename="../../app/ui/query_dialog.py" line="221"/>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <location filename="../../app/ui/query_dialog.py" line="222"/>
        <source>Version {0} ({1}) for {2}</source>
        <translation>Version {0} ({1}) für {2}</translation>
    </message>
    <message>
        <location filename="../../app/ui/query_dialog.py" line="225"/>
        <source>No update for {0}: the device keeps {1}.</source>
        <translation>Kein Update für {0}: Das Gerät behält {1}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/query_dialog.py" line="232"/>
        <source>This is a test device and a pending version exists: test devices get the pending version.</source>
        <translation>Dies ist ein Testgerät, und es gibt eine ausstehende Version: Testgeräte erhalten die ausstehende Version.</translation>
    </message>
    <message>
        <location filename="../../app/ui/query_dialog.py" line="234"/>
        <source>The approved version is offered.</source>
        <translation>Die genehmigte Version wird angeboten.</translation>
    </message>
    <message>
        <location filename="../../app/ui/query_dialog.py" line="236"/>
        <source>The approved version is older than the one the device runs: it is offered so the device rolls back (after a Restore).</source>
        <translation>Die genehmigte Version ist älter als die auf dem Gerät ausgeführte: Sie wird angeboten, damit das Gerät auf sie zurückgesetzt wird (nach einer Wiederherstellung).</translation>
    </message>
    <message>
        <location filename="../../app/ui/query_dialog.py" line="238"/>
        <source>The device already runs the version it would be offered.</source>
        <translation>Auf dem Gerät wird bereits die Version ausgeführt, die ihm angeboten würde.</translation>
    </message>
    <message>
        <location filename="../../app/ui/query_dialog.py" line="241"/>
        <source>No version is approved for this kind yet; a pending version reaches test devices only.</source>
        <translation>Für diese Geräteart ist noch keine Version genehmigt; eine ausstehende Version erhalten nur Testgeräte.</translation>
    </message>
    <message>
        <location filename="../../app/ui/query_dialog.py" line="243"/>
        <source>There is no rule for this device kind and update type: the server offers nothing.</source>
        <translation>Für diese Geräteart und diesen Updatetyp gibt es keine Regel: Der Server bietet nichts an.</translation>
    </message>
</context>
<context>
    <name>DevicesModel</name>
    <message>
        <location filename="../../app/ui/devices_model.py" line="261"/>
        <source>Device kind</source>
        <translation>Geräteart</translation>
    </message>
    <message>
        <location filename="../../app/ui/devices_model.py" line="261"/>
        <source>MAC</source>
        <translation>MAC</translation>
    </message>
    <message>
        <location filename="../../app/ui/devices_model.py" line="261"/>
        <source>Serial</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <location filename="../../app/ui/devices_model.py" line="261"/>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <location filename="../../app/ui/devices_model.py" line="262"/>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <location filename="../../app/ui/devices_model.py" line="262"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../app/ui/devices_model.py" line="262"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../../app/ui/devices_model.py" line="262"/>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <location filename="../../app/ui/devices_model.py" line="263"/>
        <source>Compliance</source>
        <translation>Konformität</translation>
    </message>
    <message>
        <location filename="../../app/ui/devices_model.py" line="263"/>
        <source>Test device</source>
        <translation>Testgerät</translation>
    </message>
    <message>
        <location filename="../../app/ui/devices_model.py" line="292"/>
        <source>external</source>
        <translation>extern</translation>
    </message>
    <message>
        <location filename="../../app/ui/devices_model.py" line="292"/>
        <source>internal</source>
        <translation>intern</translation>
    </message>
    <message>
        <location filename="../../app/ui/devices_model.py" line="296"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../app/ui/devices_model.py" line="302"/>
        <source>up to date</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <location filename="../../app/ui/devices_model.py" line="303"/>
        <source>update offered</source>
        <translation>Update angeboten</translation>
    </message>
    <message>
        <location filename="../../app/ui/devices_model.py" line="304"/>
        <source>behind</source>
        <translation>veraltet</translation>
    </message>
    <message>
        <location filename="../../app/ui/devices_model.py" line="305"/>
        <source>unknown kind</source>
        <translation>unbekannte Geräteart</translation>
    </message>
    <message>
        <location filename="../../app/ui/devices_model.py" line="311"/>
        <source>Device type {0}, brand {1}, model {2}, revision {3}, locale {4}</source>
        <translation>Gerätetyp {0}, Marke {1}, Modell {2}, Revision {3}, Gebietsschema {4}</translation>
    </message>
    <message>
        <location filename="../../app/ui/devices_model.py" line="316"/>
        <source>First seen {first}; {checks} update checks</source>
        <translation>Zuerst gesehen {first}; {checks} Updateprüfungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/devices_model.py" line="321"/>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <location filename="../../app/ui/devices_model.py" line="323"/>
        <source>Runs what today&apos;s rules offer it.</source>
        <translation>Führt die Version aus, die die aktuellen Regeln ihm anbieten.</translation>
    </message>
    <message>
        <location filename="../../app/ui/devices_model.py" line="324"/>
        <source>Its last check was offered today&apos;s target.</source>
        <translation>Bei der letzten Prüfung wurde ihm die aktuelle Zielversion angeboten.</translation>
    </message>
    <message>
        <location filename="../../app/ui/devices_model.py" line="325"/>
        <source>The target changed since its last check; it will be offered the new one at its next check.</source>
        <translation>Die Zielversion hat sich seit der letzten Prüfung geändert; die neue wird ihm bei der nächsten Prüfung angeboten.</translation>
    </message>
    <message>
        <location filename="../../app/ui/devices_model.py" line="327"/>
        <source>No rule knows this device kind.</source>
        <translation>Für diese Geräteart gibt es keine Regel.</translation>
    </message>
    <message>
        <location filename="../../app/ui/devices_model.py" line="329"/>
        <source>Last offered: {offer}</source>
        <translation>Zuletzt angeboten: {offer}</translation>
    </message>
</context>
<context>
    <name>DevicesTab</name>
    <message>
        <location filename="../../app/ui/tabs_devices.py" line="64"/>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <location filename="../../app/ui/tabs_devices.py" line="76"/>
        <source>Show devices whose kind, MAC, serial, versions, address or user contain this text</source>
        <translation>Geräte anzeigen, deren Geräteart, MAC, Seriennummer, Versionen, Adresse oder Benutzer diesen Text enthalten</translation>
    </message>
    <message>
        <location filename="../../app/ui/tabs_devices.py" line="83"/>
        <source>Show only devices in one compliance state</source>
        <translation>Nur Geräte mit einem bestimmten Konformitätsstatus anzeigen</translation>
    </message>
    <message>
        <location filename="../../app/ui/tabs_devices.py" line="84"/>
        <source>Compliance state</source>
        <translation>Konformitätsstatus</translation>
    </message>
    <message>
        <location filename="../../app/ui/tabs_devices.py" line="85"/>
        <source>All states</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/tabs_devices.py" line="158"/>
        <source>No device has checked for updates yet.</source>
        <translation>Bisher hat kein Gerät nach Updates gesucht.</translation>
    </message>
    <message>
        <location filename="../../app/ui/tabs_devices.py" line="159"/>
        <source>1 device</source>
        <translation>1 Gerät</translation>
    </message>
    <message>
        <location filename="../../app/ui/tabs_devices.py" line="160"/>
        <source>{count} devices</source>
        <translation>{count} Geräte</translation>
    </message>
    <message>
        <location filename="../../app/ui/tabs_devices.py" line="162"/>
        <source>Showing {shown} of {head}</source>
        <translation>{shown} von {head} angezeigt</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../app/ui/models.py" line="256"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../../app/ui/models.py" line="256"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../../app/ui/models.py" line="256"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../../app/ui/models.py" line="256"/>
        <source>Subject</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <location filename="../../app/ui/models.py" line="257"/>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <location filename="../../app/ui/models.py" line="257"/>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <location filename="../../app/ui/models.py" line="257"/>
        <source>Detail</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../../app/ui/tabs_logs.py" line="270"/>
        <source>Show only actions whose columns contain this text</source>
        <translation>Nur Aktionen anzeigen, deren Spalten diesen Text enthalten</translation>
    </message>
    <message>
        <location filename="../../app/ui/tabs_logs.py" line="274"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <location filename="../../app/ui/import_flow.py" line="67"/>
        <source>Import update package</source>
        <translation>Updatepaket importieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_flow.py" line="68"/>
        <source>Update packages (*.cab);;All files (*)</source>
        <translation>Updatepakete (*.cab);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_flow.py" line="87"/>
        <source>Reading {0} and checking every file in it…</source>
        <translation>{0} wird gelesen, und jede enthaltene Datei wird überprüft…</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_flow.py" line="89"/>
        <source>Reading update package</source>
        <translation>Updatepaket wird gelesen</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_flow.py" line="98"/>
        <source>reading the package was cancelled</source>
        <translation>das Lesen des Pakets wurde abgebrochen</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_flow.py" line="112"/>
        <source>Package refused</source>
        <translation>Paket abgelehnt</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_flow.py" line="127"/>
        <source>Importing {0} ({1})…</source>
        <translation>{0} ({1}) wird importiert…</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_flow.py" line="130"/>
        <source>Importing update package</source>
        <translation>Updatepaket wird importiert</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_flow.py" line="139"/>
        <source>Recording the import in the store…</source>
        <translation>Der Import wird im Datenspeicher erfasst…</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_flow.py" line="141"/>
        <source>Copying {0}
{1} of {2}</source>
        <translation>{0} wird kopiert
{1} von {2}</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_flow.py" line="155"/>
        <source>The import was already being recorded when you cancelled, so it was completed.</source>
        <translation>Der Import wurde beim Abbrechen bereits erfasst und daher abgeschlossen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_flow.py" line="157"/>
        <source>Import finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_flow.py" line="164"/>
        <source>Import cancelled</source>
        <translation>Import abgebrochen</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_flow.py" line="165"/>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Import abgebrochen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_flow.py" line="168"/>
        <source>Import failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_flow.py" line="177"/>
        <source>Imported {0}. Nothing changed: every update in it was already pending or approved.</source>
        <translation>{0} importiert. Keine Änderungen: Alle enthaltenen Updates waren bereits ausstehend oder genehmigt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_flow.py" line="180"/>
        <source>Imported {0}. Pending versions reach test devices only, until you approve them.</source>
        <translation>{0} importiert. Ausstehende Versionen erhalten nur Testgeräte, bis Sie sie genehmigen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_flow.py" line="183"/>
        <source>Rules with a new pending version:</source>
        <translation>Regeln mit neuer ausstehender Version:</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_flow.py" line="185"/>
        <source>… of which replaced an older pending version:</source>
        <translation>… davon mit Ersatz einer älteren ausstehenden Version:</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_flow.py" line="187"/>
        <source>Already pending (unchanged):</source>
        <translation>Bereits ausstehend (unverändert):</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_flow.py" line="188"/>
        <source>Already approved (unchanged):</source>
        <translation>Bereits genehmigt (unverändert):</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_flow.py" line="189"/>
        <source>Ignored members (listed by no update):</source>
        <translation>Ignorierte Bestandteile (von keinem Update aufgeführt):</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_flow.py" line="197"/>
        <source>Ignored: {0}</source>
        <translation>Ignoriert: {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_flow.py" line="204"/>
        <source>{0}

Nothing was changed.</source>
        <translation>{0}

Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_flow.py" line="213"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../app/ui/import_preview.py" line="33"/>
        <source>New pending version; replaces pending {0}</source>
        <translation>Neue ausstehende Version; ersetzt die ausstehende {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_preview.py" line="35"/>
        <source>New rule with this pending version</source>
        <translation>Neue Regel mit dieser ausstehenden Version</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_preview.py" line="36"/>
        <source>New pending version</source>
        <translation>Neue ausstehende Version</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_preview.py" line="37"/>
        <source>Already approved; nothing changes</source>
        <translation>Bereits genehmigt; keine Änderung</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_preview.py" line="38"/>
        <source>Already pending; nothing changes</source>
        <translation>Bereits ausstehend; keine Änderung</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_preview.py" line="59"/>
        <source>Import update package</source>
        <translation>Updatepaket importieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_preview.py" line="77"/>
        <source>Package file:</source>
        <translation>Paketdatei:</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_preview.py" line="78"/>
        <source>Pack version:</source>
        <translation>Paketversion:</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_preview.py" line="79"/>
        <source>not given</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_preview.py" line="81"/>
        <source>Total size:</source>
        <translation>Gesamtgröße:</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_preview.py" line="81"/>
        <source>{0} ({1} bytes) in {2} updates</source>
        <translation>{0} ({1} Bytes) in {2} Updates</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_preview.py" line="94"/>
        <source>Device kind</source>
        <translation>Geräteart</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_preview.py" line="94"/>
        <source>Update type</source>
        <translation>Updatetyp</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_preview.py" line="94"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_preview.py" line="95"/>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_preview.py" line="95"/>
        <source>What happens</source>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_preview.py" line="98"/>
        <source>Updates in the package</source>
        <translation>Updates im Paket</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_preview.py" line="122"/>
        <source>Members that no update lists; they will be ignored:</source>
        <translation>Paketbestandteile, die kein Update aufführt; sie werden ignoriert:</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_preview.py" line="125"/>
        <source>Ignored package members</source>
        <translation>Ignorierte Paketbestandteile</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_preview.py" line="134"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_preview.py" line="138"/>
        <source>Copy the update files into the store and record the pending versions shown above</source>
        <translation>Die Updatedateien in den Datenspeicher kopieren und die oben angezeigten ausstehenden Versionen erfassen</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_preview.py" line="140"/>
        <source>Import the package</source>
        <translation>Paket importieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_preview.py" line="144"/>
        <source>Close without importing; nothing is changed</source>
        <translation>Schließen, ohne zu importieren; es wird nichts geändert</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_preview.py" line="145"/>
        <source>Do not import</source>
        <translation>Nicht importieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_preview.py" line="157"/>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_preview.py" line="162"/>
        <source>Nothing would change: every update in this package is already pending or approved. Importing again is harmless.</source>
        <translation>Es würde sich nichts ändern: Alle Updates in diesem Paket sind bereits ausstehend oder genehmigt. Ein erneuter Import ist unbedenklich.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_preview.py" line="164"/>
        <source>Importing makes {0} of {1} updates pending. Pending versions reach test devices only, until you approve them.</source>
        <translation>Durch den Import werden {0} von {1} Updates ausstehend. Ausstehende Versionen erhalten nur Testgeräte, bis Sie sie genehmigen.</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="386"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="387"/>
        <source>The language of this console</source>
        <translation>Die Sprache dieser Konsole</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="388"/>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="391"/>
        <source>The console uses the new language from its next start.</source>
        <translation>Die Konsole verwendet die neue Sprache ab dem nächsten Start.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="396"/>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
</context>
<context>
    <name>LogsTab</name>
    <message>
        <location filename="../../app/ui/tabs_logs.py" line="82"/>
        <source>Audit</source>
        <translation>Überwachung</translation>
    </message>
    <message>
        <location filename="../../app/ui/tabs_logs.py" line="83"/>
        <source>Device logs</source>
        <translation>Geräteprotokolle</translation>
    </message>
    <message>
        <location filename="../../app/ui/tabs_logs.py" line="84"/>
        <source>One line per request the server answered</source>
        <translation>Ein Eintrag pro Anforderung, die der Server beantwortet hat</translation>
    </message>
    <message>
        <location filename="../../app/ui/tabs_logs.py" line="85"/>
        <source>Log files phones uploaded</source>
        <translation>Von Telefonen hochgeladene Protokolldateien</translation>
    </message>
    <message>
        <location filename="../../app/ui/tabs_logs.py" line="97"/>
        <source>Audit lines</source>
        <translation>Überwachungseinträge</translation>
    </message>
    <message>
        <location filename="../../app/ui/tabs_logs.py" line="109"/>
        <source>Show lines whose device kind, MAC, serial, client address or user contain this text</source>
        <translation>Einträge anzeigen, deren Geräteart, MAC, Seriennummer, Clientadresse oder Benutzer diesen Text enthalten</translation>
    </message>
    <message>
        <location filename="../../app/ui/tabs_logs.py" line="111"/>
        <source>Device: MAC, serial, model, address…</source>
        <translation>Gerät: MAC, Seriennummer, Modell, Adresse…</translation>
    </message>
    <message>
        <location filename="../../app/ui/tabs_logs.py" line="113"/>
        <location filename="../../app/ui/tabs_logs.py" line="116"/>
        <source>Any date</source>
        <translation>Beliebiges Datum</translation>
    </message>
    <message>
        <location filename="../../app/ui/tabs_logs.py" line="115"/>
        <source>Untick to show only the lines of one day</source>
        <translation>Deaktivieren, um nur die Einträge eines Tages anzuzeigen</translation>
    </message>
    <message>
        <location filename="../../app/ui/tabs_logs.py" line="122"/>
        <source>The day (local time) whose lines are shown</source>
        <translation>Der Tag (Ortszeit), dessen Einträge angezeigt werden</translation>
    </message>
    <message>
        <location filename="../../app/ui/tabs_logs.py" line="123"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../app/ui/tabs_logs.py" line="126"/>
        <source>Show only lines with this outcome</source>
        <translation>Nur Einträge mit diesem Ergebnis anzeigen</translation>
    </message>
    <message>
        <location filename="../../app/ui/tabs_logs.py" line="127"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../../app/ui/tabs_logs.py" line="128"/>
        <source>All outcomes</source>
        <translation>Alle Ergebnisse</translation>
    </message>
    <message>
        <location filename="../../app/ui/tabs_logs.py" line="129"/>
        <source>Offered</source>
        <translation>Angeboten</translation>
    </message>
    <message>
        <location filename="../../app/ui/tabs_logs.py" line="130"/>
        <source>No update</source>
        <translation>Kein Update</translation>
    </message>
    <message>
        <location filename="../../app/ui/tabs_logs.py" line="131"/>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location filename="../../app/ui/tabs_logs.py" line="146"/>
        <source>Show log files whose type or name contain this text</source>
        <translation>Protokolldateien anzeigen, deren Typ oder Name diesen Text enthält</translation>
    </message>
    <message>
        <location filename="../../app/ui/tabs_logs.py" line="149"/>
        <source>Open file</source>
        <translation>Datei öffnen</translation>
    </message>
    <message>
        <location filename="../../app/ui/tabs_logs.py" line="150"/>
        <source>Open the selected log file</source>
        <translation>Die ausgewählte Protokolldatei öffnen</translation>
    </message>
    <message>
        <location filename="../../app/ui/tabs_logs.py" line="152"/>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <location filename="../../app/ui/tabs_logs.py" line="153"/>
        <source>Open the folder that holds the selected log (or all logs)</source>
        <translation>Den Ordner öffnen, der das ausgewählte Protokoll (oder alle Protokolle) enthält</translation>
    </message>
    <message>
        <location filename="../../app/ui/tabs_logs.py" line="160"/>
        <source>Uploaded device logs</source>
        <translation>Hochgeladene Geräteprotokolle</translation>
    </message>
    <message>
        <location filename="../../app/ui/tabs_logs.py" line="204"/>
        <source>{shown} of the newest {total} lines shown</source>
        <translation>{shown} der neuesten {total} Einträge angezeigt</translation>
    </message>
    <message>
        <location filename="../../app/ui/tabs_logs.py" line="207"/>
        <source>No request has been logged yet.</source>
        <translation>Es wurde noch keine Anforderung protokolliert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/tabs_logs.py" line="226"/>
        <source>No device logs</source>
        <translation>Keine Geräteprotokolle</translation>
    </message>
    <message>
        <location filename="../../app/ui/tabs_logs.py" line="227"/>
        <source>No phone has uploaded a log yet. Logs will be kept in {folder}.</source>
        <translation>Bisher hat kein Telefon ein Protokoll hochgeladen. Protokolle werden in {folder} gespeichert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/tabs_logs.py" line="234"/>
        <source>Could not open</source>
        <translation>Öffnen nicht möglich</translation>
    </message>
    <message>
        <location filename="../../app/ui/tabs_logs.py" line="235"/>
        <source>No program on this computer opened {path}.</source>
        <translation>Kein Programm auf diesem Computer konnte {path} öffnen.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="37"/>
        <source>ucupdates — Device Updates</source>
        <translation>ucupdates — Geräteupdates</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="63"/>
        <source>Pending Updates</source>
        <translation>Ausstehende Updates</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="64"/>
        <source>Approved Updates</source>
        <translation>Genehmigte Updates</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="65"/>
        <source>Test Devices</source>
        <translation>Testgeräte</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="66"/>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="67"/>
        <source>Logs</source>
        <translation>Protokolle</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="68"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="86"/>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="87"/>
        <source>Import an update package (.cab)</source>
        <translation>Ein Updatepaket (.cab) importieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="89"/>
        <source>Approve</source>
        <translation>Genehmigen</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="90"/>
        <source>Approve the selected pending updates for all phones</source>
        <translation>Die ausgewählten ausstehenden Updates für alle Telefone genehmigen</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="92"/>
        <source>Cancel pending</source>
        <translation>Ausstehendes abbrechen</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="93"/>
        <source>Withdraw the pending version of the selected rules</source>
        <translation>Die ausstehende Version der ausgewählten Regeln zurückziehen</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="95"/>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="96"/>
        <source>Roll the selected rules back to their previous approved version</source>
        <translation>Die ausgewählten Regeln auf ihre vorherige genehmigte Version zurücksetzen</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="99"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="100"/>
        <source>Delete the selected rules</source>
        <translation>Die ausgewählten Regeln löschen</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="103"/>
        <source>Clear update files</source>
        <translation>Updatedateien löschen</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="105"/>
        <source>Delete stored files no rule uses any more</source>
        <translation>Gespeicherte Dateien löschen, die keine Regel mehr verwendet</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="107"/>
        <source>Clear logs…</source>
        <translation>Protokolle löschen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="108"/>
        <source>Delete device logs and audit files older than a number of days</source>
        <translation>Geräteprotokolle und Überwachungsdateien löschen, die älter als eine bestimmte Anzahl von Tagen sind</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="110"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="111"/>
        <source>Reload everything from the store</source>
        <translation>Alles neu aus dem Datenspeicher laden</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="113"/>
        <source>Start server</source>
        <translation>Server starten</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="114"/>
        <source>Start the device update server</source>
        <translation>Den Geräteupdateserver starten</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="116"/>
        <source>Stop server</source>
        <translation>Server beenden</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="117"/>
        <source>Stop the device update server</source>
        <translation>Den Geräteupdateserver beenden</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="119"/>
        <source>What would this device get?</source>
        <translation>Was würde dieses Gerät erhalten?</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="120"/>
        <source>See what the server would offer a device</source>
        <translation>Anzeigen, was der Server einem Gerät anbieten würde</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="122"/>
        <source>Settings…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="123"/>
        <source>Service settings, accounts and language</source>
        <translation>Diensteinstellungen, Konten und Sprache</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="125"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="126"/>
        <source>Close the console (stops the server)</source>
        <translation>Die Konsole schließen (beendet den Server)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="128"/>
        <location filename="../../app/ui/main_window.py" line="254"/>
        <source>About ucupdates</source>
        <translation>Info über ucupdates</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="129"/>
        <source>Version and data folder</source>
        <translation>Version und Datenordner</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="138"/>
        <source>Main</source>
        <translation>Hauptsymbolleiste</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="155"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="157"/>
        <source>&amp;Rules</source>
        <translation>&amp;Regeln</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="158"/>
        <source>&amp;Maintenance</source>
        <translation>&amp;Wartung</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="160"/>
        <source>&amp;Server</source>
        <translation>&amp;Server</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="161"/>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="162"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="163"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="178"/>
        <source>Device update server</source>
        <translation>Geräteupdateserver</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="236"/>
        <source>● Server running on {url}</source>
        <translation>● Server läuft unter {url}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="240"/>
        <source>● Server stopped</source>
        <translation>● Server beendet</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="255"/>
        <source>ucupdates {version}
Device updates for IP desk phones.

Data folder: {folder}</source>
        <translation>ucupdates {version}
Geräteupdates für IP-Tischtelefone.

Datenordner: {folder}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="125"/>
        <source>Simulated phones…</source>
        <translation>Simulierte Telefone…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="126"/>
        <source>Try the server with simulated phones: add them, sign users in, move them outside the firewall</source>
        <translation>Den Server mit simulierten Telefonen ausprobieren: hinzufügen, Benutzer anmelden, außerhalb der Firewall betreiben</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../app/ui/messages.py" line="32"/>
        <source>Not done</source>
        <translation>Nicht ausgeführt</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="75"/>
        <source>Something went wrong that should not have, and the action was not completed. Please report this (details below).</source>
        <translation>Ein unerwarteter Fehler ist aufgetreten, und die Aktion wurde nicht abgeschlossen. Bitte melden Sie diesen Fehler (Details siehe unten).</translation>
    </message>
</context>
<context>
    <name>PhonesModel</name>
    <message>
        <location filename="../../app/ui/simulator_model.py" line="67"/>
        <source>Name (MAC)</source>
        <translation>Name (MAC)</translation>
    </message>
    <message>
        <location filename="../../app/ui/simulator_model.py" line="67"/>
        <source>Serial</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <location filename="../../app/ui/simulator_model.py" line="67"/>
        <source>Device kind</source>
        <translation>Geräteart</translation>
    </message>
    <message>
        <location filename="../../app/ui/simulator_model.py" line="68"/>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <location filename="../../app/ui/simulator_model.py" line="68"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../../app/ui/simulator_model.py" line="68"/>
        <source>Current version</source>
        <translation>Aktuelle Version</translation>
    </message>
    <message>
        <location filename="../../app/ui/simulator_model.py" line="69"/>
        <source>Backup version</source>
        <translation>Sicherungsversion</translation>
    </message>
    <message>
        <location filename="../../app/ui/simulator_model.py" line="69"/>
        <source>Last update</source>
        <translation>Letztes Update</translation>
    </message>
    <message>
        <location filename="../../app/ui/simulator_model.py" line="69"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../../app/ui/simulator_model.py" line="95"/>
        <source>external</source>
        <translation>extern</translation>
    </message>
    <message>
        <location filename="../../app/ui/simulator_model.py" line="95"/>
        <source>internal</source>
        <translation>intern</translation>
    </message>
    <message>
        <location filename="../../app/ui/simulator_model.py" line="101"/>
        <source>idle</source>
        <translation>bereit</translation>
    </message>
    <message>
        <location filename="../../app/ui/simulator_model.py" line="101"/>
        <source>checking</source>
        <translation>prüft</translation>
    </message>
    <message>
        <location filename="../../app/ui/simulator_model.py" line="102"/>
        <source>downloading</source>
        <translation>lädt herunter</translation>
    </message>
    <message>
        <location filename="../../app/ui/simulator_model.py" line="103"/>
        <source>waiting for idle</source>
        <translation>wartet auf Ruhezeit</translation>
    </message>
    <message>
        <location filename="../../app/ui/simulator_model.py" line="104"/>
        <source>restarting</source>
        <translation>startet neu</translation>
    </message>
    <message>
        <location filename="../../app/ui/simulator_model.py" line="121"/>
        <source>{checks} update checks, {failures} failed</source>
        <translation>{checks} Updateprüfungen, {failures} fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>RulesModel</name>
    <message>
        <location filename="../../app/ui/models.py" line="189"/>
        <source>Device type</source>
        <translation>Gerätetyp</translation>
    </message>
    <message>
        <location filename="../../app/ui/models.py" line="189"/>
        <source>Brand</source>
        <translation>Marke</translation>
    </message>
    <message>
        <location filename="../../app/ui/models.py" line="189"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../../app/ui/models.py" line="190"/>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <location filename="../../app/ui/models.py" line="190"/>
        <source>Locale</source>
        <translation>Gebietsschema</translation>
    </message>
    <message>
        <location filename="../../app/ui/models.py" line="190"/>
        <source>Update type</source>
        <translation>Updatetyp</translation>
    </message>
    <message>
        <location filename="../../app/ui/models.py" line="191"/>
        <source>Pending version</source>
        <translation>Ausstehende Version</translation>
    </message>
    <message>
        <location filename="../../app/ui/models.py" line="191"/>
        <source>Approved version</source>
        <translation>Genehmigte Version</translation>
    </message>
    <message>
        <location filename="../../app/ui/models.py" line="192"/>
        <source>Restore version</source>
        <translation>Wiederherstellungsversion</translation>
    </message>
    <message>
        <location filename="../../app/ui/models.py" line="192"/>
        <source>Pool</source>
        <translation>Pool</translation>
    </message>
    <message>
        <location filename="../../app/ui/models.py" line="192"/>
        <source>Last change</source>
        <translation>Letzte Änderung</translation>
    </message>
    <message>
        <location filename="../../app/ui/models.py" line="216"/>
        <source>Pending: offered to test devices only, until approved</source>
        <translation>Ausstehend: wird bis zur Genehmigung nur Testgeräten angeboten</translation>
    </message>
    <message>
        <location filename="../../app/ui/models.py" line="218"/>
        <source>Restore goes back to this version</source>
        <translation>Beim Wiederherstellen wird auf diese Version zurückgesetzt</translation>
    </message>
    <message>
        <location filename="../../app/ui/models.py" line="221"/>
        <source>Created {time}</source>
        <translation>Erstellt am {time}</translation>
    </message>
</context>
<context>
    <name>RulesTab</name>
    <message>
        <location filename="../../app/ui/tabs_rules.py" line="70"/>
        <source>Pending rules</source>
        <translation>Ausstehende Regeln</translation>
    </message>
    <message>
        <location filename="../../app/ui/tabs_rules.py" line="71"/>
        <source>Approved rules</source>
        <translation>Genehmigte Regeln</translation>
    </message>
    <message>
        <location filename="../../app/ui/tabs_rules.py" line="81"/>
        <source>Show only rules whose columns contain this text</source>
        <translation>Nur Regeln anzeigen, deren Spalten diesen Text enthalten</translation>
    </message>
    <message>
        <location filename="../../app/ui/tabs_rules.py" line="86"/>
        <source>Select every rule of one brand</source>
        <translation>Alle Regeln einer Marke auswählen</translation>
    </message>
    <message>
        <location filename="../../app/ui/tabs_rules.py" line="87"/>
        <source>Select all rules of a brand</source>
        <translation>Alle Regeln einer Marke auswählen</translation>
    </message>
    <message>
        <location filename="../../app/ui/tabs_rules.py" line="96"/>
        <source>No update waits for approval. Import a package to add some.</source>
        <translation>Es warten keine Updates auf Genehmigung. Importieren Sie ein Paket, um Updates hinzuzufügen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/tabs_rules.py" line="97"/>
        <source>No update is approved yet. Approve rules on the Pending Updates tab.</source>
        <translation>Es sind noch keine Updates genehmigt. Genehmigen Sie Regeln auf der Registerkarte „Ausstehende Updates“.</translation>
    </message>
    <message>
        <location filename="../../app/ui/tabs_rules.py" line="146"/>
        <source>Select brand…</source>
        <translation>Marke auswählen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/tabs_rules.py" line="168"/>
        <source>{total} rules</source>
        <translation>{total} Regeln</translation>
    </message>
    <message>
        <location filename="../../app/ui/tabs_rules.py" line="169"/>
        <source>{shown} of {total} rules shown</source>
        <translation>{shown} von {total} Regeln angezeigt</translation>
    </message>
    <message>
        <location filename="../../app/ui/tabs_rules.py" line="171"/>
        <source>{count} selected</source>
        <translation>{count} ausgewählt</translation>
    </message>
    <message>
        <location filename="../../app/ui/tabs_rules.py" line="192"/>
        <source>Select all rules of brand {brand}</source>
        <translation>Alle Regeln der Marke {brand} auswählen</translation>
    </message>
    <message>
        <location filename="../../app/ui/tabs_rules.py" line="195"/>
        <source>Select every rule of {brand} in this list</source>
        <translation>Alle Regeln von {brand} in dieser Liste auswählen</translation>
    </message>
</context>
<context>
    <name>ServerPanel</name>
    <message>
        <location filename="../../app/ui/server_panel.py" line="40"/>
        <source>Start the server when the console opens</source>
        <translation>Server beim Öffnen der Konsole starten</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="58"/>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="59"/>
        <source>Start the device update server</source>
        <translation>Den Geräteupdateserver starten</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="60"/>
        <source>Stop</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="61"/>
        <source>Stop the device update server</source>
        <translation>Den Geräteupdateserver beenden</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="79"/>
        <source>Address to listen on: 127.0.0.1 for this machine only, 0.0.0.0 for every network</source>
        <translation>Adresse, an der der Server lauscht: 127.0.0.1 nur für diesen Computer, 0.0.0.0 für alle Netzwerke</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="84"/>
        <source>any free port</source>
        <translation>beliebiger freier Port</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="86"/>
        <source>Port to listen on</source>
        <translation>Port, an dem der Server lauscht</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="89"/>
        <source>Bind address:</source>
        <translation>Bindungsadresse:</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="90"/>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="101"/>
        <source>Check DNS</source>
        <translation>DNS prüfen</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="102"/>
        <source>Check whether the record resolves to this machine</source>
        <translation>Prüfen, ob der Eintrag in diesen Computer aufgelöst wird</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="104"/>
        <source>Internal URL:</source>
        <translation>Interne URL:</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="105"/>
        <source>External URL:</source>
        <translation>Externe URL:</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="106"/>
        <source>DNS record to create:</source>
        <translation>Zu erstellender DNS-Eintrag:</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="124"/>
        <source>Server not started</source>
        <translation>Server nicht gestartet</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="138"/>
        <source>Server not stopped cleanly</source>
        <translation>Server nicht ordnungsgemäß beendet</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="142"/>
        <source>Running on {url}</source>
        <translation>Läuft unter {url}</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="145"/>
        <source>Stopped</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="156"/>
        <source>none (set ExternalBaseUrl in Settings)</source>
        <translation>keine (ExternalBaseUrl in den Einstellungen festlegen)</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="158"/>
        <source>{name} → this server</source>
        <translation>{name} → dieser Server</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="162"/>
        <source>Last minute: {checks} checks · {downloads} downloads · {refusals} refused</source>
        <translation>Letzte Minute: {checks} Prüfungen · {downloads} Downloads · {refusals} abgelehnt</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="170"/>
        <source>This machine has no DNS domain, so there is no record to check.</source>
        <translation>Dieser Computer gehört zu keiner DNS-Domäne; es gibt daher keinen Eintrag zu prüfen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="173"/>
        <source>Checking {name}…</source>
        <translation>{name} wird geprüft…</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="179"/>
        <source>{name} does not resolve ({error}).</source>
        <translation>{name} kann nicht aufgelöst werden ({error}).</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="182"/>
        <source>{name} resolves to this machine.</source>
        <translation>{name} wird in diesen Computer aufgelöst.</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="184"/>
        <source>{name} resolves to {addresses}, not to this machine.</source>
        <translation>{name} wird in {addresses} aufgelöst, nicht in diesen Computer.</translation>
    </message>
</context>
<context>
    <name>ServicePage</name>
    <message>
        <location filename="../../app/domain/settings.py" line="125"/>
        <source>Days after which device logs and audit files are deleted</source>
        <extracomment>Description of the setting LogCleanUpInterval (app/domain/settings.py SETTINGS); the settings dialog shows it through self.tr(setting.description).</extracomment>
        <translation>Tage, nach denen Geräteprotokolle und Überwachungsdateien gelöscht werden</translation>
    </message>
    <message>
        <location filename="../../app/domain/settings.py" line="127"/>
        <source>Time of day for the clean-up (hh:mm); unset means check hourly</source>
        <extracomment>Description of the setting LogCleanUpTimeOfDay (app/domain/settings.py SETTINGS); the settings dialog shows it through self.tr(setting.description).</extracomment>
        <translation>Uhrzeit der Bereinigung (hh:mm); nicht festgelegt bedeutet stündliche Prüfung</translation>
    </message>
    <message>
        <location filename="../../app/domain/settings.py" line="129"/>
        <source>Minutes between writes of buffered audit lines</source>
        <extracomment>Description of the setting LogFlushInterval (app/domain/settings.py SETTINGS); the settings dialog shows it through self.tr(setting.description).</extracomment>
        <translation>Minuten zwischen den Schreibvorgängen gepufferter Überwachungseinträge</translation>
    </message>
    <message>
        <location filename="../../app/domain/settings.py" line="131"/>
        <source>Buffered audit bytes that force a write</source>
        <extracomment>Description of the setting MaxLogCacheLimit (app/domain/settings.py SETTINGS); the settings dialog shows it through self.tr(setting.description).</extracomment>
        <translation>Gepufferte Überwachungsdaten in Bytes, ab denen geschrieben wird</translation>
    </message>
    <message>
        <location filename="../../app/domain/settings.py" line="133"/>
        <source>Size at which a new audit file is started</source>
        <extracomment>Description of the setting MaxLogFileSize (app/domain/settings.py SETTINGS); the settings dialog shows it through self.tr(setting.description).</extracomment>
        <translation>Größe, ab der eine neue Überwachungsdatei begonnen wird</translation>
    </message>
    <message>
        <location filename="../../app/domain/settings.py" line="135"/>
        <source>Log types devices may upload</source>
        <extracomment>Description of the setting ValidLogFileTypes (app/domain/settings.py SETTINGS); the settings dialog shows it through self.tr(setting.description).</extracomment>
        <translation>Protokolltypen, die Geräte hochladen dürfen</translation>
    </message>
    <message>
        <location filename="../../app/domain/settings.py" line="138"/>
        <source>File extensions devices may upload</source>
        <extracomment>Description of the setting ValidLogFileExtensions (app/domain/settings.py SETTINGS); the settings dialog shows it through self.tr(setting.description).</extracomment>
        <translation>Dateierweiterungen, die Geräte hochladen dürfen</translation>
    </message>
    <message>
        <location filename="../../app/domain/settings.py" line="140"/>
        <source>Largest device log upload</source>
        <extracomment>Description of the setting MaxLogUploadSize (app/domain/settings.py SETTINGS); the settings dialog shows it through self.tr(setting.description).</extracomment>
        <translation>Maximale Größe eines hochgeladenen Geräteprotokolls</translation>
    </message>
    <message>
        <location filename="../../app/domain/settings.py" line="142"/>
        <source>Base URL phones inside use; unset means http://&lt;host&gt;:&lt;port&gt;</source>
        <extracomment>Description of the setting InternalBaseUrl (app/domain/settings.py SETTINGS); the settings dialog shows it through self.tr(setting.description).</extracomment>
        <translation>Basis-URL für interne Telefone; nicht festgelegt bedeutet http://&lt;host&gt;:&lt;port&gt;</translation>
    </message>
    <message>
        <location filename="../../app/domain/settings.py" line="144"/>
        <source>Base URL published by the reverse proxy; unset means no external URL</source>
        <extracomment>Description of the setting ExternalBaseUrl (app/domain/settings.py SETTINGS); the settings dialog shows it through self.tr(setting.description).</extracomment>
        <translation>Vom Reverseproxy veröffentlichte Basis-URL; nicht festgelegt bedeutet keine externe URL</translation>
    </message>
    <message>
        <location filename="../../app/domain/settings.py" line="145"/>
        <source>Address the server listens on</source>
        <extracomment>Description of the setting BindAddress (app/domain/settings.py SETTINGS); the settings dialog shows it through self.tr(setting.description).</extracomment>
        <translation>Adresse, an der der Server lauscht</translation>
    </message>
    <message>
        <location filename="../../app/domain/settings.py" line="146"/>
        <source>Port the server listens on</source>
        <extracomment>Description of the setting Port (app/domain/settings.py SETTINGS); the settings dialog shows it through self.tr(setting.description).</extracomment>
        <translation>Port, an dem der Server lauscht</translation>
    </message>
    <message>
        <location filename="../../app/domain/settings.py" line="148"/>
        <source>Networks allowed to use the internal endpoints (CIDR list)</source>
        <extracomment>Description of the setting InternalNetworks (app/domain/settings.py SETTINGS); the settings dialog shows it through self.tr(setting.description).</extracomment>
        <translation>Netzwerke, die die internen Endpunkte verwenden dürfen (CIDR-Liste)</translation>
    </message>
    <message>
        <location filename="../../app/domain/settings.py" line="150"/>
        <source>Reverse proxies whose X-Forwarded-For/-Proto are honoured</source>
        <extracomment>Description of the setting TrustedProxies (app/domain/settings.py SETTINGS); the settings dialog shows it through self.tr(setting.description).</extracomment>
        <translation>Reverseproxys, deren X-Forwarded-For/-Proto-Header berücksichtigt werden</translation>
    </message>
    <message>
        <location filename="../../app/domain/settings.py" line="152"/>
        <source>How often phones are told to check again</source>
        <extracomment>Description of the setting PollIntervalHours (app/domain/settings.py SETTINGS); the settings dialog shows it through self.tr(setting.description).</extracomment>
        <translation>Wie oft Telefone erneut nach Updates suchen sollen</translation>
    </message>
    <message>
        <location filename="../../app/domain/settings.py" line="153"/>
        <source>This server&apos;s site, for site-scoped test devices</source>
        <extracomment>Description of the setting Site (app/domain/settings.py SETTINGS); the settings dialog shows it through self.tr(setting.description).</extracomment>
        <translation>Standort dieses Servers, für Testgeräte mit Standortbereich</translation>
    </message>
    <message>
        <location filename="../../app/domain/settings.py" line="155"/>
        <source>Server name shown in rule identities (default: the host&apos;s FQDN)</source>
        <extracomment>Description of the setting Pool (app/domain/settings.py SETTINGS); the settings dialog shows it through self.tr(setting.description).</extracomment>
        <translation>In Regelidentitäten angezeigter Servername (Standard: FQDN des Hosts)</translation>
    </message>
    <message>
        <location filename="../../app/domain/settings.py" line="157"/>
        <source>Largest total size an update package may unpack to</source>
        <extracomment>Description of the setting MaxPackageUnpackedSize (app/domain/settings.py SETTINGS); the settings dialog shows it through self.tr(setting.description).</extracomment>
        <translation>Maximale entpackte Gesamtgröße eines Updatepakets</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="91"/>
        <source>Changes reach the running server at once, except {0}: those take effect when the server is next started. Empty a field to go back to its default.</source>
        <translation>Änderungen werden sofort vom laufenden Server übernommen, außer {0}: Diese werden erst beim nächsten Start des Servers wirksam. Leeren Sie ein Feld, um den Standardwert wiederherzustellen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="111"/>
        <source>{0}
Default: {1}</source>
        <translation>{0}
Standard: {1}</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="112"/>
        <location filename="../../app/ui/settings_dialog.py" line="113"/>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="179"/>
        <source>Settings not saved</source>
        <translation>Einstellungen nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="426"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="433"/>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="434"/>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="435"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="448"/>
        <source>Store the changes and close</source>
        <translation>Die Änderungen speichern und schließen</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="449"/>
        <source>Store the changes and keep the dialog open</source>
        <translation>Die Änderungen speichern; das Dialogfeld bleibt geöffnet</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="451"/>
        <source>Close; changes not yet applied are dropped</source>
        <translation>Schließen; noch nicht übernommene Änderungen werden verworfen</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../app/ui/simulator_dialogs.py" line="84"/>
        <source>Sign in on the phone</source>
        <translation>Am Telefon anmelden</translation>
    </message>
    <message>
        <location filename="../../app/ui/simulator_dialogs.py" line="88"/>
        <source>The user&apos;s SIP address</source>
        <translation>Die SIP-Adresse des Benutzers</translation>
    </message>
    <message>
        <location filename="../../app/ui/simulator_dialogs.py" line="90"/>
        <source>Account for external downloads (Settings → Accounts); leave empty for none</source>
        <translation>Konto für externe Downloads (Einstellungen → Konten); leer lassen für keines</translation>
    </message>
    <message>
        <location filename="../../app/ui/simulator_dialogs.py" line="94"/>
        <source>The account&apos;s password</source>
        <translation>Das Kennwort des Kontos</translation>
    </message>
    <message>
        <location filename="../../app/ui/simulator_dialogs.py" line="95"/>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <location filename="../../app/ui/simulator_dialogs.py" line="96"/>
        <source>&amp;Account:</source>
        <translation>&amp;Konto:</translation>
    </message>
    <message>
        <location filename="../../app/ui/simulator_dialogs.py" line="97"/>
        <source>&amp;Password:</source>
        <translation>Kenn&amp;wort:</translation>
    </message>
</context>
<context>
    <name>SimulatorWindow</name>
    <message>
        <location filename="../../app/ui/simulator_window.py" line="76"/>
        <location filename="../../app/ui/simulator_window.py" line="163"/>
        <source>Simulated phones</source>
        <translation>Simulierte Telefone</translation>
    </message>
    <message>
        <location filename="../../app/ui/simulator_window.py" line="115"/>
        <source>Add phones…</source>
        <translation>Telefone hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/simulator_window.py" line="116"/>
        <source>Add simulated phones; they start checking at once</source>
        <translation>Simulierte Telefone hinzufügen; sie beginnen sofort mit der Prüfung</translation>
    </message>
    <message>
        <location filename="../../app/ui/simulator_window.py" line="118"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../app/ui/simulator_window.py" line="119"/>
        <source>Remove the selected phones (they stop checking)</source>
        <translation>Die ausgewählten Telefone entfernen (sie prüfen nicht mehr)</translation>
    </message>
    <message>
        <location filename="../../app/ui/simulator_window.py" line="121"/>
        <source>Sign in…</source>
        <translation>Anmelden…</translation>
    </message>
    <message>
        <location filename="../../app/ui/simulator_window.py" line="122"/>
        <source>Sign a user in on the selected phones (they check for updates at sign-in)</source>
        <translation>Einen Benutzer an den ausgewählten Telefonen anmelden (bei der Anmeldung prüfen sie auf Updates)</translation>
    </message>
    <message>
        <location filename="../../app/ui/simulator_window.py" line="124"/>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <location filename="../../app/ui/simulator_window.py" line="125"/>
        <source>Sign the user out of the selected phones</source>
        <translation>Den Benutzer von den ausgewählten Telefonen abmelden</translation>
    </message>
    <message>
        <location filename="../../app/ui/simulator_window.py" line="127"/>
        <source>Move outside the firewall</source>
        <translation>Außerhalb der Firewall betreiben</translation>
    </message>
    <message>
        <location filename="../../app/ui/simulator_window.py" line="128"/>
        <source>The selected phones check through the external URL, as from home</source>
        <translation>Die ausgewählten Telefone prüfen über die externe URL, wie von zu Hause</translation>
    </message>
    <message>
        <location filename="../../app/ui/simulator_window.py" line="131"/>
        <source>Move inside</source>
        <translation>Nach innen holen</translation>
    </message>
    <message>
        <location filename="../../app/ui/simulator_window.py" line="132"/>
        <source>The selected phones check through the internal URL</source>
        <translation>Die ausgewählten Telefone prüfen über die interne URL</translation>
    </message>
    <message>
        <location filename="../../app/ui/simulator_window.py" line="134"/>
        <source>Check now</source>
        <translation>Jetzt prüfen</translation>
    </message>
    <message>
        <location filename="../../app/ui/simulator_window.py" line="135"/>
        <source>The selected phones (or all, if none is selected) check for updates now</source>
        <translation>Die ausgewählten Telefone (oder alle, wenn keines ausgewählt ist) prüfen jetzt auf Updates</translation>
    </message>
    <message>
        <location filename="../../app/ui/simulator_window.py" line="144"/>
        <source>Phones</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <location filename="../../app/ui/simulator_window.py" line="185"/>
        <source>Start the server first: simulated phones talk to it over HTTP, exactly as real phones do.</source>
        <translation>Starten Sie zuerst den Server: Simulierte Telefone sprechen über HTTP mit ihm, genau wie echte Telefone.</translation>
    </message>
    <message>
        <location filename="../../app/ui/simulator_window.py" line="188"/>
        <source>Start server</source>
        <translation>Server starten</translation>
    </message>
    <message>
        <location filename="../../app/ui/simulator_window.py" line="189"/>
        <source>Start the device update server</source>
        <translation>Den Geräteupdateserver starten</translation>
    </message>
    <message>
        <location filename="../../app/ui/simulator_window.py" line="200"/>
        <source>1× (real time)</source>
        <translation>1× (Echtzeit)</translation>
    </message>
    <message>
        <location filename="../../app/ui/simulator_window.py" line="201"/>
        <source>60× (an hour in a minute)</source>
        <translation>60× (eine Stunde in einer Minute)</translation>
    </message>
    <message>
        <location filename="../../app/ui/simulator_window.py" line="202"/>
        <source>3600× (24 h in 24 s)</source>
        <translation>3600× (24 h in 24 s)</translation>
    </message>
    <message>
        <location filename="../../app/ui/simulator_window.py" line="203"/>
        <source>86400× (24 h in 1 s)</source>
        <translation>86400× (24 h in 1 s)</translation>
    </message>
    <message>
        <location filename="../../app/ui/simulator_window.py" line="205"/>
        <source>How fast time passes for the phones: their poll interval and five idle minutes</source>
        <translation>Wie schnell die Zeit für die Telefone vergeht: ihr Abfrageintervall und fünf Minuten Ruhezeit</translation>
    </message>
    <message>
        <location filename="../../app/ui/simulator_window.py" line="208"/>
        <source>&amp;Time scale:</source>
        <translation>&amp;Zeitraffer:</translation>
    </message>
    <message>
        <location filename="../../app/ui/simulator_window.py" line="219"/>
        <source>What the phones did (newest last; problems in red):</source>
        <translation>Was die Telefone getan haben (neueste zuletzt; Probleme in Rot):</translation>
    </message>
    <message>
        <location filename="../../app/ui/simulator_window.py" line="223"/>
        <source>Phone events</source>
        <translation>Telefonereignisse</translation>
    </message>
    <message>
        <location filename="../../app/ui/simulator_window.py" line="297"/>
        <source>Server not started</source>
        <translation>Server nicht gestartet</translation>
    </message>
    <message>
        <location filename="../../app/ui/simulator_window.py" line="386"/>
        <source>{phones} phones: {versions}; {checks} update checks, {failures} failed</source>
        <translation>{phones} Telefone: {versions}; {checks} Updateprüfungen, {failures} fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../app/ui/simulator_window.py" line="419"/>
        <source>Demo: the console runs on a throwaway data folder with a sample package, one test phone (the first row) and a running server; nothing of your real data is touched. Pending updates reach only the test phone; approve them and every phone updates; restore and they roll back. Outside the firewall, sign in with account {account}, password {password}.</source>
        <translation>Demo: Die Konsole läuft auf einem Wegwerf-Datenordner mit einem Beispielpaket, einem Testtelefon (die erste Zeile) und einem laufenden Server; von Ihren echten Daten wird nichts angetastet. Ausstehende Updates erreichen nur das Testtelefon; genehmigen Sie sie, und alle Telefone werden aktualisiert; stellen Sie wieder her, und sie kehren zurück. Außerhalb der Firewall melden Sie sich mit dem Konto {account} und dem Kennwort {password} an.</translation>
    </message>
</context>
<context>
    <name>tabs</name>
    <message>
        <location filename="../../app/ui/tabs_common.py" line="76"/>
        <source>Could not load</source>
        <translation>Laden nicht möglich</translation>
    </message>
    <message>
        <location filename="../../app/ui/tabs_common.py" line="128"/>
        <source>Filter…</source>
        <translation>Filtern…</translation>
    </message>
    <message>
        <location filename="../../app/ui/tabs_common.py" line="131"/>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
</context>
<context>
    <name>TestDeviceDialog</name>
    <message>
        <location filename="../../app/ui/test_device_dialog.py" line="33"/>
        <source>Edit test device</source>
        <translation>Testgerät bearbeiten</translation>
    </message>
    <message>
        <location filename="../../app/ui/test_device_dialog.py" line="34"/>
        <source>Add test device</source>
        <translation>Testgerät hinzufügen</translation>
    </message>
    <message>
        <location filename="../../app/ui/test_device_dialog.py" line="59"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/test_device_dialog.py" line="60"/>
        <source>A name you recognise, e.g. whose desk it is on</source>
        <translation>Ein aussagekräftiger Name, z. B. an wessen Arbeitsplatz das Gerät steht</translation>
    </message>
    <message>
        <location filename="../../app/ui/test_device_dialog.py" line="61"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../app/ui/test_device_dialog.py" line="64"/>
        <source>MAC address</source>
        <translation>MAC-Adresse</translation>
    </message>
    <message>
        <location filename="../../app/ui/test_device_dialog.py" line="65"/>
        <source>Serial number</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <location filename="../../app/ui/test_device_dialog.py" line="66"/>
        <source>How the phone is recognised in its update checks</source>
        <translation>Woran das Telefon bei seinen Updateprüfungen erkannt wird</translation>
    </message>
    <message>
        <location filename="../../app/ui/test_device_dialog.py" line="67"/>
        <source>Identifier type</source>
        <translation>Bezeichnertyp</translation>
    </message>
    <message>
        <location filename="../../app/ui/test_device_dialog.py" line="68"/>
        <source>Identified &amp;by:</source>
        <translation>Erkannt ü&amp;ber:</translation>
    </message>
    <message>
        <location filename="../../app/ui/test_device_dialog.py" line="69"/>
        <source>Identifier</source>
        <translation>Bezeichner</translation>
    </message>
    <message>
        <location filename="../../app/ui/test_device_dialog.py" line="70"/>
        <source>I&amp;dentifier:</source>
        <translation>Be&amp;zeichner:</translation>
    </message>
    <message>
        <location filename="../../app/ui/test_device_dialog.py" line="71"/>
        <source>Scope:</source>
        <translation>Bereich:</translation>
    </message>
    <message>
        <location filename="../../app/ui/test_device_dialog.py" line="80"/>
        <source>Save this test device</source>
        <translation>Dieses Testgerät speichern</translation>
    </message>
    <message>
        <location filename="../../app/ui/test_device_dialog.py" line="81"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../app/ui/test_device_dialog.py" line="83"/>
        <source>Close without saving</source>
        <translation>Schließen, ohne zu speichern</translation>
    </message>
    <message>
        <location filename="../../app/ui/test_device_dialog.py" line="84"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../app/ui/test_device_dialog.py" line="101"/>
        <source>&amp;Global</source>
        <translation>&amp;Global</translation>
    </message>
    <message>
        <location filename="../../app/ui/test_device_dialog.py" line="103"/>
        <source>A test device on every site</source>
        <translation>Ein Testgerät an allen Standorten</translation>
    </message>
    <message>
        <location filename="../../app/ui/test_device_dialog.py" line="104"/>
        <source>Global scope</source>
        <translation>Globaler Bereich</translation>
    </message>
    <message>
        <location filename="../../app/ui/test_device_dialog.py" line="105"/>
        <source>&amp;Site:</source>
        <translation>&amp;Standort:</translation>
    </message>
    <message>
        <location filename="../../app/ui/test_device_dialog.py" line="107"/>
        <source>A test device only where the server&apos;s Site setting has this name</source>
        <translation>Ein Testgerät nur dort, wo die Servereinstellung „Site“ diesen Namen hat</translation>
    </message>
    <message>
        <location filename="../../app/ui/test_device_dialog.py" line="109"/>
        <source>Site scope</source>
        <translation>Standortbereich</translation>
    </message>
    <message>
        <location filename="../../app/ui/test_device_dialog.py" line="110"/>
        <source>Site name</source>
        <translation>Standortname</translation>
    </message>
    <message>
        <location filename="../../app/ui/test_device_dialog.py" line="110"/>
        <source>The site&apos;s name</source>
        <translation>Der Name des Standorts</translation>
    </message>
    <message>
        <location filename="../../app/ui/test_device_dialog.py" line="140"/>
        <source>Six pairs of hex digits, joined or separated by &apos;-&apos; or &apos;:&apos;</source>
        <translation>Sechs Paare von Hexadezimalziffern, zusammengeschrieben oder durch &apos;-&apos; oder &apos;:&apos; getrennt</translation>
    </message>
    <message>
        <location filename="../../app/ui/test_device_dialog.py" line="143"/>
        <source>serial number</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <location filename="../../app/ui/test_device_dialog.py" line="144"/>
        <source>Letters, digits, &apos;-&apos; and &apos;_&apos;</source>
        <translation>Buchstaben, Ziffern, &apos;-&apos; und &apos;_&apos;</translation>
    </message>
    <message>
        <location filename="../../app/ui/test_device_dialog.py" line="154"/>
        <source>Enter a name and the phone&apos;s MAC address or serial number.</source>
        <translation>Geben Sie einen Namen und die MAC-Adresse oder Seriennummer des Telefons ein.</translation>
    </message>
</context>
<context>
    <name>TestDevicesModel</name>
    <message>
        <location filename="../../app/ui/models.py" line="233"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/models.py" line="233"/>
        <source>Identifier type</source>
        <translation>Bezeichnertyp</translation>
    </message>
    <message>
        <location filename="../../app/ui/models.py" line="233"/>
        <source>Identifier</source>
        <translation>Bezeichner</translation>
    </message>
    <message>
        <location filename="../../app/ui/models.py" line="234"/>
        <source>Scope</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <location filename="../../app/ui/models.py" line="238"/>
        <source>MAC address</source>
        <translation>MAC-Adresse</translation>
    </message>
    <message>
        <location filename="../../app/ui/models.py" line="239"/>
        <source>Serial number</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <location filename="../../app/ui/models.py" line="244"/>
        <source>Applies on every site</source>
        <translation>Gilt an allen Standorten</translation>
    </message>
    <message>
        <location filename="../../app/ui/models.py" line="245"/>
        <source>Applies only where the server&apos;s Site setting is {site}</source>
        <translation>Gilt nur dort, wo die Servereinstellung „Site“ {site} lautet</translation>
    </message>
</context>
<context>
    <name>TestDevicesTab</name>
    <message>
        <location filename="../../app/ui/tabs_rules.py" line="239"/>
        <source>Test devices receive pending updates before they are approved for everyone.</source>
        <translation>Testgeräte erhalten ausstehende Updates, bevor diese für alle genehmigt werden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/tabs_rules.py" line="247"/>
        <source>Test devices</source>
        <translation>Testgeräte</translation>
    </message>
    <message>
        <location filename="../../app/ui/tabs_rules.py" line="256"/>
        <source>Show only test devices whose columns contain this text</source>
        <translation>Nur Testgeräte anzeigen, deren Spalten diesen Text enthalten</translation>
    </message>
    <message>
        <location filename="../../app/ui/tabs_rules.py" line="259"/>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/tabs_rules.py" line="260"/>
        <source>Add a test device by MAC address or serial number</source>
        <translation>Ein Testgerät über MAC-Adresse oder Seriennummer hinzufügen</translation>
    </message>
    <message>
        <location filename="../../app/ui/tabs_rules.py" line="262"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../app/ui/tabs_rules.py" line="263"/>
        <source>Change the selected test device</source>
        <translation>Das ausgewählte Testgerät ändern</translation>
    </message>
    <message>
        <location filename="../../app/ui/tabs_rules.py" line="264"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../app/ui/tabs_rules.py" line="265"/>
        <source>Remove the selected test devices</source>
        <translation>Die ausgewählten Testgeräte entfernen</translation>
    </message>
    <message>
        <location filename="../../app/ui/tabs_rules.py" line="323"/>
        <source>Remove test device {name}?</source>
        <translation>Testgerät {name} entfernen?</translation>
    </message>
    <message>
        <location filename="../../app/ui/tabs_rules.py" line="325"/>
        <source>Remove these {count} test devices?</source>
        <translation>Diese {count} Testgeräte entfernen?</translation>
    </message>
    <message>
        <location filename="../../app/ui/tabs_rules.py" line="327"/>
        <source>Remove test devices</source>
        <translation>Testgeräte entfernen</translation>
    </message>
    <message>
        <location filename="../../app/ui/tabs_rules.py" line="328"/>
        <source>They will only receive approved updates from now on.

</source>
        <translation>Sie erhalten ab sofort nur noch genehmigte Updates.

</translation>
    </message>
    <message>
        <location filename="../../app/ui/tabs_rules.py" line="344"/>
        <source>Test device not changed</source>
        <translation>Testgerät nicht geändert</translation>
    </message>
</context>
</TS>
