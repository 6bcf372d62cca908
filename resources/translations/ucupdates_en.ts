<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>Commands</name>
    <message numerus="yes">
        <location filename="../../app/ui/commands.py" line="88"/>
        <location filename="../../app/ui/commands.py" line="209"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/commands.py" line="139"/>
        <source>Approve %n rule(s)</source>
        <translation>
            <numerusform>Approve %n rule</numerusform>
            <numerusform>Approve %n rules</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/commands.py" line="139"/>
        <source>Approve %n rule(s)?</source>
        <translation>
            <numerusform>Approve %n rule?</numerusform>
            <numerusform>Approve %n rules?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/commands.py" line="141"/>
        <source>Cancel the pending version of %n rule(s)?</source>
        <translation>
            <numerusform>Cancel the pending version of %n rule?</numerusform>
            <numerusform>Cancel the pending version of %n rules?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/commands.py" line="142"/>
        <source>Cancel %n pending version(s)</source>
        <translation>
            <numerusform>Cancel %n pending version</numerusform>
            <numerusform>Cancel %n pending versions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/commands.py" line="144"/>
        <source>Restore %n rule(s)</source>
        <translation>
            <numerusform>Restore %n rule</numerusform>
            <numerusform>Restore %n rules</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/commands.py" line="144"/>
        <source>Restore %n rule(s)?</source>
        <translation>
            <numerusform>Restore %n rule?</numerusform>
            <numerusform>Restore %n rules?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/commands.py" line="145"/>
        <source>Remove %n rule(s)</source>
        <translation>
            <numerusform>Remove %n rule</numerusform>
            <numerusform>Remove %n rules</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/commands.py" line="145"/>
        <source>Remove %n rule(s)?</source>
        <translation>
            <numerusform>Remove %n rule?</numerusform>
            <numerusform>Remove %n rules?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/commands.py" line="174"/>
        <source>Leave %n rule(s) with no approved version?</source>
        <translation>
            <numerusform>Leave %n rule with no approved version?</numerusform>
            <numerusform>Leave %n rules with no approved version?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/commands.py" line="177"/>
        <source>Leave %n rule(s) without approved version</source>
        <translation>
            <numerusform>Leave %n rule without approved version</numerusform>
            <numerusform>Leave %n rules without approved version</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/commands.py" line="181"/>
        <source>Done for %n rule(s).</source>
        <translation>
            <numerusform>Done for %n rule.</numerusform>
            <numerusform>Done for %n rules.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/commands.py" line="188"/>
        <source>Refused for %n rule(s); they were left as they were.</source>
        <translation>
            <numerusform>Refused for %n rule; they were left as they were.</numerusform>
            <numerusform>Refused for %n rules; they were left as they were.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/commands.py" line="211"/>
        <source>Remove %n device(s) from the inventory?</source>
        <translation>
            <numerusform>Remove %n device from the inventory?</numerusform>
            <numerusform>Remove %n devices from the inventory?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/commands.py" line="213"/>
        <source>Remove %n device(s)</source>
        <translation>
            <numerusform>Remove %n device</numerusform>
            <numerusform>Remove %n devices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/commands.py" line="228"/>
        <source>Remove every device not seen for %n day(s)?</source>
        <translation>
            <numerusform>Remove every device not seen for %n day?</numerusform>
            <numerusform>Remove every device not seen for %n days?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/commands.py" line="230"/>
        <source>Remove devices not seen for %n day(s)</source>
        <translation>
            <numerusform>Remove devices not seen for %n day</numerusform>
            <numerusform>Remove devices not seen for %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/commands.py" line="241"/>
        <source>Removed %n device(s) from the inventory.</source>
        <translation>
            <numerusform>Removed %n device from the inventory.</numerusform>
            <numerusform>Removed %n devices from the inventory.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/commands.py" line="257"/>
        <source>Deleted %n unused version(s), {mb:.1f} MB freed.</source>
        <translation>
            <numerusform>Deleted %n unused version, {mb:.1f} MB freed.</numerusform>
            <numerusform>Deleted %n unused versions, {mb:.1f} MB freed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/commands.py" line="274"/>
        <source>Deleted %n log file(s) older than {days}.</source>
        <translation>
            <numerusform>Deleted %n log file older than {days}.</numerusform>
            <numerusform>Deleted %n log files older than {days}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/commands.py" line="276"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DevicesModel</name>
    <message numerus="yes">
        <location filename="../../app/ui/devices_model.py" line="341"/>
        <source>First seen {first}; %n update check(s)</source>
        <translation>
            <numerusform>First seen {first}; %n update check</numerusform>
            <numerusform>First seen {first}; %n update checks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>History</name>
    <message numerus="yes">
        <location filename="../../app/ui/history_words.py" line="70"/>
        <source>%n device(s)</source>
        <translation>
            <numerusform>%n device</numerusform>
            <numerusform>%n devices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/history_words.py" line="72"/>
        <source>not seen for %n day(s)</source>
        <translation>
            <numerusform>not seen for %n day</numerusform>
            <numerusform>not seen for %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/history_words.py" line="75"/>
        <source>%n device(s) removed</source>
        <translation>
            <numerusform>%n device removed</numerusform>
            <numerusform>%n devices removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/history_words.py" line="77"/>
        <source>%n version(s)</source>
        <translation>
            <numerusform>%n version</numerusform>
            <numerusform>%n versions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/history_words.py" line="80"/>
        <source>older than %n day(s)</source>
        <translation>
            <numerusform>older than %n day</numerusform>
            <numerusform>older than %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/history_words.py" line="82"/>
        <source>%n file(s) deleted</source>
        <translation>
            <numerusform>%n file deleted</numerusform>
            <numerusform>%n files deleted</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message numerus="yes">
        <location filename="../../app/ui/dialogs/import_preview.py" line="81"/>
        <source>{0} ({1} bytes) in %n update(s)</source>
        <translation>
            <numerusform>{0} ({1} bytes) in %n update</numerusform>
            <numerusform>{0} ({1} bytes) in %n updates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/dialogs/import_preview.py" line="162"/>
        <source>Importing makes {0} of %n update(s) pending. Pending versions reach test devices only, until you approve them.</source>
        <translation>
            <numerusform>Importing makes {0} of %n update pending. Pending versions reach test devices only, until you approve them.</numerusform>
            <numerusform>Importing makes {0} of %n updates pending. Pending versions reach test devices only, until you approve them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogsTab</name>
    <message numerus="yes">
        <location filename="../../app/ui/tabs/logs.py" line="227"/>
        <source>{shown} of the newest %n line(s) shown</source>
        <translation>
            <numerusform>{shown} of the newest %n line shown</numerusform>
            <numerusform>{shown} of the newest %n lines shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LyncImportDialog</name>
    <message numerus="yes">
        <location filename="../../app/ui/dialogs/lync_import.py" line="176"/>
        <source>%n conflict(s) with what is already here: importing would be refused. Remove or rename what they name, then preview again.</source>
        <translation>
            <numerusform>%n conflict with what is already here: importing would be refused. Remove or rename what it names, then preview again.</numerusform>
            <numerusform>%n conflicts with what is already here: importing would be refused. Remove or rename what they name, then preview again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/dialogs/lync_import.py" line="183"/>
        <source>Ready to import %n rule(s); nothing has been changed yet.</source>
        <translation>
            <numerusform>Ready to import %n rule; nothing has been changed yet.</numerusform>
            <numerusform>Ready to import %n rules; nothing has been changed yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/dialogs/lync_import.py" line="189"/>
        <source>Rules (%n)</source>
        <translation>
            <numerusform>Rules (%n)</numerusform>
            <numerusform>Rules (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/dialogs/lync_import.py" line="194"/>
        <source>Test devices (%n)</source>
        <translation>
            <numerusform>Test devices (%n)</numerusform>
            <numerusform>Test devices (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/dialogs/lync_import.py" line="197"/>
        <source>Versions to copy (%n)</source>
        <translation>
            <numerusform>Versions to copy (%n)</numerusform>
            <numerusform>Versions to copy (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/dialogs/lync_import.py" line="203"/>
        <source>Left out: no rule names them (%n)</source>
        <translation>
            <numerusform>Left out: no rule names it (%n)</numerusform>
            <numerusform>Left out: no rule names them (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/dialogs/lync_import.py" line="209"/>
        <source>Conflicts (%n)</source>
        <translation>
            <numerusform>Conflicts (%n)</numerusform>
            <numerusform>Conflicts (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/dialogs/lync_import.py" line="252"/>
        <source>%n rule(s), with their Ids and versions, and their files are here now.</source>
        <translation>
            <numerusform>%n rule, with its Id and versions, and its files are here now.</numerusform>
            <numerusform>%n rules, with their Ids and versions, and their files are here now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/dialogs/lync_import.py" line="254"/>
        <source>%n test device(s) came over too.</source>
        <translation>
            <numerusform>%n test device came over too.</numerusform>
            <numerusform>%n test devices came over too.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../app/ui/main_window.py" line="354"/>
        <source>The device server is running and served %n phone(s) in the last hour. Quit and stop it?</source>
        <translation>
            <numerusform>The device server is running and served %n phone in the last hour. Quit and stop it?</numerusform>
            <numerusform>The device server is running and served %n phones in the last hour. Quit and stop it?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhonesModel</name>
    <message numerus="yes">
        <location filename="../../app/ui/simulator/model.py" line="92"/>
        <source>%n update check(s)</source>
        <translation>
            <numerusform>%n update check</numerusform>
            <numerusform>%n update checks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RulePhonesDialog</name>
    <message numerus="yes">
        <location filename="../../app/ui/dialogs/rule_phones.py" line="42"/>
        <source>No version is approved yet; %n phone(s) of this kind checked for updates</source>
        <translation>
            <numerusform>No version is approved yet; %n phone of this kind checked for updates</numerusform>
            <numerusform>No version is approved yet; %n phones of this kind checked for updates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/dialogs/rule_phones.py" line="45"/>
        <source>{approved} of %n phone(s) run the approved version {version}</source>
        <translation>
            <numerusform>{approved} of %n phone runs the approved version {version}</numerusform>
            <numerusform>{approved} of %n phones run the approved version {version}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RulesTab</name>
    <message numerus="yes">
        <location filename="../../app/ui/tabs/rules.py" line="188"/>
        <source>%n rule(s)</source>
        <translation>
            <numerusform>%n rule</numerusform>
            <numerusform>%n rules</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/tabs/rules.py" line="189"/>
        <source>{shown} of %n rule(s) shown</source>
        <translation>
            <numerusform>{shown} of %n rule shown</numerusform>
            <numerusform>{shown} of %n rules shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerPanel</name>
    <message numerus="yes">
        <location filename="../../app/ui/server_panel.py" line="179"/>
        <source>%n check(s)</source>
        <translation>
            <numerusform>%n check</numerusform>
            <numerusform>%n checks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/server_panel.py" line="180"/>
        <source>%n download(s)</source>
        <translation>
            <numerusform>%n download</numerusform>
            <numerusform>%n downloads</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SimulatorWindow</name>
    <message numerus="yes">
        <location filename="../../app/ui/simulator/window.py" line="382"/>
        <source>%n phone(s)</source>
        <translation>
            <numerusform>%n phone</numerusform>
            <numerusform>%n phones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/simulator/window.py" line="383"/>
        <source>%n update check(s)</source>
        <translation>
            <numerusform>%n update check</numerusform>
            <numerusform>%n update checks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TestDevicesTab</name>
    <message numerus="yes">
        <location filename="../../app/ui/tabs/test_devices.py" line="147"/>
        <source>Remove these %n test device(s)?</source>
        <translation>
            <numerusform>Remove these %n test device?</numerusform>
            <numerusform>Remove these %n test devices?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/tabs/test_devices.py" line="151"/>
        <source>Remove %n test device(s)</source>
        <translation>
            <numerusform>Remove %n test device</numerusform>
            <numerusform>Remove %n test devices</numerusform>
        </translation>
    </message>
</context>
</TS>
