<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AgreementControl</name>
    <message>
        <location filename="../slaworkshop/ui/widgets/agreement.py" line="95"/>
        <source>Agreement:</source>
        <translation>Einigung:</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/widgets/agreement.py" line="99"/>
        <source>Note (e.g. the reservation, or who still has to agree)</source>
        <translation>Notiz (z. B. der Vorbehalt oder wer noch zustimmen muss)</translation>
    </message>
</context>
<context>
    <name>AgreementState</name>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="12"/>
        <source>Agreed</source>
        <translation>Vereinbart</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="13"/>
        <source>Agreed with reservations</source>
        <translation>Mit Vorbehalt vereinbart</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="14"/>
        <source>Disputed</source>
        <translation>Strittig</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="15"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="16"/>
        <source>Parked</source>
        <translation>Zurückgestellt</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="17"/>
        <source>Proposed</source>
        <translation>Vorgeschlagen</translation>
    </message>
</context>
<context>
    <name>ApprovalEditor</name>
    <message>
        <location filename="../slaworkshop/ui/signoff_dialog.py" line="139"/>
        <source>Typed name of {0}</source>
        <translation>Eingetippter Name von {0}</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/signoff_dialog.py" line="149"/>
        <source>Clear signature</source>
        <translation>Unterschrift löschen</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/signoff_dialog.py" line="171"/>
        <source>Typed name *</source>
        <translation>Eingetippter Name *</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/signoff_dialog.py" line="173"/>
        <source>Date *</source>
        <translation>Datum *</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/signoff_dialog.py" line="175"/>
        <source>Signature</source>
        <translation>Unterschrift</translation>
    </message>
</context>
<context>
    <name>ChoiceField</name>
    <message>
        <location filename="../slaworkshop/ui/widgets/fields.py" line="294"/>
        <source>— choose —</source>
        <translation>— bitte wählen —</translation>
    </message>
</context>
<context>
    <name>DamagedDatabaseDialog</name>
    <message>
        <location filename="../slaworkshop/ui/dialogs.py" line="318"/>
        <source>The workshop database is damaged</source>
        <translation>Die Workshop-Datenbank ist beschädigt</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/dialogs.py" line="324"/>
        <source>SLA Workshop cannot open your workshop database.</source>
        <translation>SLA Workshop kann Ihre Workshop-Datenbank nicht öffnen.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/dialogs.py" line="331"/>
        <source>The file %1 is damaged (%2). It has not been changed.</source>
        <translation>Die Datei %1 ist beschädigt (%2). Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/dialogs.py" line="340"/>
        <source>The newest verified backup is from %1. Restoring it brings back your workshops as they were then; the damaged file is kept aside next to it, so nothing is deleted.</source>
        <translation>Die neueste geprüfte Sicherung stammt vom %1. Mit ihr sind Ihre Workshops wieder auf dem damaligen Stand; die beschädigte Datei bleibt daneben erhalten, gelöscht wird nichts.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/dialogs.py" line="345"/>
        <source>There is no verified backup to restore. You can start with an empty database; the damaged file is kept aside, so it can still be rescued later.</source>
        <translation>Es gibt keine geprüfte Sicherung, die sich wiederherstellen ließe. Sie können mit einer leeren Datenbank beginnen; die beschädigte Datei wird aufbewahrt und lässt sich später vielleicht noch retten.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/dialogs.py" line="352"/>
        <source>&amp;Restore newest backup</source>
        <translation>Sicherung &amp;wiederherstellen</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/dialogs.py" line="354"/>
        <source>Start with an &amp;empty database</source>
        <translation>Mit &amp;leerer Datenbank starten</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/dialogs.py" line="356"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../slaworkshop/ui/widgets/fields.py" line="246"/>
        <source>no date (YYYY-MM-DD)</source>
        <translation>kein Datum (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/widgets/fields.py" line="249"/>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/widgets/fields.py" line="250"/>
        <source>Pick a date</source>
        <translation>Datum wählen</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/widgets/fields.py" line="267"/>
        <location filename="../slaworkshop/ui/widgets/table.py" line="139"/>
        <source>{label}: “{text}” is not a date (YYYY-MM-DD or DD.MM.YYYY).</source>
        <translation>{label}: „{text}“ ist kein Datum (JJJJ-MM-TT oder TT.MM.JJJJ).</translation>
    </message>
</context>
<context>
    <name>DefinitionsPage</name>
    <message>
        <location filename="../slaworkshop/ui/steps/definitions.py" line="287"/>
        <source>Lifecycle stages</source>
        <translation>Lifecycle-Phasen</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/definitions.py" line="301"/>
        <source>Add the usual stages</source>
        <translation>Übliche Phasen hinzufügen</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/definitions.py" line="303"/>
        <source>Selected stage</source>
        <translation>Ausgewählte Phase</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/definitions.py" line="310"/>
        <source>What is a lead at this stage, in one or two sentences?</source>
        <translation>Was ist ein Lead in dieser Phase, in ein, zwei Sätzen?</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/definitions.py" line="311"/>
        <source>What must be true (and recorded) for a lead to enter it?</source>
        <translation>Was muss zutreffen (und erfasst sein), damit ein Lead in diese Phase kommt?</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/definitions.py" line="312"/>
        <source>What happens next, and who does it?</source>
        <translation>Was passiert als Nächstes, und wer ist dafür zuständig?</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/definitions.py" line="330"/>
        <source>Agreement note: the reservation, or who still has to agree</source>
        <translation>Notiz zur Einigung: der Vorbehalt oder wer noch zustimmen muss</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/definitions.py" line="338"/>
        <source>The lifecycle as a whole:</source>
        <translation>Der Lifecycle insgesamt:</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/definitions.py" line="348"/>
        <source>Stages of an opportunity</source>
        <translation>Phasen einer Opportunity</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/definitions.py" line="355"/>
        <source>Add the usual opportunity stages</source>
        <translation>Übliche Opportunity-Phasen hinzufügen</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/definitions.py" line="362"/>
        <source>Disqualification and rejection reasons</source>
        <translation>Gründe für Disqualifizierung und Ablehnung</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/definitions.py" line="371"/>
        <source>Add the usual reasons</source>
        <translation>Übliche Gründe hinzufügen</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/definitions.py" line="418"/>
        <source>Adds the standard content of the starter in the document&apos;s language, marked “proposed”: go through it with the room. One undo removes it.</source>
        <translation>Fügt die Standardinhalte der Vorlage in der Sprache des Dokuments hinzu, markiert als „vorgeschlagen“: Gehen Sie sie mit der Runde durch. Ein Rückgängig entfernt sie wieder.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/definitions.py" line="463"/>
        <source>No lifecycle stages yet. Name the stages a lead passes through — typically Contact, Lead, MQL, SAL, SQL, Opportunity and Customer — and say who owns each one.</source>
        <translation>Noch keine Lifecycle-Phasen. Benennen Sie die Phasen, die ein Lead durchläuft – üblich sind Kontakt, Lead, MQL, SAL, SQL, Opportunity und Kunde –, und legen Sie fest, wer für jede verantwortlich ist.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/definitions.py" line="469"/>
        <source>Funnel: {0}</source>
        <translation>Funnel: {0}</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/definitions.py" line="469"/>
        <source>(no stage)</source>
        <translation>(keine Phase)</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/definitions.py" line="474"/>
        <source>Step 2 plans {0} conversion rates between these stages.</source>
        <translation>Schritt 2 plant {0} Konversionsraten zwischen diesen Phasen.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/definitions.py" line="477"/>
        <source>Not in the funnel: {0}.</source>
        <translation>Nicht im Funnel: {0}.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/definitions.py" line="487"/>
        <source>At least two lifecycle stages must be part of the funnel, or step 2 cannot compute it: tick “Part of the funnel” for the stages leads are counted in.</source>
        <translation>Mindestens zwei Lifecycle-Phasen müssen zum Funnel gehören, sonst kann Schritt 2 ihn nicht berechnen: Setzen Sie „Teil des Funnels“ bei den Phasen, in denen Leads gezählt werden.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/definitions.py" line="497"/>
        <source>How does an opportunity move to won or lost? Name its stages (e.g. discovery, proposal, negotiation, won, lost) with the win probability the forecast uses.</source>
        <translation>Wie wird aus einer Opportunity ein gewonnenes oder verlorenes Geschäft? Benennen Sie ihre Phasen (z. B. Bedarfsanalyse, Angebot, Verhandlung, gewonnen, verloren) mit der Abschlusswahrscheinlichkeit, die der Forecast verwendet.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/definitions.py" line="507"/>
        <source>On which grounds does Marketing disqualify a lead, and Sales reject one? Give each a short code and say whether the lead goes back to nurturing.</source>
        <translation>Aus welchen Gründen disqualifiziert das Marketing einen Lead und lehnt der Vertrieb einen ab? Geben Sie jedem Grund ein kurzes Kürzel und legen Sie fest, ob der Lead zurück ins Nurturing geht.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/definitions.py" line="521"/>
        <source>“{0}” is recycled to nurturing but names no track: say which nurture track (step 6) the lead goes into.</source>
        <translation>„{0}“ geht zurück ins Nurturing, nennt aber keine Strecke: Legen Sie fest, in welche Nurturing-Strecke (Schritt 6) der Lead kommt.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/definitions.py" line="527"/>
        <source>“{0}” goes into the nurture track “{1}”, which step 6 does not list.</source>
        <translation>„{0}“ führt in die Nurturing-Strecke „{1}“, die Schritt 6 nicht aufführt.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/definitions.py" line="579"/>
        <source>Selected stage — pick a row in the table</source>
        <translation>Ausgewählte Phase – wählen Sie eine Zeile in der Tabelle</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/definitions.py" line="582"/>
        <source>Selected stage: {0}</source>
        <translation>Ausgewählte Phase: {0}</translation>
    </message>
</context>
<context>
    <name>EditorView</name>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="18"/>
        <source>Add row</source>
        <translation>Zeile hinzufügen</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="19"/>
        <source>Change agreement</source>
        <translation>Einigung ändern</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="20"/>
        <source>Changed elsewhere</source>
        <translation>Anderswo geändert</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="21"/>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="22"/>
        <source>Edit {0}</source>
        <translation>{0} bearbeiten</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="23"/>
        <source>Keep my changes</source>
        <translation>Meine Änderungen behalten</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="24"/>
        <source>Keep my changes: load the other version and put your unsaved changes on top of it.
Load the other version: show what was saved elsewhere and drop your unsaved changes.</source>
        <translation>Meine Änderungen behalten: die andere Fassung laden und Ihre ungespeicherten Änderungen darauf anwenden.
Die andere Fassung laden: anzeigen, was anderswo gespeichert wurde, und Ihre ungespeicherten Änderungen verwerfen.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="25"/>
        <source>Load the other version</source>
        <translation>Die andere Fassung laden</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="26"/>
        <source>Move row</source>
        <translation>Zeile verschieben</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="27"/>
        <source>Not everything is saved</source>
        <translation>Nicht alles ist gespeichert</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="28"/>
        <source>Remove row</source>
        <translation>Zeile entfernen</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="29"/>
        <source>{0}

Close the workshop anyway? These changes will be lost.</source>
        <translation>{0}

Den Workshop trotzdem schließen? Diese Änderungen gehen verloren.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/editor.py" line="213"/>
        <source>◀ Library</source>
        <translation>◀ Übersicht</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/editor.py" line="214"/>
        <source>Back to the library (Alt+Home)</source>
        <translation>Zurück zur Workshop-Übersicht (Alt+Pos1)</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/editor.py" line="215"/>
        <source>Guidance</source>
        <translation>Leitfaden</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/editor.py" line="247"/>
        <source>◀ Previous step</source>
        <translation>◀ Vorheriger Schritt</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/editor.py" line="248"/>
        <source>Next step ▶</source>
        <translation>Nächster Schritt ▶</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/editor.py" line="263"/>
        <source>Ask the room</source>
        <translation>Fragen an die Runde</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/editor.py" line="294"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/editor.py" line="296"/>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/editor.py" line="306"/>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/editor.py" line="307"/>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/editor.py" line="308"/>
        <source>Reset zoom</source>
        <translation>Originalgröße</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/editor.py" line="309"/>
        <source>Show guidance</source>
        <translation>Leitfaden anzeigen</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/editor.py" line="317"/>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/editor.py" line="318"/>
        <source>Previous step</source>
        <translation>Vorheriger Schritt</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/editor.py" line="319"/>
        <source>Back to library</source>
        <translation>Zurück zur Übersicht</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/editor.py" line="348"/>
        <source>Saving…</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/editor.py" line="371"/>
        <source>These values are not valid and were not saved:
{0}</source>
        <translation>Diese Werte sind ungültig und wurden nicht gespeichert:
{0}</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/editor.py" line="372"/>
        <source>Your latest changes could not be saved.</source>
        <translation>Ihre letzten Änderungen konnten nicht gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/editor.py" line="415"/>
        <source>Step {0} · {1}</source>
        <translation>Schritt {0} · {1}</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/editor.py" line="438"/>
        <source>Exported to {0}</source>
        <translation>Exportiert nach {0}</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/editor.py" line="465"/>
        <source>No workshop is open.</source>
        <translation>Es ist kein Workshop geöffnet.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/editor.py" line="469"/>
        <source>These values are not valid and were not saved; correct them first:
{0}</source>
        <translation>Diese Werte sind ungültig und wurden nicht gespeichert; korrigieren Sie sie zuerst:
{0}</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/editor.py" line="475"/>
        <source>Your latest changes are not saved yet (see the status bar); sign once they are.</source>
        <translation>Ihre letzten Änderungen sind noch nicht gespeichert (siehe Statusleiste); unterzeichnen Sie, sobald sie es sind.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/editor.py" line="554"/>
        <source>(no client yet)</source>
        <translation>(noch kein Kunde)</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/editor.py" line="555"/>
        <source>(untitled workshop)</source>
        <translation>(Workshop ohne Titel)</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/editor.py" line="601"/>
        <source>Saved at {0}</source>
        <translation>Gespeichert um {0}</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/editor.py" line="606"/>
        <source>Not saved yet — {0} Your changes are kept and saving is retried.</source>
        <translation>Noch nicht gespeichert – {0} Ihre Änderungen bleiben erhalten; das Speichern wird erneut versucht.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/editor.py" line="611"/>
        <source>Some changes could not be saved: {0}</source>
        <translation>Einige Änderungen konnten nicht gespeichert werden: {0}</translation>
    </message>
</context>
<context>
    <name>ExchangeFlow</name>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="30"/>
        <source>&amp;Import workshop…</source>
        <translation>Workshop &amp;importieren …</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="31"/>
        <source>E&amp;xport workshop…</source>
        <translation>Workshop e&amp;xportieren …</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="32"/>
        <source>Export workshop</source>
        <translation>Workshop exportieren</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="33"/>
        <source>Import workshop</source>
        <translation>Workshop importieren</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="34"/>
        <source>Something went wrong: %1</source>
        <translation>Etwas ist schiefgegangen: %1</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="36"/>
        <source>Workshop files (*.slaw)</source>
        <translation>Workshop-Dateien (*.slaw)</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="37"/>
        <source>Workshop files (*.slaw);;All files (*)</source>
        <translation>Workshop-Dateien (*.slaw);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="38"/>
        <source>Workshop imported.</source>
        <translation>Workshop importiert.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="39"/>
        <source>Workshop written to %1</source>
        <translation>Workshop gespeichert unter %1</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="40"/>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="35"/>
        <location filename="../slaworkshop/ui/exchange_flow.py" line="273"/>
        <source>The workshop was not exported</source>
        <translation>Der Workshop wurde nicht exportiert</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/exchange_flow.py" line="291"/>
        <source>Checking “%1”…</source>
        <translation>„%1“ wird geprüft …</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/exchange_flow.py" line="300"/>
        <location filename="../slaworkshop/ui/exchange_flow.py" line="352"/>
        <source>The workshop was not imported</source>
        <translation>Der Workshop wurde nicht importiert</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/exchange_flow.py" line="331"/>
        <source>Importing…</source>
        <translation>Wird importiert …</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/exchange_flow.py" line="338"/>
        <source>Workshop imported with a warning</source>
        <translation>Workshop mit einer Warnung importiert</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/exchange_flow.py" line="342"/>
        <source>The workshop was imported; its content is a draft until it is signed again.</source>
        <translation>Der Workshop wurde importiert; sein Inhalt ist ein Entwurf, bis er erneut unterzeichnet wird.</translation>
    </message>
</context>
<context>
    <name>ExportFlow</name>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="41"/>
        <source>Agreement exported</source>
        <translation>Vereinbarung exportiert</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="42"/>
        <source>Characters the PDF cannot show</source>
        <translation>Zeichen, die das PDF nicht darstellen kann</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="43"/>
        <source>Export the agreement</source>
        <translation>Vereinbarung exportieren</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="44"/>
        <source>Exporting the agreement</source>
        <translation>Die Vereinbarung wird exportiert</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="45"/>
        <source>Hide</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="46"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="47"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="48"/>
        <source>Show in folder</source>
        <translation>Im Ordner anzeigen</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="49"/>
        <source>The PDF font cannot draw these characters of the workshop&apos;s text:

{0}
({1})

They would appear as empty boxes. Export anyway, or cancel and replace them?</source>
        <translation>Die Schrift des PDFs kann diese Zeichen aus dem Text des Workshops nicht darstellen:

{0}
({1})

Sie würden als leere Kästchen erscheinen. Trotzdem exportieren oder abbrechen und die Zeichen ersetzen?</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="50"/>
        <source>The agreement was not exported</source>
        <translation>Die Vereinbarung wurde nicht exportiert</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="51"/>
        <source>The agreement was written to
{0}
({1:.1f} s)</source>
        <translation>Die Vereinbarung wurde gespeichert unter
{0}
({1:.1f} s)</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="52"/>
        <source>Word document (*.docx)</source>
        <translation>Word-Dokument (*.docx)</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="53"/>
        <source>Writing {0} …</source>
        <translation>{0} wird geschrieben …</translation>
    </message>
</context>
<context>
    <name>FindingsTree</name>
    <message>
        <location filename="../slaworkshop/ui/steps/review.py" line="166"/>
        <source>Step and open point</source>
        <translation>Schritt und offener Punkt</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/review.py" line="166"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/review.py" line="226"/>
        <source>Step {0} · {1}</source>
        <translation>Schritt {0} · {1}</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/review.py" line="228"/>
        <source>{0} · open points: {1}</source>
        <translation>{0} · {1} offen</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/review.py" line="241"/>
        <source>Double-click to go there.</source>
        <translation>Doppelklick führt zur Stelle.</translation>
    </message>
</context>
<context>
    <name>FunnelPage</name>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="54"/>
        <source>Benchmark rate: every count above this stage rests on it.</source>
        <translation>Benchmark-Quote: Jede Zahl oberhalb dieser Phase beruht darauf.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="55"/>
        <source>Per half-year</source>
        <translation>Pro Halbjahr</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="56"/>
        <location filename="../slaworkshop/ui/steps/funnel.py" line="747"/>
        <source>Per month</source>
        <translation>Pro Monat</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="57"/>
        <source>Per quarter</source>
        <translation>Pro Quartal</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="58"/>
        <source>Per year</source>
        <translation>Pro Jahr</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="59"/>
        <source>a half-year</source>
        <translation>pro Halbjahr</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="60"/>
        <source>a month</source>
        <translation>pro Monat</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="61"/>
        <source>a quarter</source>
        <translation>pro Quartal</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="62"/>
        <source>a year</source>
        <translation>pro Jahr</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="63"/>
        <source>per half-year</source>
        <translation>pro Halbjahr</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="64"/>
        <location filename="../slaworkshop/ui/steps/funnel.py" line="887"/>
        <source>per month</source>
        <translation>pro Monat</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="65"/>
        <source>per quarter</source>
        <translation>pro Quartal</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="66"/>
        <source>per year</source>
        <translation>pro Jahr</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="67"/>
        <source>{0}: a rate cannot be more than 100 %.</source>
        <translation>{0}: Eine Quote kann nicht über 100 % liegen.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="68"/>
        <source>{0}: a rate must be more than 0 % — at 0 % no lead ever reaches the next stage.</source>
        <translation>{0}: Eine Quote muss über 0 % liegen – bei 0 % erreicht kein Lead jemals die nächste Phase.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="69"/>
        <source>{0}: “{1}” is not a number.</source>
        <translation>{0}: „{1}“ ist keine Zahl.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/funnel.py" line="468"/>
        <location filename="../slaworkshop/ui/steps/funnel.py" line="472"/>
        <source>Revenue target</source>
        <translation>Umsatzziel</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/funnel.py" line="473"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/funnel.py" line="474"/>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/funnel.py" line="475"/>
        <source>Period starts</source>
        <translation>Zeitraum beginnt</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/funnel.py" line="476"/>
        <source>Average deal size</source>
        <translation>Durchschnittliches Auftragsvolumen</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/funnel.py" line="477"/>
        <source>From marketing leads</source>
        <translation>Aus Marketing-Leads</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/funnel.py" line="478"/>
        <source>Sales cycle</source>
        <translation>Verkaufszyklus</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/funnel.py" line="483"/>
        <source>Share of the revenue target expected from marketing-sourced leads</source>
        <translation>Anteil des Umsatzziels, der aus Marketing-Leads erwartet wird</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/funnel.py" line="505"/>
        <source>Conversion rates</source>
        <translation>Konversionsraten</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/funnel.py" line="514"/>
        <source>The stages come from step 3, Definitions: add, rename or reorder them there.</source>
        <translation>Die Phasen stammen aus Schritt 3, Definitionen: Dort können Sie sie hinzufügen, umbenennen oder umsortieren.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/funnel.py" line="517"/>
        <source>Edit the stages in step 3 ›</source>
        <translation>Phasen in Schritt 3 bearbeiten ›</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/funnel.py" line="530"/>
        <source>Needed per stage</source>
        <translation>Benötigt je Phase</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/funnel.py" line="547"/>
        <source>{0} rests on benchmark rates, not on your own data.</source>
        <translation>{0} beruht auf Benchmark-Quoten, nicht auf Ihren eigenen Daten.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/funnel.py" line="553"/>
        <source>The counts per stage appear here.</source>
        <translation>Hier erscheinen die Zahlen je Phase.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/funnel.py" line="567"/>
        <source>The funnel</source>
        <translation>Der Funnel</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/funnel.py" line="577"/>
        <source>Can Sales follow up every lead?</source>
        <translation>Kann der Vertrieb jeden Lead nachfassen?</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/funnel.py" line="581"/>
        <source>Sales reps</source>
        <translation>Vertriebsmitarbeiter</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/funnel.py" line="582"/>
        <source>Hours per rep a week</source>
        <translation>Stunden je Mitarbeiter und Woche</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/funnel.py" line="583"/>
        <source>Minutes per attempt</source>
        <translation>Minuten je Versuch</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/funnel.py" line="589"/>
        <source>Hours each rep has per week for following up new leads</source>
        <translation>Stunden, die jeder Vertriebsmitarbeiter pro Woche für das Nachfassen neuer Leads hat</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/funnel.py" line="591"/>
        <source>Attempts per lead:</source>
        <translation>Versuche je Lead:</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/funnel.py" line="594"/>
        <source>Set in step 5, Handoff &amp; follow-up</source>
        <translation>Festgelegt in Schritt 5, Übergabe &amp; Nachfassen</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/funnel.py" line="673"/>
        <source>Enter the revenue target, the average deal size and the share expected from marketing-sourced leads: the page then shows how many leads Marketing must deliver, per stage and per month.</source>
        <translation>Geben Sie das Umsatzziel, das durchschnittliche Auftragsvolumen und den aus Marketing-Leads erwarteten Anteil ein: Die Seite zeigt dann, wie viele Leads das Marketing liefern muss, je Phase und pro Monat.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/funnel.py" line="689"/>
        <source>Revenue from marketing-sourced leads: {0} {1}</source>
        <translation>Umsatz aus Marketing-Leads: {0} {1}</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/funnel.py" line="697"/>
        <source>, {0} a month</source>
        <translation>, {0} pro Monat</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/funnel.py" line="710"/>
        <source>Enter when the period starts to see by when its leads must arrive.</source>
        <translation>Geben Sie den Beginn des Zeitraums ein, um zu sehen, bis wann seine Leads eintreffen müssen.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/funnel.py" line="715"/>
        <source>Leads for a period starting on {0} must arrive by {1} (one sales cycle earlier).</source>
        <translation>Leads für einen Zeitraum ab {0} müssen bis {1} eintreffen (einen Verkaufszyklus früher).</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/funnel.py" line="723"/>
        <source>The funnel needs at least two lifecycle stages that are part of it (for example Lead and Customer). Add them, or tick “Part of the funnel”, in step 3, Definitions.</source>
        <translation>Der Funnel braucht mindestens zwei Lifecycle-Phasen, die zu ihm gehören (zum Beispiel Lead und Kunde). Fügen Sie sie in Schritt 3, Definitionen, hinzu oder setzen Sie dort „Teil des Funnels“.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/funnel.py" line="747"/>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/funnel.py" line="784"/>
        <source>{0} of the rates are benchmarks, not your own data: the counts marked {1} rest on them. Replace them with your own figures as soon as you have them.</source>
        <translation>{0} der Quoten sind Benchmarks, nicht Ihre eigenen Daten: Die mit {1} markierten Zahlen beruhen darauf. Ersetzen Sie sie durch eigene Werte, sobald Sie diese haben.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/funnel.py" line="798"/>
        <source>{0} = {1} {2} ÷ {3}, rounded up</source>
        <translation>{0} = {1} {2} ÷ {3}, aufgerundet</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/funnel.py" line="809"/>
        <source>{0} = {1} ÷ {2} a deal, rounded up</source>
        <translation>{0} = {1} ÷ {2} je Auftrag, aufgerundet</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/funnel.py" line="820"/>
        <source>{0} rests on benchmark rates</source>
        <translation>{0} beruht auf Benchmark-Quoten</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/funnel.py" line="864"/>
        <source>The funnel is drawn here once the target, deal size and rates are entered.</source>
        <translation>Der Funnel erscheint hier, sobald Ziel, Auftragsvolumen und Quoten eingetragen sind.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/funnel.py" line="866"/>
        <source>The funnel is drawn here once the problems above are put right.</source>
        <translation>Der Funnel erscheint hier, sobald die Probleme oben behoben sind.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/funnel.py" line="877"/>
        <source>{0}: rests on benchmark rates</source>
        <translation>{0}: beruht auf Benchmark-Quoten</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/funnel.py" line="888"/>
        <source>Hatched: the count rests on benchmark rates, not your own data.</source>
        <translation>Schraffiert: beruht auf Benchmarks, nicht auf eigenen Daten.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/funnel.py" line="896"/>
        <source>not set yet — from step 5, Handoff &amp; follow-up</source>
        <translation>noch nicht festgelegt – aus Schritt 5, Übergabe &amp; Nachfassen</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/funnel.py" line="898"/>
        <source>{0} — from step 5</source>
        <translation>{0} – aus Schritt 5</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/funnel.py" line="904"/>
        <source>Enter the sales reps, their weekly hours for follow-up and the minutes per attempt to check whether Sales can work every lead the funnel hands over.</source>
        <translation>Geben Sie die Zahl der Vertriebsmitarbeiter, ihre Wochenstunden fürs Nachfassen und die Minuten je Versuch ein, um zu prüfen, ob der Vertrieb jeden Lead bearbeiten kann, den der Funnel übergibt.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/funnel.py" line="912"/>
        <source>Not checked yet</source>
        <translation>Noch nicht geprüft</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/funnel.py" line="925"/>
        <source>Cannot be checked yet</source>
        <translation>Noch nicht prüfbar</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/funnel.py" line="933"/>
        <source>Sales can work every lead</source>
        <translation>Der Vertrieb kann jeden Lead bearbeiten</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/funnel.py" line="934"/>
        <source>Tight: little slack left</source>
        <translation>Knapp: wenig Spielraum</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/funnel.py" line="935"/>
        <source>Over capacity: leads will go unanswered</source>
        <translation>Überlastet: Leads bleiben unbeantwortet</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/funnel.py" line="952"/>
        <source>Over capacity: following up every lead needs {0} of the time Sales has. Sales can handle {1} leads a month, the funnel hands over {2} ({3}). Add reps or hours, plan fewer or shorter attempts, or agree a lower target — otherwise leads go unanswered.</source>
        <translation>Überlastet: Jeden Lead nachzufassen braucht {0} der Zeit, die der Vertrieb hat. Der Vertrieb schafft {1} Leads im Monat, der Funnel übergibt {2} ({3}). Stocken Sie Personal oder Stunden auf, planen Sie weniger oder kürzere Versuche oder vereinbaren Sie ein niedrigeres Ziel – sonst bleiben Leads unbeantwortet.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/funnel.py" line="964"/>
        <source>Tight: follow-up takes {0} of the time Sales has, with little slack for holidays or a busy month. Sales can handle {1} leads a month, the funnel hands over {2} ({3}).</source>
        <translation>Knapp: Das Nachfassen braucht {0} der Zeit, die der Vertrieb hat, mit wenig Spielraum für Urlaub oder einen vollen Monat. Der Vertrieb schafft {1} Leads im Monat, der Funnel übergibt {2} ({3}).</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/funnel.py" line="980"/>
        <source>Following up {0} {1} a month takes {2} hours; Sales has {3} hours a month for it, enough for {4} leads a month.</source>
        <translation>{0} {1} im Monat nachzufassen dauert {2} Stunden; der Vertrieb hat dafür {3} Stunden im Monat, genug für {4} Leads im Monat.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/funnel.py" line="995"/>
        <source>The funnel above does not compute yet, so there is no monthly volume to check.</source>
        <translation>Der Funnel oben lässt sich noch nicht berechnen, daher gibt es noch kein Monatsvolumen zu prüfen.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/funnel.py" line="1000"/>
        <source>Attempts per lead: set the number of contact attempts in step 5, Handoff &amp; follow-up.</source>
        <translation>Versuche je Lead: Legen Sie die Zahl der Kontaktversuche in Schritt 5, Übergabe &amp; Nachfassen, fest.</translation>
    </message>
</context>
<context>
    <name>GoalsPage</name>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="70"/>
        <source>1 goal</source>
        <translation>1 Ziel</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="71"/>
        <source>Goal {0}</source>
        <translation>Ziel {0}</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="72"/>
        <source>No goal is about revenue or margin yet: tie at least one goal to money.</source>
        <translation>Noch kein Ziel betrifft Umsatz oder Marge: Knüpfen Sie mindestens ein Ziel an Geld.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="73"/>
        <source>No goals yet. Start with the money: revenue, margin, then retention and satisfaction.</source>
        <translation>Noch keine Ziele. Beginnen Sie mit dem Geld: Umsatz, Marge, dann Kundenbindung und Zufriedenheit.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="74"/>
        <source>No owner yet</source>
        <translation>Noch niemand zuständig</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="75"/>
        <source>by {0}</source>
        <translation>bis {0}</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="76"/>
        <source>from {0} to {1} ({2})</source>
        <translation>von {0} auf {1} ({2})</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="77"/>
        <source>no period or deadline</source>
        <translation>kein Zeitraum und keine Frist</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="78"/>
        <source>no target yet</source>
        <translation>noch kein Zielwert</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="79"/>
        <source>shared</source>
        <translation>gemeinsam</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="80"/>
        <source>target {0} (no baseline yet)</source>
        <translation>Zielwert {0} (noch kein Ist-Wert)</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="81"/>
        <source>{0} agreed</source>
        <translation>{0} vereinbart</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="82"/>
        <source>{0} disputed</source>
        <translation>{0} strittig</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="83"/>
        <source>{0} goals</source>
        <translation>{0} Ziele</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="84"/>
        <source>{0} without owner</source>
        <translation>{0} ohne Zuständigkeit</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="85"/>
        <source>“{0}” has no period and no deadline. SMART: say by when.</source>
        <translation>„{0}“ hat weder Zeitraum noch Frist. SMART heißt: Sagen Sie, bis wann.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="86"/>
        <source>“{0}” is a revenue goal owned by one side: both departments answer for revenue.</source>
        <translation>„{0}“ ist ein Umsatzziel, für das nur eine Seite verantwortlich ist: Für den Umsatz stehen beide Abteilungen ein.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/goals.py" line="267"/>
        <source>SMART goals both departments answer for</source>
        <translation>SMART-Ziele, für die beide Abteilungen einstehen</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/goals.py" line="292"/>
        <location filename="../slaworkshop/ui/steps/goals.py" line="397"/>
        <source>Selected goal</source>
        <translation>Ausgewähltes Ziel</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/goals.py" line="300"/>
        <source> (what each side needs from the other):</source>
        <translation> (was jede Seite von der anderen braucht):</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/goals.py" line="308"/>
        <source>e.g. Marketing delivers the MQLs the funnel needs; Sales works them within the agreed times.</source>
        <translation>z. B. Das Marketing liefert die MQLs, die der Funnel braucht; der Vertrieb bearbeitet sie in den vereinbarten Fristen.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/goals.py" line="319"/>
        <source>Agreement note:</source>
        <translation>Notiz zur Einigung:</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/goals.py" line="322"/>
        <source>e.g. the reservation, or who still has to agree</source>
        <translation>z. B. der Vorbehalt oder wer noch zustimmen muss</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/goals.py" line="401"/>
        <source>Select a goal in the table to see and edit what the departments need from each other.</source>
        <translation>Wählen Sie ein Ziel in der Tabelle, um zu sehen und zu bearbeiten, was die Abteilungen voneinander brauchen.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/goals.py" line="404"/>
        <source>Add the first goal; what each department needs from the other is noted here.</source>
        <translation>Legen Sie das erste Ziel an; hier steht dann, was jede Abteilung von der anderen braucht.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/goals.py" line="410"/>
        <source>Goal {0}: {1}</source>
        <translation>Ziel {0}: {1}</translation>
    </message>
</context>
<context>
    <name>GovernancePage</name>
    <message>
        <location filename="../slaworkshop/ui/steps/governance.py" line="207"/>
        <source>Meetings and core team</source>
        <translation>Termine und Kernteam</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/governance.py" line="216"/>
        <source>a participant, or any name</source>
        <translation>eine teilnehmende Person oder ein beliebiger Name</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/governance.py" line="230"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/governance.py" line="230"/>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/governance.py" line="230"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/governance.py" line="243"/>
        <source>Tick the people who prepare and run the review meetings: two to four, from both sides.</source>
        <translation>Kreuzen Sie die Personen an, die die Review-Termine vorbereiten und leiten: zwei bis vier, von beiden Seiten.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/governance.py" line="252"/>
        <source>Core team (tick {0} to {1} participants):</source>
        <translation>Kernteam ({0} bis {1} Teilnehmende ankreuzen):</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/governance.py" line="262"/>
        <source>Remove who is no longer a participant</source>
        <translation>Nicht mehr Teilnehmende entfernen</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/governance.py" line="287"/>
        <source>Standing agenda of the review meeting</source>
        <translation>Feste Tagesordnung des Review-Termins</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/governance.py" line="298"/>
        <source>Escalation ladder</source>
        <translation>Eskalationsleiter</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/governance.py" line="317"/>
        <source>Pilot phase</source>
        <translation>Pilotphase</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/governance.py" line="322"/>
        <source>Term and amendments</source>
        <translation>Laufzeit und Änderungen</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/governance.py" line="328"/>
        <source>When is the pilot a success? e.g. service levels kept in 80 % of cases</source>
        <translation>Wann ist die Pilotphase ein Erfolg? z. B. Service Levels in 80 % der Fälle eingehalten</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/governance.py" line="330"/>
        <source>Who may propose a change, who agrees, and how it is signed</source>
        <translation>Wer darf eine Änderung vorschlagen, wer stimmt zu, und wie wird sie unterzeichnet?</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/governance.py" line="335"/>
        <source>Scope</source>
        <translation>Geltungsbereich</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/governance.py" line="344"/>
        <source>e.g. budgets, tools, internal processes</source>
        <translation>z. B. Budgets, Tools, interne Abläufe</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/governance.py" line="345"/>
        <source>Who is trained on what, and when?</source>
        <translation>Wer wird worin geschult, und wann?</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/governance.py" line="346"/>
        <source>e.g. force majeure, CRM outages, agreed holidays</source>
        <translation>z. B. höhere Gewalt, CRM-Ausfälle, vereinbarte Urlaubszeiten</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/governance.py" line="544"/>
        <source>Participant {0}</source>
        <translation>Teilnehmer/in {0}</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/governance.py" line="564"/>
        <source>no department</source>
        <translation>keine Abteilung</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/governance.py" line="568"/>
        <source>{0} picked: {1}</source>
        <translation>{0} ausgewählt: {1}</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/governance.py" line="573"/>
        <source>Nobody picked yet.</source>
        <translation>Noch niemand ausgewählt.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/governance.py" line="580"/>
        <source>Nobody is listed in step 0 yet: add the participants there, then pick the core team here.</source>
        <translation>In Schritt 0 sind noch keine Teilnehmenden eingetragen: Tragen Sie sie dort ein und wählen Sie dann hier das Kernteam.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/governance.py" line="586"/>
        <source>Who prepares and runs the review meetings? Tick two to four participants, from Marketing and from Sales.</source>
        <translation>Wer bereitet die Review-Termine vor und leitet sie? Kreuzen Sie zwei bis vier Teilnehmende an, aus dem Marketing und aus dem Vertrieb.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/governance.py" line="604"/>
        <source>What is on the agenda of every review meeting, and what does each side bring? E.g. the SLA KPIs against target, lead quality and rejection reasons, upcoming campaigns, open actions.</source>
        <translation>Was steht bei jedem Review-Termin auf der Tagesordnung, und was bringt jede Seite mit? Z. B. die SLA-KPIs im Soll-Ist-Vergleich, Lead-Qualität und Ablehnungsgründe, anstehende Kampagnen, offene Aufgaben.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/governance.py" line="614"/>
        <source>What happens when a service level is missed? Each level says after what, who steps in, and within how long — e.g. the team leads within 2 business days, then the heads of department.</source>
        <translation>Was geschieht, wenn ein Service Level verfehlt wird? Jede Stufe legt fest, wonach, wer eingreift und binnen welcher Frist – z. B. die Teamleitungen binnen 2 Arbeitstagen, danach die Abteilungsleitungen.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/governance.py" line="626"/>
        <source>Level {0} appears {1} times: give each step of the ladder its own level.</source>
        <translation>Stufe {0} kommt {1}-mal vor: Geben Sie jeder Stufe der Leiter eine eigene Nummer.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/governance.py" line="637"/>
        <source>The pilot ends on {0}, before it starts on {1}: check the two dates.</source>
        <translation>Die Pilotphase endet am {0}, bevor sie am {1} beginnt: Prüfen Sie die beiden Daten.</translation>
    </message>
</context>
<context>
    <name>Guidance</name>
    <message>
        <location filename="../slaworkshop/ui/guidance.py" line="41"/>
        <source>Agree who is in the room and what the day is for. The agreement is carried by both departments only if both helped write it.</source>
        <translation>Klären Sie, wer im Raum ist und wozu der Tag dient. Eine Vereinbarung tragen beide Abteilungen nur mit, wenn beide daran mitgeschrieben haben.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/guidance.py" line="47"/>
        <source>Who speaks for Marketing and who for Sales? Is each side represented by people who can commit?</source>
        <translation>Wer spricht für das Marketing, wer für den Vertrieb? Sitzen auf jeder Seite Leute, die Zusagen machen können?</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/guidance.py" line="51"/>
        <source>Is the group small enough to decide things — eight people at most?</source>
        <translation>Ist die Gruppe klein genug, um Entscheidungen zu treffen – höchstens acht Personen?</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/guidance.py" line="54"/>
        <source>Is any side much larger than the other? A balanced delegation keeps the result shared.</source>
        <translation>Ist eine Seite deutlich größer als die andere? Eine ausgewogene Besetzung hält das Ergebnis gemeinsam.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/guidance.py" line="58"/>
        <source>Which manager sponsors the agreement and will sign it at the end?</source>
        <translation>Welche Führungskraft steht als Sponsor hinter der Vereinbarung und unterzeichnet sie am Ende?</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/guidance.py" line="61"/>
        <source>In which language will the signed document be written?</source>
        <translation>In welcher Sprache wird das unterzeichnete Dokument verfasst?</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/guidance.py" line="63"/>
        <source>Avoid an agreement handed down from above: it is quicker to write and much harder to live by.</source>
        <translation>Vermeiden Sie eine Vereinbarung, die von oben verordnet wird: Sie ist schneller geschrieben, aber viel schwerer zu leben.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/guidance.py" line="72"/>
        <source>Set goals that both departments own, expressed in money and customers rather than activity.</source>
        <translation>Setzen Sie Ziele, für die beide Abteilungen einstehen – ausgedrückt in Geld und Kunden statt in Aktivitäten.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/guidance.py" line="77"/>
        <source>What revenue must new business bring in this year, and what margin?</source>
        <translation>Welchen Umsatz muss das Neugeschäft in diesem Jahr bringen, und mit welcher Marge?</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/guidance.py" line="80"/>
        <source>How should retention, churn and customer satisfaction develop?</source>
        <translation>Wie sollen sich Kundenbindung, Abwanderung und Kundenzufriedenheit entwickeln?</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/guidance.py" line="83"/>
        <source>For each goal: which metric, where do we stand today, what is the target, by when, and who owns it?</source>
        <translation>Für jedes Ziel: Welche Kennzahl, wo stehen wir heute, was ist der Zielwert, bis wann, und wer ist verantwortlich?</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/guidance.py" line="87"/>
        <source>Which goals are shared, and which sub-goals belong to one side?</source>
        <translation>Welche Ziele sind gemeinsam, und welche Teilziele gehören zu einer Seite?</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/guidance.py" line="90"/>
        <source>Where does one department depend on the other to reach its goal?</source>
        <translation>Wo ist eine Abteilung auf die andere angewiesen, um ihr Ziel zu erreichen?</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/guidance.py" line="94"/>
        <source>Teams that measure themselves the same way and share incentives pull in the same direction; “more traffic” and “more deals” are not shared goals yet.</source>
        <translation>Teams, die sich gleich messen und gemeinsame Anreize haben, ziehen an einem Strang; „mehr Traffic“ und „mehr Abschlüsse“ sind noch keine gemeinsamen Ziele.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/guidance.py" line="104"/>
        <source>Work backwards from the revenue target to the number of leads Marketing has to deliver.</source>
        <translation>Rechnen Sie vom Umsatzziel rückwärts bis zur Zahl der Leads, die das Marketing liefern muss.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/guidance.py" line="109"/>
        <source>What is the revenue target for the period, and the average deal size?</source>
        <translation>Wie hoch ist das Umsatzziel für den Zeitraum, und wie hoch das durchschnittliche Auftragsvolumen?</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/guidance.py" line="112"/>
        <source>What share of new revenue should come from leads Marketing generates?</source>
        <translation>Welcher Anteil des Neuumsatzes soll aus Leads kommen, die das Marketing generiert?</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/guidance.py" line="115"/>
        <source>What share of leads becomes MQL, SAL, SQL, opportunity and won deal — from our own data, or only a benchmark?</source>
        <translation>Welcher Anteil der Leads wird MQL, SAL, SQL, Opportunity und gewonnener Auftrag – nach eigenen Daten oder nur laut Benchmark?</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/guidance.py" line="119"/>
        <source>How long is the sales cycle, so by when must the leads arrive?</source>
        <translation>Wie lang ist der Verkaufszyklus – bis wann müssen die Leads also da sein?</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/guidance.py" line="122"/>
        <source>How much follow-up capacity does Sales really have for that volume?</source>
        <translation>Wie viel Kapazität zum Nachfassen hat der Vertrieb für dieses Volumen tatsächlich?</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/guidance.py" line="126"/>
        <source>Plans built on other companies&apos; conversion rates are the usual reason a reverse funnel fails; mark every borrowed rate.</source>
        <translation>Pläne, die auf den Konversionsraten anderer Unternehmen beruhen, sind der übliche Grund, warum ein umgekehrter Funnel scheitert; kennzeichnen Sie jede übernommene Quote.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/guidance.py" line="136"/>
        <source>Give every stage of the customer&apos;s life one meaning for both departments.</source>
        <translation>Geben Sie jeder Phase im Leben eines Kunden eine Bedeutung, die für beide Abteilungen gilt.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/guidance.py" line="140"/>
        <source>Which stages do we use — contact, lead, MQL, SAL, SQL, opportunity, customer, renewal?</source>
        <translation>Welche Phasen verwenden wir – Kontakt, Lead, MQL, SAL, SQL, Opportunity, Kunde, Verlängerung?</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/guidance.py" line="144"/>
        <source>For each stage: what defines it, what must be true to enter it, and which department owns it?</source>
        <translation>Für jede Phase: Was kennzeichnet sie, was muss für den Eintritt erfüllt sein, und welche Abteilung ist verantwortlich?</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/guidance.py" line="148"/>
        <source>What makes a lead marketing-qualified, and what makes it sales-qualified?</source>
        <translation>Was macht einen Lead zum MQL, was zum SQL?</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/guidance.py" line="151"/>
        <source>For which reasons is a lead disqualified, and which of them send it back to nurturing?</source>
        <translation>Aus welchen Gründen wird ein Lead disqualifiziert, und welche davon schicken ihn zurück ins Nurturing?</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/guidance.py" line="155"/>
        <source>Which stages does an opportunity go through until it is won or lost?</source>
        <translation>Welche Phasen durchläuft eine Opportunity, bis sie gewonnen oder verloren ist?</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/guidance.py" line="159"/>
        <source>If one side cannot explain a stage in a sentence, the definition is not finished.</source>
        <translation>Wenn eine Seite eine Phase nicht in einem Satz erklären kann, ist die Definition noch nicht fertig.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/guidance.py" line="167"/>
        <source>Decide how a lead earns its way to Sales: by who it is (fit) and by what it does (interest).</source>
        <translation>Legen Sie fest, wie sich ein Lead den Weg zum Vertrieb verdient: durch das, was er ist (Fit), und durch das, was er tut (Interesse).</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/guidance.py" line="172"/>
        <source>Fit: is the person in our target persona, an influencer or a decision maker? Which company size and industry?</source>
        <translation>Fit: Gehört die Person zu unserer Zielpersona, ist sie Beeinflusser oder Entscheider? Welche Unternehmensgröße und Branche?</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/guidance.py" line="176"/>
        <source>Interest: which behaviour shows knowledge, consideration or urgency along the buyer&apos;s journey?</source>
        <translation>Interesse: Welches Verhalten zeigt entlang der Buyer’s Journey Wissen, Abwägung oder Dringlichkeit?</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/guidance.py" line="180"/>
        <source>How many points does each criterion earn — and what should cost points?</source>
        <translation>Wie viele Punkte bringt jedes Kriterium – und was sollte Punkte kosten?</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/guidance.py" line="183"/>
        <source>From which score is a lead an MQL?</source>
        <translation>Ab welchem Score ist ein Lead ein MQL?</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/guidance.py" line="184"/>
        <source>Try a few real leads from last month: would the model have sent the right ones?</source>
        <translation>Probieren Sie ein paar echte Leads aus dem letzten Monat aus: Hätte das Modell die richtigen weitergegeben?</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/guidance.py" line="188"/>
        <source>A threshold that fit alone can reach lets uninterested leads through.</source>
        <translation>Eine Schwelle, die allein über den Fit erreichbar ist, lässt Leads ohne Interesse durch.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/guidance.py" line="196"/>
        <source>Agree what happens between the moment a lead is ready and the first conversation.</source>
        <translation>Vereinbaren Sie, was zwischen dem Moment, in dem ein Lead bereit ist, und dem ersten Gespräch geschieht.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/guidance.py" line="200"/>
        <source>What triggers the handoff: a score threshold, or a request such as a demo or consultation?</source>
        <translation>Was löst die Übergabe aus: eine Score-Schwelle oder eine Anfrage wie eine Demo oder Beratung?</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/guidance.py" line="204"/>
        <source>Which information travels with the lead, and how is Sales notified?</source>
        <translation>Welche Informationen gehen mit dem Lead mit, und wie wird der Vertrieb benachrichtigt?</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/guidance.py" line="207"/>
        <source>Within what time does Sales accept or reject the lead, and within what time is the first contact?</source>
        <translation>Innerhalb welcher Frist nimmt der Vertrieb den Lead an oder lehnt ihn ab, und innerhalb welcher Frist erfolgt der Erstkontakt?</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/guidance.py" line="211"/>
        <source>How many attempts, on which channels, with how long between them — and how are outcomes recorded?</source>
        <translation>Wie viele Versuche, über welche Kanäle, mit welchem Abstand – und wie werden die Ergebnisse erfasst?</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/guidance.py" line="215"/>
        <source>After how many failed attempts, or for which reasons, does a lead go back to Marketing, and into which track?</source>
        <translation>Nach wie vielen erfolglosen Versuchen oder aus welchen Gründen geht ein Lead zurück ans Marketing, und in welche Strecke?</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/guidance.py" line="220"/>
        <source>Many leads are never followed up at all; fast, agreed feedback (for example within 24 hours) is what makes the handoff work.</source>
        <translation>Viele Leads werden nie nachgefasst; schnelle, vereinbarte Rückmeldung (zum Beispiel binnen 24 Stunden) ist das, was die Übergabe funktionieren lässt.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/guidance.py" line="230"/>
        <source>Plan what happens to leads that are not ready yet, and how Marketing helps Sales close.</source>
        <translation>Planen Sie, was mit Leads geschieht, die noch nicht so weit sind, und wie das Marketing dem Vertrieb beim Abschluss hilft.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/guidance.py" line="235"/>
        <source>Which nurture tracks do we run for awareness, consideration and decision, with which content?</source>
        <translation>Welche Nurturing-Strecken betreiben wir für Awareness, Consideration und Decision, mit welchen Inhalten?</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/guidance.py" line="239"/>
        <source>When may Sales put a lead into a nurture track by hand?</source>
        <translation>Wann darf der Vertrieb einen Lead selbst in eine Nurturing-Strecke einschreiben?</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/guidance.py" line="240"/>
        <source>Which material does Sales need during an opportunity, who provides it, and how quickly?</source>
        <translation>Welches Material braucht der Vertrieb während einer Opportunity, wer stellt es bereit, und wie schnell?</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/guidance.py" line="251"/>
        <source>Choose the few numbers that show whether both sides keep their promises.</source>
        <translation>Wählen Sie die wenigen Zahlen, die zeigen, ob beide Seiten ihre Zusagen einhalten.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/guidance.py" line="255"/>
        <source>Which KPIs follow from our goals — MQLs per month, conversion between stages, response time, contact attempts, acceptance rate, win rate, revenue contribution?</source>
        <translation>Welche KPIs ergeben sich aus unseren Zielen – MQLs pro Monat, Konversion zwischen den Phasen, Reaktionszeit, Kontaktversuche, Annahmequote, Abschlussquote, Umsatzbeitrag?</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/guidance.py" line="259"/>
        <source>For each: how is it calculated, who owns it, what is the target, and when is it amber or red?</source>
        <translation>Für jeden KPI: Wie wird er berechnet, wer ist verantwortlich, was ist der Zielwert, und ab wann steht er auf Gelb oder Rot?</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/guidance.py" line="263"/>
        <source>How often is it measured, and from which source — CRM or dashboard?</source>
        <translation>Wie oft wird er gemessen, und aus welcher Quelle – CRM oder Dashboard?</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/guidance.py" line="267"/>
        <source>A KPI nobody can pull from the data is a wish, not a service level.</source>
        <translation>Ein KPI, den niemand aus den Daten ziehen kann, ist ein Wunsch, kein Service Level.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/guidance.py" line="275"/>
        <source>Keep the agreement alive after the workshop.</source>
        <translation>Halten Sie die Vereinbarung nach dem Workshop lebendig.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/guidance.py" line="277"/>
        <source>How often does the core team meet — weekly, every two weeks, monthly — and who are its two to four members from both sides?</source>
        <translation>Wie oft trifft sich das Kernteam – wöchentlich, alle zwei Wochen, monatlich –, und wer sind seine zwei bis vier Mitglieder von beiden Seiten?</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/guidance.py" line="281"/>
        <source>What is on the standing agenda, what does each side report, and who writes minutes and action items?</source>
        <translation>Was steht auf der festen Tagesordnung, worüber berichtet jede Seite, und wer führt Protokoll und Aufgabenliste?</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/guidance.py" line="285"/>
        <source>Who is called in when a threshold is breached, after how long, and at which level?</source>
        <translation>Wer wird hinzugezogen, wenn ein Schwellenwert verletzt ist, nach welcher Zeit und auf welcher Stufe?</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/guidance.py" line="289"/>
        <source>Do we start with a pilot? From when to when, and how will we evaluate it?</source>
        <translation>Beginnen wir mit einer Pilotphase? Von wann bis wann, und wie werten wir sie aus?</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/guidance.py" line="292"/>
        <source>When do we review and renew the agreement, and how are changes made?</source>
        <translation>Wann überprüfen und verlängern wir die Vereinbarung, und wie werden Änderungen vorgenommen?</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/guidance.py" line="295"/>
        <source>What stays outside the agreement (budgets, for example), which training is needed, and which exclusions apply?</source>
        <translation>Was bleibt außerhalb der Vereinbarung (zum Beispiel Budgets), welche Schulungen sind nötig, und welche Ausschlüsse gelten?</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/guidance.py" line="300"/>
        <source>An agreement without a review rhythm is forgotten within a quarter.</source>
        <translation>Eine Vereinbarung ohne Review-Rhythmus ist nach einem Quartal vergessen.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/guidance.py" line="308"/>
        <source>Check that everything is settled, then sign.</source>
        <translation>Prüfen Sie, ob alles geklärt ist, und unterzeichnen Sie dann.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/guidance.py" line="310"/>
        <source>Is every section complete? Which points are still open, disputed or parked?</source>
        <translation>Ist jeder Abschnitt vollständig? Welche Punkte sind noch offen, strittig oder zurückgestellt?</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/guidance.py" line="313"/>
        <source>Which reservations do we write down with the agreement?</source>
        <translation>Welche Vorbehalte halten wir mit der Vereinbarung schriftlich fest?</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/guidance.py" line="314"/>
        <source>Who signs for Marketing, who for Sales, and who sponsors it?</source>
        <translation>Wer unterzeichnet für das Marketing, wer für den Vertrieb, und wer ist Sponsor?</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/guidance.py" line="317"/>
        <source>From which date does the agreement apply?</source>
        <translation>Ab welchem Datum gilt die Vereinbarung?</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/guidance.py" line="319"/>
        <source>Once signed, the version is frozen; any later change becomes a new version that is signed again.</source>
        <translation>Nach der Unterzeichnung ist die Fassung eingefroren; jede spätere Änderung wird zu einer neuen Fassung, die erneut unterzeichnet wird.</translation>
    </message>
</context>
<context>
    <name>GuidanceOnlyPage</name>
    <message>
        <location filename="../slaworkshop/ui/steps/base.py" line="54"/>
        <source>Questions for the room</source>
        <translation>Fragen an die Runde</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/base.py" line="69"/>
        <source>This step has no form to fill in yet. Lead the discussion with these questions and note the answers on the flip chart; the step&apos;s form comes with a later version of SLA Workshop.</source>
        <translation>Für diesen Schritt gibt es noch kein Formular. Führen Sie die Diskussion mit diesen Fragen und halten Sie die Antworten am Flipchart fest; das Formular folgt in einer späteren Version von SLA Workshop.</translation>
    </message>
</context>
<context>
    <name>HandoffPage</name>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="87"/>
        <source>1 business day</source>
        <translation>1 Arbeitstag</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="88"/>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="89"/>
        <source>Accept or reject due (SAL, within {0})</source>
        <translation>Annahme oder Ablehnung fällig (SAL, innerhalb von {0})</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="90"/>
        <source>An empty entry between two commas is ignored ({0} in the list).</source>
        <translation>Ein leerer Eintrag zwischen zwei Kommas wird ignoriert ({0} in der Liste).</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="91"/>
        <source>Attempt by attempt:</source>
        <translation>Versuch für Versuch:</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="92"/>
        <source>Attempt {0} of {1}</source>
        <translation>Versuch {0} von {1}</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="93"/>
        <source>Attempt {0} of {1}: {2}</source>
        <translation>Versuch {0} von {1}: {2}</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="94"/>
        <source>Business hours begin: the clock starts</source>
        <translation>Geschäftszeit beginnt: Die Frist läuft an</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="95"/>
        <source>Channels in order:</source>
        <translation>Kanäle in Reihenfolge:</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="96"/>
        <source>First contact due (within {0})</source>
        <translation>Erstkontakt fällig (innerhalb von {0})</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="97"/>
        <source>Handoff outside business hours: the clock waits</source>
        <translation>Übergabe außerhalb der Geschäftszeit: Die Frist wartet</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="98"/>
        <source>Handoff: the clock starts</source>
        <translation>Übergabe: Die Frist läuft an</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="99"/>
        <source>No contact made: the lead goes back to Marketing</source>
        <translation>Kein Kontakt zustande gekommen: Der Lead geht zurück ans Marketing</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="100"/>
        <source>No contact made: the lead goes back to Marketing, into “{0}”</source>
        <translation>Kein Kontakt zustande gekommen: Der Lead geht zurück ans Marketing, in „{0}“</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="101"/>
        <source>Only 1 attempt is agreed, so these channels are never used: {0}.</source>
        <translation>Es ist nur 1 Versuch vereinbart, daher werden diese Kanäle nie genutzt: {0}.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="102"/>
        <source>Only {0} attempts are agreed, so these channels are never used: {1}.</source>
        <translation>Es sind nur {0} Versuche vereinbart, daher werden diese Kanäle nie genutzt: {1}.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="103"/>
        <source>Weekend: not counted</source>
        <translation>Wochenende: zählt nicht</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="104"/>
        <source>and {0} more</source>
        <translation>und {0} weitere</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="105"/>
        <location filename="../slaworkshop/ui/steps/handoff.py" line="966"/>
        <source>{0} business days</source>
        <translation>{0} Arbeitstage</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="106"/>
        <source>{0} hours</source>
        <translation>{0} Stunden</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="107"/>
        <source>{0} is read as one channel: separate channels with commas, not semicolons.</source>
        <translation>{0} wird als ein einziger Kanal gelesen: Trennen Sie Kanäle mit Kommas, nicht mit Semikolons.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="108"/>
        <source>… and {0} more</source>
        <translation>… und {0} weitere</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/handoff.py" line="479"/>
        <source>How far the room agrees on this section as a whole</source>
        <translation>Wie weit die Runde diesem Abschnitt insgesamt zustimmt</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/handoff.py" line="499"/>
        <source>Triggers and the information handed over</source>
        <translation>Auslöser und übergebene Informationen</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/handoff.py" line="521"/>
        <source>When does a lead go to Sales?</source>
        <translation>Wann geht ein Lead an den Vertrieb?</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/handoff.py" line="524"/>
        <source>What travels with the lead?</source>
        <translation>Was geht mit dem Lead mit?</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/handoff.py" line="531"/>
        <source>Notification and the SAL window</source>
        <translation>Benachrichtigung und SAL-Frist</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/handoff.py" line="539"/>
        <source>Agreement on the handoff:</source>
        <translation>Einigung zur Übergabe:</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/handoff.py" line="543"/>
        <source>Follow-up by Sales</source>
        <translation>Nachfassen durch den Vertrieb</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/handoff.py" line="566"/>
        <source>e.g. phone, e-mail, phone, video call</source>
        <translation>z. B. Telefon, E-Mail, Telefon, Videocall</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/handoff.py" line="577"/>
        <source>Channels, in order</source>
        <translation>Kanäle, in Reihenfolge</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/handoff.py" line="583"/>
        <location filename="../slaworkshop/ui/steps/handoff.py" line="616"/>
        <source>Agreement:</source>
        <translation>Einigung:</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/handoff.py" line="587"/>
        <source>Reverse handoff: back to Marketing</source>
        <translation>Rückgabe an das Marketing</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/handoff.py" line="590"/>
        <source>empty or 0: after the last agreed attempt</source>
        <translation>leer oder 0: nach dem letzten vereinbarten Versuch</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/handoff.py" line="620"/>
        <source>Follow-up cadence: one lead, day by day</source>
        <translation>Nachfass-Kadenz: ein Lead, Tag für Tag</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/handoff.py" line="621"/>
        <source>Example handoff:</source>
        <translation>Beispiel-Übergabe:</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/handoff.py" line="622"/>
        <source>Only for this plan: the example handoff is not stored</source>
        <translation>Nur für diesen Plan: Die Beispiel-Übergabe wird nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/handoff.py" line="633"/>
        <source>Try Friday 16:30</source>
        <translation>Freitag 16:30 ausprobieren</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/handoff.py" line="634"/>
        <source>A handoff late on a Friday shows how the weekend is skipped</source>
        <translation>Eine Übergabe am späten Freitag zeigt, wie das Wochenende übersprungen wird</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/handoff.py" line="635"/>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/handoff.py" line="638"/>
        <source>Back to 10:00 on the workshop&apos;s first working day</source>
        <translation>Zurück auf 10:00 Uhr am ersten Arbeitstag des Workshops</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/handoff.py" line="662"/>
        <source>Business
day</source>
        <translation>Arbeits-
tag</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/handoff.py" line="662"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/handoff.py" line="662"/>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/handoff.py" line="662"/>
        <source>What happens</source>
        <translation>Was geschieht</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/handoff.py" line="666"/>
        <source>Business day 1 is the day the clock starts</source>
        <translation>Arbeitstag 1 ist der Tag, an dem die Frist anläuft</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/handoff.py" line="825"/>
        <source>A trigger uses the score threshold; step 4 has no MQL threshold yet.</source>
        <translation>Ein Auslöser nutzt die Score-Schwelle; Schritt 4 hat noch keine MQL-Schwelle.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/handoff.py" line="827"/>
        <source>MQL threshold from step 4: {0} points.</source>
        <translation>MQL-Schwelle aus Schritt 4: {0} Punkte.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/handoff.py" line="852"/>
        <source>Capacity on step 2: {0} % — more than Sales can work</source>
        <translation>Auslastung laut Schritt 2: {0} % – mehr, als der Vertrieb bearbeiten kann</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/handoff.py" line="855"/>
        <source>Capacity on step 2: {0} % — little slack</source>
        <translation>Auslastung laut Schritt 2: {0} % – wenig Spielraum</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/handoff.py" line="858"/>
        <source>Capacity on step 2: {0} %</source>
        <translation>Auslastung laut Schritt 2: {0} %</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/handoff.py" line="870"/>
        <source>Sales&apos; follow-up hours needed for the funnel&apos;s leads, from step 2</source>
        <translation>Stunden, die der Vertrieb zum Nachfassen der Leads aus dem Funnel braucht, aus Schritt 2</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/handoff.py" line="889"/>
        <source>Reasons of step 3: {0} (♻ = recycled to nurturing)</source>
        <translation>Gründe aus Schritt 3: {0} (♻ = zurück ins Nurturing)</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/handoff.py" line="902"/>
        <source>“{0}” is not a nurture track of step 6: pick one from the list or add it there.</source>
        <translation>„{0}“ ist keine Nurturing-Strecke aus Schritt 6: Wählen Sie eine aus der Liste oder legen Sie sie dort an.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/handoff.py" line="918"/>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/handoff.py" line="923"/>
        <source>Enter the first-contact time, the number of attempts and the business days between them: the plan of a handed-over lead appears here, day by day.</source>
        <translation>Geben Sie die Frist für den Erstkontakt, die Zahl der Versuche und die Arbeitstage dazwischen ein: Hier erscheint dann der Plan für einen übergebenen Lead, Tag für Tag.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/handoff.py" line="933"/>
        <source>Still to enter: {0}.</source>
        <translation>Noch einzugeben: {0}.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/handoff.py" line="961"/>
        <source>{attempts} over {days}: the lead handed over on {handoff} goes back to Marketing on business day {back} ({date}) if Sales never reaches it. Business days are Monday to Friday; the clock starts within business hours (09:00–17:00).</source>
        <translation>{attempts} über {days}: Der am {handoff} übergebene Lead geht an Arbeitstag {back} ({date}) zurück ans Marketing, wenn der Vertrieb ihn nie erreicht. Arbeitstage sind Montag bis Freitag; die Frist läuft innerhalb der Geschäftszeit an (09:00–17:00 Uhr).</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/handoff.py" line="965"/>
        <source>1 attempt</source>
        <translation>1 Versuch</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/handoff.py" line="965"/>
        <source>{0} attempts</source>
        <translation>{0} Versuche</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../slaworkshop/ui/exchange_flow.py" line="112"/>
        <source>Import workshop</source>
        <translation>Workshop importieren</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/exchange_flow.py" line="118"/>
        <source>The file “%1” holds this workshop:</source>
        <translation>Die Datei „%1“ enthält diesen Workshop:</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/exchange_flow.py" line="129"/>
        <source>none signed</source>
        <translation>keine unterzeichnet</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/exchange_flow.py" line="131"/>
        <source>1 signed version (version %1)</source>
        <translation>1 unterzeichnete Fassung (Fassung %1)</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/exchange_flow.py" line="134"/>
        <source>%1 signed versions (latest: version %2)</source>
        <translation>%1 unterzeichnete Fassungen (zuletzt Fassung %2)</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/exchange_flow.py" line="139"/>
        <source>Client:</source>
        <translation>Kunde:</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/exchange_flow.py" line="139"/>
        <source>(no client)</source>
        <translation>(kein Kunde)</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/exchange_flow.py" line="140"/>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/exchange_flow.py" line="140"/>
        <location filename="../slaworkshop/ui/exchange_flow.py" line="162"/>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/exchange_flow.py" line="141"/>
        <source>Versions:</source>
        <translation>Fassungen:</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/exchange_flow.py" line="142"/>
        <source>Last change:</source>
        <translation>Letzte Änderung:</translation>
    </message>
    <message>
        <source>Not imported as signed (the file was changed after signing):</source>
        <translation type="vanished">Nicht als unterzeichnet importiert (die Datei wurde nach der Unterzeichnung verändert):</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/exchange_flow.py" line="165"/>
        <source>This workshop exists here already (“%1”). Import the file as a copy next to it, or replace the local workshop with the file&apos;s content. Nothing is merged.</source>
        <translation>Dieser Workshop ist hier bereits vorhanden („%1“). Importieren Sie die Datei als Kopie daneben oder ersetzen Sie den lokalen Workshop durch den Inhalt der Datei. Es wird nichts zusammengeführt.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/exchange_flow.py" line="171"/>
        <source>Import as copy</source>
        <translation>Als Kopie importieren</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/exchange_flow.py" line="172"/>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/exchange_flow.py" line="180"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
</context>
<context>
    <name>KpisPage</name>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="109"/>
        <source>Average number of logged attempts before a lead is reached or returned to Marketing.</source>
        <translation>Durchschnittliche Zahl erfasster Versuche, bis ein Lead erreicht oder ans Marketing zurückgegeben wird.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="110"/>
        <source>CRM</source>
        <translation>CRM</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="111"/>
        <source>CRM activity log</source>
        <translation>CRM-Aktivitätenprotokoll</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="112"/>
        <source>CRM funnel report</source>
        <translation>CRM-Funnel-Bericht</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="113"/>
        <source>CRM with campaign attribution</source>
        <translation>CRM mit Kampagnenzuordnung</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="114"/>
        <source>Contact attempts per lead</source>
        <translation>Kontaktversuche pro Lead</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="115"/>
        <source>Deals won per month</source>
        <translation>Gewonnene Aufträge pro Monat</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="116"/>
        <source>Lead response time</source>
        <translation>Reaktionszeit auf Leads</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="117"/>
        <source>Leads per month</source>
        <translation>Leads pro Monat</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="118"/>
        <source>MQLs</source>
        <translation>MQLs</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="119"/>
        <source>MQLs delivered per month</source>
        <translation>Gelieferte MQLs pro Monat</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="120"/>
        <source>Median time from handoff to the first contact attempt.</source>
        <translation>Median der Zeit von der Übergabe bis zum ersten Kontaktversuch.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="121"/>
        <source>Median time from handoff to the rep&apos;s accept or reject decision in the CRM.</source>
        <translation>Median der Zeit von der Übergabe bis zur Annahme oder Ablehnung durch den Vertrieb im CRM.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="122"/>
        <source>Number of MQLs Sales accepted in the month.</source>
        <translation>Zahl der MQLs, die der Vertrieb im Monat angenommen hat.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="123"/>
        <source>Number of deals won from marketing-sourced leads in the month.</source>
        <translation>Zahl der gewonnenen Aufträge aus Marketing-Leads im Monat.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="124"/>
        <source>Number of leads Sales qualified as SQL in the month.</source>
        <translation>Zahl der Leads, die der Vertrieb im Monat als SQL qualifiziert hat.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="125"/>
        <source>Number of leads that became MQL in the month.</source>
        <translation>Zahl der Leads, die im Monat zum MQL wurden.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="126"/>
        <source>Number of new leads created in the month.</source>
        <translation>Zahl der im Monat neu angelegten Leads.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="127"/>
        <source>Number of opportunities opened from marketing-sourced leads in the month.</source>
        <translation>Zahl der im Monat aus Marketing-Leads eröffneten Opportunities.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="128"/>
        <source>Opportunities per month</source>
        <translation>Opportunities pro Monat</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="129"/>
        <source>Revenue from marketing-sourced leads</source>
        <translation>Umsatz aus Marketing-Leads</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="130"/>
        <source>SALs</source>
        <translation>SALs</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="131"/>
        <source>SALs per month</source>
        <translation>SALs pro Monat</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="132"/>
        <source>SQLs</source>
        <translation>SQLs</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="133"/>
        <source>SQLs per month</source>
        <translation>SQLs pro Monat</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="134"/>
        <source>Time to accept or reject</source>
        <translation>Zeit bis zur Annahme oder Ablehnung</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="135"/>
        <source>Won revenue of opportunities whose first source is a marketing campaign.</source>
        <translation>Gewonnener Umsatz aus Opportunities, deren Erstquelle eine Marketingkampagne ist.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="136"/>
        <source>attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="137"/>
        <source>business days</source>
        <translation>Arbeitstage</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="138"/>
        <source>deals</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="139"/>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="140"/>
        <source>leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="141"/>
        <source>opportunities</source>
        <translation>Opportunities</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="142"/>
        <source>step 2: MQLs per month</source>
        <translation>Schritt 2: MQLs pro Monat</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="143"/>
        <source>step 2: SALs per month</source>
        <translation>Schritt 2: SALs pro Monat</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="144"/>
        <source>step 2: SQLs per month</source>
        <translation>Schritt 2: SQLs pro Monat</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="145"/>
        <source>step 2: deals won per month</source>
        <translation>Schritt 2: gewonnene Aufträge pro Monat</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="146"/>
        <source>step 2: leads per month</source>
        <translation>Schritt 2: Leads pro Monat</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="147"/>
        <source>step 2: marketing-sourced revenue</source>
        <translation>Schritt 2: Umsatz aus Marketing-Leads</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="148"/>
        <source>step 2: opportunities per month</source>
        <translation>Schritt 2: Opportunities pro Monat</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="149"/>
        <source>step 4: MQL score threshold</source>
        <translation>Schritt 4: MQL-Score-Schwelle</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="150"/>
        <source>step 5: contact attempts per lead</source>
        <translation>Schritt 5: Kontaktversuche pro Lead</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="151"/>
        <source>step 5: time to accept or reject</source>
        <translation>Schritt 5: Zeit bis zur Annahme oder Ablehnung</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="152"/>
        <source>step 5: time to first contact</source>
        <translation>Schritt 5: Zeit bis zum Erstkontakt</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/kpis.py" line="409"/>
        <source>KPIs both sides report on</source>
        <translation>KPIs, über die beide Seiten berichten</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/kpis.py" line="423"/>
        <source>Add KPI</source>
        <translation>KPI hinzufügen</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/kpis.py" line="425"/>
        <source>Propose KPIs from earlier steps</source>
        <translation>KPIs aus früheren Schritten vorschlagen</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/kpis.py" line="429"/>
        <source>Adds a KPI for every value of the funnel (step 2) and the follow-up rules (step 5) that no KPI follows yet; its target keeps following that value. One undo removes them all.</source>
        <translation>Fügt einen KPI für jeden Wert des Funnels (Schritt 2) und der Nachfassregeln (Schritt 5) hinzu, dem noch kein KPI folgt; sein Zielwert folgt diesem Wert weiterhin. Ein Rückgängig entfernt sie alle.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/kpis.py" line="454"/>
        <source>Selected KPI</source>
        <translation>Ausgewählter KPI</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/kpis.py" line="457"/>
        <source>— not linked: the target is typed —</source>
        <translation>— nicht verknüpft: Zielwert von Hand eingegeben —</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/kpis.py" line="464"/>
        <source>e.g. MQLs, hours, %, EUR</source>
        <translation>z. B. MQLs, Stunden, %, EUR</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/kpis.py" line="468"/>
        <source>How exactly is it counted? e.g. “Accepted MQLs ÷ MQLs handed over, per month”</source>
        <translation>Wie genau wird gezählt? z. B. „Angenommene MQLs ÷ übergebene MQLs, pro Monat“</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/kpis.py" line="473"/>
        <source>Where the number comes from, e.g. “CRM report MQL by month”</source>
        <translation>Woher die Zahl kommt, z. B. „CRM-Bericht MQL nach Monat“</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/kpis.py" line="477"/>
        <source>The reservation, or who still has to agree</source>
        <translation>Der Vorbehalt oder wer noch zustimmen muss</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/kpis.py" line="507"/>
        <source>How to read the table</source>
        <translation>So lesen Sie die Tabelle</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/kpis.py" line="517"/>
        <source>The target follows an earlier step and changes with it; typing a target by hand unlinks it.</source>
        <translation>Der Zielwert folgt einem früheren Schritt und ändert sich mit ihm; wer einen Zielwert von Hand eingibt, hebt die Verknüpfung auf.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/kpis.py" line="617"/>
        <source>KPI {0}</source>
        <translation>KPI {0}</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/kpis.py" line="636"/>
        <source>“{0}” follows {1}, which does not compute yet: its target stays as it is.</source>
        <translation>„{0}“ ist mit {1} verknüpft, das sich noch nicht berechnen lässt: Sein Zielwert bleibt, wie er ist.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/kpis.py" line="645"/>
        <source>“{0}”: step 5 counts this time in {1}, but the KPI&apos;s unit is “{2}”.</source>
        <translation>„{0}“: Schritt 5 misst diese Zeit in {1}, die Einheit des KPIs ist aber „{2}“.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/kpis.py" line="655"/>
        <source>No KPIs yet. Propose them from the funnel and the follow-up rules, or add your own — typical are MQLs per month, lead response time, SAL acceptance rate and win rate.</source>
        <translation>Noch keine KPIs. Lassen Sie sie aus dem Funnel und den Nachfassregeln vorschlagen oder legen Sie eigene an – üblich sind MQLs pro Monat, Reaktionszeit auf Leads, SAL-Annahmequote und Abschlussquote.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/kpis.py" line="662"/>
        <source>“{0}” no longer follows {1}: its target was typed by hand. Pick it again under “Follows” below the table to link it.</source>
        <translation>„{0}“ ist nicht mehr mit {1} verknüpft: Sein Zielwert wurde von Hand eingegeben. Wählen Sie die Verknüpfung unter „Verknüpft mit“ unterhalb der Tabelle erneut, um sie wiederherzustellen.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/kpis.py" line="681"/>
        <source>{0} {1} marketing-sourced revenue</source>
        <translation>{0} {1} Umsatz aus Marketing-Leads</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/kpis.py" line="687"/>
        <source>Per month from the funnel: {0}.</source>
        <translation>Pro Monat laut Funnel: {0}.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/kpis.py" line="697"/>
        <source>first contact within {0} {1}</source>
        <translation>Erstkontakt innerhalb von {0} {1}</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/kpis.py" line="700"/>
        <source>accept within {0} {1}</source>
        <translation>Annahme innerhalb von {0} {1}</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/kpis.py" line="702"/>
        <source>{0} attempts</source>
        <translation>{0} Versuche</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/kpis.py" line="703"/>
        <source>From the follow-up rules: {0}.</source>
        <translation>Laut Nachfassregeln: {0}.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/kpis.py" line="706"/>
        <source>The funnel (step 2) and the follow-up rules (step 5) do not compute yet: once they do, KPIs can follow them.</source>
        <translation>Der Funnel (Schritt 2) und die Nachfassregeln (Schritt 5) lassen sich noch nicht berechnen: Sobald sie es tun, können KPIs ihnen folgen.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/kpis.py" line="715"/>
        <source>&lt;b&gt;At least&lt;/b&gt; — more is better (MQLs, revenue): {0} amber below “Amber from”, {1} red below “Red from”.</source>
        <translation>&lt;b&gt;Mindestens&lt;/b&gt; – mehr ist besser (MQLs, Umsatz): {0} Gelb unter „Gelb ab“, {1} Rot unter „Rot ab“.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/kpis.py" line="719"/>
        <source>&lt;b&gt;At most&lt;/b&gt; — less is better (response times): {0} amber above “Amber from”, {1} red above “Red from”.</source>
        <translation>&lt;b&gt;Höchstens&lt;/b&gt; – weniger ist besser (Reaktionszeiten): {0} Gelb über „Gelb ab“, {1} Rot über „Rot ab“.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/kpis.py" line="723"/>
        <source>A value exactly on a threshold is still on the better side. No amber value: anything short of the target is amber; no red value: never red.</source>
        <translation>Ein Wert genau auf einer Schwelle zählt noch zur besseren Seite. Kein Gelb-Wert: Alles unter dem Zielwert ist Gelb; kein Rot-Wert: nie Rot.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/kpis.py" line="741"/>
        <source> (now {0})</source>
        <translation> (derzeit {0})</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/kpis.py" line="745"/>
        <source>Linked: the target follows {0}{1}. Typing a target by hand unlinks it.</source>
        <translation>Verknüpft: Der Zielwert folgt {0}{1}. Wer einen Zielwert von Hand eingibt, hebt die Verknüpfung auf.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/kpis.py" line="761"/>
        <source>Selected KPI — pick a row in the table</source>
        <translation>Ausgewählter KPI – wählen Sie eine Zeile in der Tabelle</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/kpis.py" line="764"/>
        <source>Selected KPI: {0}</source>
        <translation>Ausgewählter KPI: {0}</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/kpis.py" line="807"/>
        <source>Added {0} KPIs that follow earlier steps, marked “proposed”: agree on them with the room.</source>
        <translation>{0} KPIs hinzugefügt, die früheren Schritten folgen, markiert als „vorgeschlagen“: Stimmen Sie sie mit der Runde ab.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/kpis.py" line="810"/>
        <source>The funnel (step 2) does not compute yet; propose again once it does.</source>
        <translation>Der Funnel (Schritt 2) lässt sich noch nicht berechnen; schlagen Sie erneut vor, sobald er es tut.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/kpis.py" line="813"/>
        <source>The follow-up rules (step 5) are not filled in yet; propose again later.</source>
        <translation>Die Nachfassregeln (Schritt 5) sind noch nicht ausgefüllt; schlagen Sie später erneut vor.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/kpis.py" line="817"/>
        <source>Nothing to propose yet: the funnel (step 2) and the follow-up rules (step 5) do not compute. Fill them in, then propose again.</source>
        <translation>Noch nichts vorzuschlagen: Funnel (Schritt 2) und Nachfassregeln (Schritt 5) lassen sich nicht berechnen. Füllen Sie sie aus und schlagen Sie dann erneut vor.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/kpis.py" line="822"/>
        <source>Every KPI that follows from the funnel and the follow-up rules is already in the table.</source>
        <translation>Jeder KPI, der sich aus dem Funnel und den Nachfassregeln ergibt, steht bereits in der Tabelle.</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="153"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="154"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="155"/>
        <source>SLA Workshop will follow the system language the next time it starts.</source>
        <translation>SLA Workshop folgt ab dem nächsten Start der Systemsprache.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="156"/>
        <source>SLA Workshop will speak {0} the next time it starts.</source>
        <translation>SLA Workshop spricht ab dem nächsten Start {0}.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="157"/>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="158"/>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="159"/>
        <source>In review</source>
        <translation>In Prüfung</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="160"/>
        <source>Signed</source>
        <translation>Unterzeichnet</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="161"/>
        <source>today %1</source>
        <translation>heute %1</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="162"/>
        <source>yesterday %1</source>
        <translation>gestern %1</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/library.py" line="163"/>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/library.py" line="164"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/library.py" line="165"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/library.py" line="166"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/library.py" line="167"/>
        <source>Last change</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/library.py" line="212"/>
        <source>(no client)</source>
        <translation>(kein Kunde)</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/library.py" line="214"/>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <location filename="../slaworkshop/ui/library.py" line="296"/>
        <location filename="../slaworkshop/ui/library.py" line="656"/>
        <source>Workshops</source>
        <translation>Workshops</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/library.py" line="305"/>
        <source>Search client or title…  (Ctrl+F)</source>
        <translation>Kunde oder Titel suchen …  (Strg+F)</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/library.py" line="318"/>
        <source>&amp;New workshop…</source>
        <translation>&amp;Neuer Workshop …</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/library.py" line="321"/>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/library.py" line="324"/>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/library.py" line="327"/>
        <source>Delete for &amp;good…</source>
        <translation>&amp;Endgültig löschen …</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/library.py" line="330"/>
        <location filename="../slaworkshop/ui/library.py" line="657"/>
        <source>&amp;Trash</source>
        <translation>&amp;Papierkorb</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/library.py" line="376"/>
        <source>Create your first workshop</source>
        <translation>Ersten Workshop anlegen</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/library.py" line="476"/>
        <source>Library</source>
        <translation>Workshop-Übersicht</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/library.py" line="477"/>
        <source>The workshops could not be read: %1</source>
        <translation>Die Workshops konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/library.py" line="514"/>
        <source>Workshop created.</source>
        <translation>Workshop angelegt.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/library.py" line="529"/>
        <source> (copy)</source>
        <translation> (Kopie)</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/library.py" line="531"/>
        <source>Duplicate workshop</source>
        <translation>Workshop duplizieren</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/library.py" line="535"/>
        <source>Duplicated “%1”.</source>
        <translation>„%1“ dupliziert.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/library.py" line="545"/>
        <location filename="../slaworkshop/ui/library.py" line="555"/>
        <location filename="../slaworkshop/ui/library.py" line="563"/>
        <source>Rename workshop</source>
        <translation>Workshop umbenennen</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/library.py" line="546"/>
        <source>New title for the workshop with %1:</source>
        <translation>Neuer Titel für den Workshop mit %1:</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/library.py" line="555"/>
        <source>A workshop needs a title; nothing was changed.</source>
        <translation>Ein Workshop braucht einen Titel; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/library.py" line="567"/>
        <source>Renamed to “%1”.</source>
        <translation>Umbenannt in „%1“.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/library.py" line="575"/>
        <location filename="../slaworkshop/ui/library.py" line="613"/>
        <source>this workshop</source>
        <translation>dieser Workshop</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/library.py" line="576"/>
        <source>Move “%1” to the trash?

You can restore it from the trash later.</source>
        <translation>„%1“ in den Papierkorb verschieben?

Sie können den Workshop später aus dem Papierkorb wiederherstellen.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/library.py" line="579"/>
        <location filename="../slaworkshop/ui/library.py" line="585"/>
        <source>Delete workshop</source>
        <translation>Workshop löschen</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/library.py" line="589"/>
        <source>Moved “%1” to the trash.</source>
        <translation>„%1“ in den Papierkorb verschoben.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/library.py" line="601"/>
        <source>Restore workshop</source>
        <translation>Workshop wiederherstellen</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/library.py" line="605"/>
        <source>Restored “%1”.</source>
        <translation>„%1“ wiederhergestellt.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/library.py" line="614"/>
        <source>Delete “%1” for good?

This cannot be undone.</source>
        <translation>„%1“ endgültig löschen?

Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/library.py" line="615"/>
        <location filename="../slaworkshop/ui/library.py" line="621"/>
        <source>Delete for good</source>
        <translation>Endgültig löschen</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/library.py" line="625"/>
        <source>Deleted “%1” for good.</source>
        <translation>„%1“ endgültig gelöscht.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/library.py" line="656"/>
        <source>Trash</source>
        <translation>Papierkorb</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/library.py" line="657"/>
        <source>&amp;Back to workshops</source>
        <translation>&amp;Zurück zu den Workshops</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/library.py" line="670"/>
        <source>1 workshop</source>
        <translation>1 Workshop</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/library.py" line="673"/>
        <source>%1 workshops</source>
        <translation>%1 Workshops</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/library.py" line="680"/>
        <source>Loading workshops…</source>
        <translation>Workshops werden geladen …</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/library.py" line="681"/>
        <source>Opening the workshop database.</source>
        <translation>Die Workshop-Datenbank wird geöffnet.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/library.py" line="683"/>
        <source>No workshop matches “%1”.</source>
        <translation>Kein Workshop passt zu „%1“.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/library.py" line="685"/>
        <source>Search looks at the client and the title. Press Esc to clear it.</source>
        <translation>Die Suche berücksichtigt Kunde und Titel. Mit Esc leeren Sie sie.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/library.py" line="688"/>
        <source>The trash is empty.</source>
        <translation>Der Papierkorb ist leer.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/library.py" line="690"/>
        <source>Deleted workshops wait here until you restore them or delete them for good.</source>
        <translation>Gelöschte Workshops bleiben hier, bis Sie sie wiederherstellen oder endgültig löschen.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/library.py" line="693"/>
        <source>No workshops yet.</source>
        <translation>Noch keine Workshops.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/library.py" line="696"/>
        <source>A workshop holds everything the Marketing and Sales teams agree on, step by step, until the SLA is signed.</source>
        <translation>Ein Workshop enthält alles, worauf sich Marketing und Vertrieb Schritt für Schritt einigen, bis das SLA unterzeichnet ist.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../slaworkshop/ui/main_window.py" line="129"/>
        <source>&amp;New workshop…</source>
        <translation>&amp;Neuer Workshop …</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/main_window.py" line="132"/>
        <source>&amp;Duplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/main_window.py" line="135"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen …</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/main_window.py" line="138"/>
        <location filename="../slaworkshop/ui/main_window.py" line="388"/>
        <source>De&amp;lete…</source>
        <translation>&amp;Löschen …</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/main_window.py" line="140"/>
        <source>&amp;Trash</source>
        <translation>&amp;Papierkorb</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/main_window.py" line="142"/>
        <source>&amp;Library</source>
        <translation>&amp;Workshop-Übersicht</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/main_window.py" line="144"/>
        <source>Document st&amp;yle…</source>
        <translation>Dokument&amp;stil …</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/main_window.py" line="147"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/main_window.py" line="152"/>
        <source>&amp;Search workshops</source>
        <translation>Workshops &amp;suchen</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/main_window.py" line="154"/>
        <source>&amp;About SLA Workshop</source>
        <translation>Ü&amp;ber SLA Workshop</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/main_window.py" line="157"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/main_window.py" line="162"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/main_window.py" line="173"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/main_window.py" line="175"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/main_window.py" line="178"/>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/main_window.py" line="180"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/main_window.py" line="247"/>
        <source>The editor could not be started; see the log for details.</source>
        <translation>Der Editor konnte nicht gestartet werden; Einzelheiten stehen im Protokoll.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/main_window.py" line="255"/>
        <source>Open workshop</source>
        <translation>Workshop öffnen</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/main_window.py" line="349"/>
        <source>About SLA Workshop</source>
        <translation>Über SLA Workshop</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/main_window.py" line="352"/>
        <source>SLA Workshop %1

Guides Marketing and Sales through the workshop that ends in a signed service level agreement. Everything stays on this computer.</source>
        <translation>SLA Workshop %1

Führt Marketing und Vertrieb durch den Workshop, an dessen Ende ein unterzeichnetes Service Level Agreement steht. Alle Daten bleiben auf diesem Computer.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/main_window.py" line="388"/>
        <source>De&amp;lete for good…</source>
        <translation>&amp;Endgültig löschen …</translation>
    </message>
</context>
<context>
    <name>NewWorkshopDialog</name>
    <message>
        <location filename="../slaworkshop/ui/dialogs.py" line="111"/>
        <source>New workshop</source>
        <translation>Neuer Workshop</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/dialogs.py" line="115"/>
        <source>Who is the workshop for? You can change everything later in step 0.</source>
        <translation>Für wen ist der Workshop? Alles lässt sich später in Schritt 0 ändern.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/dialogs.py" line="120"/>
        <source>e.g. Northwind Traders GmbH</source>
        <translation>z. B. Nordwind Handels GmbH</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/dialogs.py" line="123"/>
        <source>e.g. Marketing–Sales SLA 2027</source>
        <translation>z. B. SLA Marketing–Vertrieb 2027</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/dialogs.py" line="150"/>
        <source>&amp;Client organisation:</source>
        <translation>&amp;Kundenunternehmen:</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/dialogs.py" line="151"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/dialogs.py" line="152"/>
        <source>&amp;First day:</source>
        <translation>&amp;Erster Tag:</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/dialogs.py" line="153"/>
        <source>Document &amp;language:</source>
        <translation>&amp;Sprache des Dokuments:</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/dialogs.py" line="154"/>
        <source>&amp;Start with:</source>
        <translation>Beginnen &amp;mit:</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/dialogs.py" line="161"/>
        <source>Create workshop</source>
        <translation>Workshop anlegen</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/dialogs.py" line="169"/>
        <source>Open the s&amp;ample workshop</source>
        <translation>&amp;Beispiel-Workshop öffnen</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/dialogs.py" line="173"/>
        <source>A fictional client with every step filled in, to look around or demo.</source>
        <translation>Ein fiktiver Kunde mit allen Schritten ausgefüllt, zum Umsehen oder Vorführen.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/dialogs.py" line="220"/>
        <source>My starter: %1</source>
        <translation>Meine Vorlage: %1</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/dialogs.py" line="227"/>
        <source>An empty workshop</source>
        <translation>Ein leerer Workshop</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/dialogs.py" line="249"/>
        <source>Please name the client organisation.</source>
        <translation>Bitte Kundenunternehmen angeben.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/dialogs.py" line="250"/>
        <source>Please give the workshop a title.</source>
        <translation>Bitte einen Titel angeben.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/dialogs.py" line="275"/>
        <source>The workshop could not be created: %1</source>
        <translation>Der Workshop konnte nicht angelegt werden: %1</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/dialogs.py" line="289"/>
        <source>The sample workshop could not be created: %1</source>
        <translation>Der Beispiel-Workshop konnte nicht angelegt werden: %1</translation>
    </message>
</context>
<context>
    <name>NurturingPage</name>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="163"/>
        <source>(unnamed)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="164"/>
        <source>1 track</source>
        <translation>1 Strecke</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="165"/>
        <source>Lead times {0}. Sales asks earliest for “{1}”: {2} business days ahead.</source>
        <translation>Vorlaufzeiten {0}. Am frühesten fragt der Vertrieb „{1}“ an: {2} Arbeitstage im Voraus.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="166"/>
        <source>No lead times yet: say how many business days ahead Sales must ask.</source>
        <translation>Noch keine Vorlaufzeiten: Legen Sie fest, wie viele Arbeitstage im Voraus der Vertrieb anfragen muss.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="167"/>
        <source>No nurture tracks yet: plan at least one per buyer stage — awareness, consideration, decision.</source>
        <translation>Noch keine Nurturing-Strecken: Planen Sie mindestens eine je Phase der Buyer’s Journey – Awareness, Consideration, Decision.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="168"/>
        <source>No track serves the buyer stage “{0}” yet.</source>
        <translation>Noch keine Strecke bedient die Phase „{0}“.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="169"/>
        <source>What does Sales need from Marketing during an opportunity, from whom, and how far ahead?</source>
        <translation>Was braucht der Vertrieb während einer Opportunity vom Marketing, von wem, und mit welchem Vorlauf?</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="170"/>
        <source>no track</source>
        <translation>keine Strecke</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="171"/>
        <source>step 3, reason {0}</source>
        <translation>Schritt 3, Grund {0}</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="172"/>
        <source>step 5, reverse handoff</source>
        <translation>Schritt 5, Rückgabe an das Marketing</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="173"/>
        <source>{0} business days</source>
        <translation>{0} Arbeitstage</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="174"/>
        <source>{0} tracks</source>
        <translation>{0} Strecken</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="175"/>
        <source>{0}–{1} business days</source>
        <translation>{0}–{1} Arbeitstage</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="176"/>
        <source>“{0}” is named in {1} but is not a nurture track here: add it, or correct the name there.</source>
        <translation>„{0}“ wird in {1} genannt, ist hier aber keine Nurturing-Strecke: Legen Sie sie an oder korrigieren Sie den Namen dort.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/nurturing.py" line="325"/>
        <source>Nurture tracks per buyer stage</source>
        <translation>Nurturing-Strecken je Phase der Buyer’s Journey</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/nurturing.py" line="340"/>
        <source>Order by buyer stage</source>
        <translation>Nach Phase ordnen</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/nurturing.py" line="343"/>
        <source>Awareness first, then consideration, then decision (one undo step)</source>
        <translation>Erst Awareness, dann Consideration, dann Decision (ein Rückgängig-Schritt)</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/nurturing.py" line="361"/>
        <source>Manual enrolment: when may Sales put a lead into a track by hand?</source>
        <translation>Manuelle Einschreibung: Wann darf der Vertrieb selbst einschreiben?</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/nurturing.py" line="370"/>
        <source>e.g. when a lead asks for later contact, or is rejected for a reason marked “recycled”</source>
        <translation>z. B. wenn ein Lead um späteren Kontakt bittet oder aus einem Grund abgelehnt wird, der als „zurück ins Nurturing“ markiert ist</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/nurturing.py" line="381"/>
        <source>Enablement: how Marketing supports Sales during an opportunity</source>
        <translation>Enablement: wie das Marketing den Vertrieb während einer Opportunity unterstützt</translation>
    </message>
</context>
<context>
    <name>RatesEditor</name>
    <message>
        <location filename="../slaworkshop/ui/steps/funnel.py" line="380"/>
        <source>From → to</source>
        <translation>Von → nach</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/funnel.py" line="380"/>
        <source>Rate</source>
        <translation>Quote</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/funnel.py" line="380"/>
        <source>Rate from</source>
        <translation>Herkunft</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="177"/>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="178"/>
        <source>Cannot be computed</source>
        <translation>Nicht berechenbar</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="179"/>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="180"/>
        <source>Complete</source>
        <translation>Vollständig</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="181"/>
        <source>Empty</source>
        <translation>Leer</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="182"/>
        <source>Has open points</source>
        <translation>Offene Punkte</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="183"/>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="184"/>
        <source>Missing</source>
        <translation>Fehlt</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="185"/>
        <source>Not agreed</source>
        <translation>Nicht vereinbart</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="186"/>
        <source>Parked (printed as open point)</source>
        <translation>Zurückgestellt (offener Punkt)</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="187"/>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="188"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/review.py" line="392"/>
        <source>Where the agreement stands</source>
        <translation>Stand der Vereinbarung</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/review.py" line="400"/>
        <source>Go to this point</source>
        <translation>Zu diesem Punkt springen</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/review.py" line="408"/>
        <source>Double-click a point, or select it and press Enter, to go to the place to settle it.</source>
        <translation>Doppelklicken Sie auf einen Punkt oder wählen Sie ihn und drücken Sie die Eingabetaste, um an die Stelle zu springen, wo er zu klären ist.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/review.py" line="421"/>
        <source>Signatories and sign-off</source>
        <translation>Unterzeichnende und Unterzeichnung</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/review.py" line="424"/>
        <source>Who signs the agreement. At sign-off each signatory approves with their typed name and the date; a drawn signature is optional.</source>
        <translation>Wer die Vereinbarung unterzeichnet. Bei der Unterzeichnung gibt jede Person ihre Freigabe mit eingetipptem Namen und Datum; eine gezeichnete Unterschrift ist freiwillig.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/review.py" line="443"/>
        <source>Sign off version 1…</source>
        <translation>Fassung 1 unterzeichnen …</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/review.py" line="455"/>
        <source>Signed versions</source>
        <translation>Unterzeichnete Fassungen</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/review.py" line="457"/>
        <source>No version is signed yet. The first sign-off freezes the content as version 1.</source>
        <translation>Noch ist keine Fassung unterzeichnet. Die erste Unterzeichnung friert den Inhalt als Fassung 1 ein.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/review.py" line="464"/>
        <source>Version</source>
        <translation>Fassung</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="vanished">Unterzeichnet</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/review.py" line="492"/>
        <source>Changes since version</source>
        <translation>Änderungen seit Fassung</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/review.py" line="507"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation type="vanished">Abschnitt</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation type="vanished">Was sich geändert hat</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/review.py" line="535"/>
        <source>The agreement document</source>
        <translation>Das Vereinbarungsdokument</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/review.py" line="538"/>
        <source>Export the agreement as it stands for the stakeholders. A draft is marked DRAFT on every page; parked items are listed as open points.</source>
        <translation>Exportieren Sie die Vereinbarung im aktuellen Stand für die Beteiligten. Ein Entwurf trägt auf jeder Seite den Vermerk ENTWURF; zurückgestellte Punkte werden als offene Punkte aufgeführt.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/review.py" line="544"/>
        <source>Export as PDF…</source>
        <translation>Als PDF exportieren …</translation>
    </message>
    <message>
        <source>Export as Word document…</source>
        <translation type="vanished">Als Word-Dokument exportieren …</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/review.py" line="673"/>
        <source>The signed versions cannot be read: {0}</source>
        <translation>Die unterzeichneten Fassungen lassen sich nicht lesen: {0}</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/review.py" line="699"/>
        <location filename="../slaworkshop/ui/steps/review.py" line="972"/>
        <source>Version {0}</source>
        <translation>Fassung {0}</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/review.py" line="708"/>
        <source>drawn signature</source>
        <translation>gezeichnete Unterschrift</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/review.py" line="708"/>
        <source>typed name only</source>
        <translation>nur eingetippter Name</translation>
    </message>
    <message>
        <source>Signed by and fingerprint</source>
        <translation type="vanished">Unterzeichnet von und Fingerabdruck</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/review.py" line="481"/>
        <source>PDF…</source>
        <translation>PDF …</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/review.py" line="483"/>
        <source>Word…</source>
        <translation>Word …</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/review.py" line="546"/>
        <source>Export as Word…</source>
        <translation>Als Word exportieren …</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/review.py" line="702"/>
        <source>Fingerprint {0}</source>
        <translation>Fingerabdruck {0}</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/review.py" line="706"/>
        <source>Fingerprint (SHA-256): {0}</source>
        <translation>Fingerabdruck (SHA-256): {0}</translation>
    </message>
    <message>
        <source>{0} ({1}), typed “{2}”, {3}</source>
        <translation type="vanished">{0} ({1}), eingetippt „{2}“, {3}</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/review.py" line="464"/>
        <source>Signed by</source>
        <translation>Unterzeichnet von</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/review.py" line="507"/>
        <source>Clause and what changed</source>
        <translation>Abschnitt und Änderung</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/review.py" line="712"/>
        <source>{0} ({1}) approved on {2}, typed “{3}”, {4}</source>
        <translation>{0} ({1}) freigegeben am {2}, eingetippt „{3}“, {4}</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/review.py" line="759"/>
        <source>Export signed version {0} (its file is recorded, so it can be verified later) as:</source>
        <translation>Unterzeichnete Fassung {0} exportieren (die Datei wird registriert, damit sie sich später prüfen lässt) als:</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/review.py" line="773"/>
        <source>Version {0} cannot be read.</source>
        <translation>Fassung {0} lässt sich nicht lesen.</translation>
    </message>
    <message>
        <source>{0} change(s) in the current draft.</source>
        <translation type="vanished">Änderungen im aktuellen Entwurf: {0}.</translation>
    </message>
    <message>
        <source>No changes: the current content is the same as version {0}.</source>
        <translation type="vanished">Keine Änderungen: Der aktuelle Inhalt entspricht Fassung {0}.</translation>
    </message>
    <message>
        <source>No changes.</source>
        <translation type="vanished">Keine Änderungen.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/review.py" line="250"/>
        <source>Marketing lead</source>
        <translation>Leitung Marketing</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/review.py" line="251"/>
        <source>Sales lead</source>
        <translation>Leitung Vertrieb</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/review.py" line="252"/>
        <source>Sponsor</source>
        <translation>Sponsor</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/review.py" line="253"/>
        <source>Revenue operations lead</source>
        <translation>Leitung Revenue Operations</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/review.py" line="254"/>
        <source>Managing director</source>
        <translation>Geschäftsführung</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/review.py" line="777"/>
        <source>Changes since version {1}, clause by clause ({0}):</source>
        <translation>Änderungen seit Fassung {1}, Abschnitt für Abschnitt ({0}):</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/review.py" line="779"/>
        <source>No changes since version {0}.</source>
        <translation>Keine Änderungen seit Fassung {0}.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/review.py" line="802"/>
        <source>Draft 1 — not signed yet.</source>
        <translation>Entwurf 1 – noch nicht unterzeichnet.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/review.py" line="806"/>
        <source>Signed as version {0} on {1} by {2}. This content is frozen as version {0}; any edit starts draft {3}.</source>
        <translation>Als Fassung {0} am {1} unterzeichnet von {2}. Dieser Inhalt ist als Fassung {0} eingefroren; jede Änderung beginnt Entwurf {3}.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/review.py" line="813"/>
        <source>Draft {0} — changes since version {1}: {2}. Version {1} stays as it was signed.</source>
        <translation>Entwurf {0} – Änderungen seit Fassung {1}: {2}. Fassung {1} bleibt so, wie sie unterzeichnet wurde.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/review.py" line="833"/>
        <source>Sign off version {0}…</source>
        <translation>Fassung {0} unterzeichnen …</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/review.py" line="838"/>
        <source>Version {0} is signed and nothing has changed since; any edit starts draft {1}.</source>
        <translation>Fassung {0} ist unterzeichnet und seitdem unverändert; jede Änderung beginnt Entwurf {1}.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/review.py" line="842"/>
        <location filename="../slaworkshop/ui/steps/review.py" line="905"/>
        <source>Open the workshop in the editor to sign it.</source>
        <translation>Öffnen Sie den Workshop im Editor, um ihn zu unterzeichnen.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/review.py" line="849"/>
        <source>… and {0} more (see the list above)</source>
        <translation>… und {0} weitere (siehe Liste oben)</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/review.py" line="851"/>
        <source>Sign-off is not possible yet:</source>
        <translation>Eine Unterzeichnung ist noch nicht möglich:</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/review.py" line="858"/>
        <source>Ready to sign: nothing required is missing and every item is agreed.</source>
        <translation>Bereit zur Unterzeichnung: Es fehlt nichts Erforderliches, und jeder Punkt ist vereinbart.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/review.py" line="860"/>
        <source>Parked items ({0}) will be listed as open points.</source>
        <translation>Zurückgestellte Punkte ({0}) werden als offene Punkte aufgeführt.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/review.py" line="984"/>
        <source>{0} of {1} steps complete.</source>
        <translation>{0} von {1} Schritten vollständig.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/review.py" line="988"/>
        <source>{0} missing</source>
        <translation>{0} fehlend</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/review.py" line="990"/>
        <source>{0} that cannot be computed</source>
        <translation>{0} nicht berechenbar</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/review.py" line="993"/>
        <source>{0} not agreed</source>
        <translation>{0} nicht vereinbart</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/review.py" line="995"/>
        <source>Before signing, settle these points ({0}): {1}.</source>
        <translation>Vor der Unterzeichnung sind noch Punkte zu klären ({0}): {1}.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/review.py" line="1000"/>
        <source>Nothing blocks the sign-off.</source>
        <translation>Nichts steht der Unterzeichnung im Weg.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/review.py" line="1003"/>
        <source>Parked items ({0}) will be listed in the agreement as open points.</source>
        <translation>Zurückgestellte Punkte ({0}) werden in der Vereinbarung als offene Punkte aufgeführt.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/review.py" line="1007"/>
        <source>Warnings to look at with the room ({0}); they do not block the sign-off.</source>
        <translation>Warnungen zum Besprechen mit der Runde ({0}); sie blockieren die Unterzeichnung nicht.</translation>
    </message>
</context>
<context>
    <name>RowTableEditor</name>
    <message>
        <location filename="../slaworkshop/ui/widgets/table.py" line="416"/>
        <source>Add {0}</source>
        <translation>{0} hinzufügen</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/widgets/table.py" line="418"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/widgets/table.py" line="419"/>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/widgets/table.py" line="420"/>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
</context>
<context>
    <name>SampleValue</name>
    <message>
        <location filename="../slaworkshop/ui/steps/scoring.py" line="447"/>
        <source>type or pick a value</source>
        <translation>Wert eingeben</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/scoring.py" line="467"/>
        <source>Pick a value the conditions name, or type one.</source>
        <translation>Wählen Sie einen Wert aus den Bedingungen oder geben Sie einen ein.</translation>
    </message>
</context>
<context>
    <name>ScoringPage</name>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="189"/>
        <source>Examples: {0}</source>
        <translation>Beispiele: {0}</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="190"/>
        <source>Fit</source>
        <translation>Fit</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="191"/>
        <location filename="../slaworkshop/ui/steps/scoring.py" line="914"/>
        <source>Interest</source>
        <translation>Interesse</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="192"/>
        <source>Read as: {0}</source>
        <translation>Gelesen als: {0}</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="193"/>
        <source>e.g. {0}</source>
        <translation>z. B. {0}</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/scoring.py" line="534"/>
        <source>Scoring criteria</source>
        <translation>Scoring-Kriterien</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/scoring.py" line="541"/>
        <source>Fit criteria first</source>
        <translation>Fit-Kriterien zuerst</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/scoring.py" line="544"/>
        <source>Move every fit criterion above the interest criteria (one step to undo).</source>
        <translation>Alle Fit-Kriterien über die Interesse-Kriterien stellen (ein Rückgängig-Schritt).</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/scoring.py" line="568"/>
        <source>Conditions:</source>
        <translation>Bedingungen:</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/scoring.py" line="574"/>
        <source>Negative points lower the score (e.g. −20 for a student). Point at a condition to see how it is read.</source>
        <translation>Negative Punkte senken den Score (z. B. −20 für Studierende). Zeigen Sie auf eine Bedingung, um zu sehen, wie sie gelesen wird.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/scoring.py" line="588"/>
        <source>MQL threshold</source>
        <translation>MQL-Schwelle</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/scoring.py" line="610"/>
        <source>Lead tester</source>
        <translation>Lead-Tester</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/scoring.py" line="621"/>
        <source>Add criteria above: the tester then asks for one value per attribute and shows the sample lead&apos;s score as you type.</source>
        <translation>Legen Sie oben Kriterien an: Der Tester fragt dann je Merkmal einen Wert ab und zeigt beim Tippen den Score des Beispiel-Leads.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/scoring.py" line="629"/>
        <source>Clear the sample lead</source>
        <translation>Beispiel-Lead leeren</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/scoring.py" line="634"/>
        <source>The sample lead is not saved: its values stay while this workshop is open, also when you move between steps.</source>
        <translation>Der Beispiel-Lead wird nicht gespeichert: Seine Werte bleiben erhalten, solange dieser Workshop geöffnet ist, auch wenn Sie zwischen den Schritten wechseln.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/scoring.py" line="657"/>
        <source>Criteria that fired</source>
        <translation>Zutreffende Kriterien</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/scoring.py" line="719"/>
        <source>No criteria yet. Add the first with “Add scoring criterion” (Ctrl+Ins): start with who the ideal lead is (fit), then what shows real interest.</source>
        <translation>Noch keine Kriterien. Legen Sie das erste mit „Scoring-Kriterium hinzufügen“ (Strg+Einfg) an: Beginnen Sie damit, wer der ideale Lead ist (Fit), dann, was echtes Interesse zeigt.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/scoring.py" line="843"/>
        <source>No verdict yet</source>
        <translation>Noch kein Ergebnis</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/scoring.py" line="844"/>
        <source>Set the MQL threshold to see whether this lead is an MQL.</source>
        <translation>Legen Sie die MQL-Schwelle fest, um zu sehen, ob dieser Lead ein MQL ist.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/scoring.py" line="849"/>
        <source>✔ MQL</source>
        <translation>✔ MQL</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/scoring.py" line="850"/>
        <source>Reaches the threshold of {0} points: hand it to Sales.</source>
        <translation>Erreicht die Schwelle von {0} Punkten: an den Vertrieb übergeben.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/scoring.py" line="857"/>
        <source>Needs 1 more point to reach the threshold of {0}.</source>
        <translation>Braucht noch 1 Punkt bis zur Schwelle von {0}.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/scoring.py" line="859"/>
        <source>Needs {0} more points to reach the threshold of {1}.</source>
        <translation>Braucht noch {0} Punkte bis zur Schwelle von {1}.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/scoring.py" line="863"/>
        <source>Not an MQL</source>
        <translation>Kein MQL</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/scoring.py" line="868"/>
        <source>{0} criteria with a problem (see above) are left out of the score.</source>
        <translation>{0} Kriterien mit einem Problem (siehe oben) bleiben beim Score unberücksichtigt.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/scoring.py" line="870"/>
        <source>1 criterion with a problem (see above) is left out of the score.</source>
        <translation>1 Kriterium mit einem Problem (siehe oben) bleibt beim Score unberücksichtigt.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/scoring.py" line="880"/>
        <source>None yet: enter the lead&apos;s values.</source>
        <translation>Noch keine: Geben Sie die Werte des Leads ein.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/scoring.py" line="898"/>
        <source>… and {0} more</source>
        <translation>… und {0} weitere</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/scoring.py" line="912"/>
        <source>who the lead is (role, company size, industry)</source>
        <translation>wer der Lead ist (Rolle, Unternehmensgröße, Branche)</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/scoring.py" line="918"/>
        <source>what the lead does (visits, downloads, events)</source>
        <translation>was der Lead tut (Besuche, Downloads, Veranstaltungen)</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/scoring.py" line="939"/>
        <source>Row {0} ({1})</source>
        <translation>Zeile {0} ({1})</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/scoring.py" line="941"/>
        <source>Row {0}</source>
        <translation>Zeile {0}</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/scoring.py" line="950"/>
        <source>Add criteria to see the best score a lead can reach on each axis.</source>
        <translation>Legen Sie Kriterien an, um den besten Score zu sehen, den ein Lead auf jeder Achse erreichen kann.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/scoring.py" line="958"/>
        <source>Best possible lead:</source>
        <translation>Bester möglicher Lead:</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/scoring.py" line="960"/>
        <source>points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/scoring.py" line="963"/>
        <source>fit alone up to</source>
        <translation>allein über Fit bis</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/scoring.py" line="966"/>
        <source>interest alone up to</source>
        <translation>allein über Interesse bis</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../slaworkshop/ui/dialogs.py" line="405"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/dialogs.py" line="410"/>
        <source>Menu</source>
        <translation>Menü</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/dialogs.py" line="410"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/dialogs.py" line="410"/>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/dialogs.py" line="427"/>
        <source>Menus also open with Alt and the underlined letter.</source>
        <translation>Menüs öffnen sich auch mit Alt und dem unterstrichenen Buchstaben.</translation>
    </message>
</context>
<context>
    <name>SignOffDialog</name>
    <message>
        <location filename="../slaworkshop/ui/signoff_dialog.py" line="71"/>
        <source>The typed name contains an invisible control character (U+{0:04X}); type the name again.</source>
        <translation>Der eingetippte Name enthält ein unsichtbares Steuerzeichen (U+{0:04X}); tippen Sie den Namen erneut ein.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/signoff_dialog.py" line="80"/>
        <source>The typed name is {0:,} characters long; at most {1}.</source>
        <translation>Der eingetippte Name ist {0:,} Zeichen lang; erlaubt sind höchstens {1}.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/signoff_dialog.py" line="76"/>
        <source>Type “{0}” here to approve.</source>
        <translation>Tippen Sie hier „{0}“ ein, um freizugeben.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/signoff_dialog.py" line="100"/>
        <source>{0} is not a plausible approval date (the earliest is {1}).</source>
        <translation>{0} ist kein plausibles Freigabedatum (frühestens {1}).</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/signoff_dialog.py" line="96"/>
        <source>{0} lies in the future; an approval is dated today or earlier.</source>
        <translation>{0} liegt in der Zukunft; eine Freigabe trägt das heutige oder ein früheres Datum.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/signoff_dialog.py" line="85"/>
        <source>“{0}” does not match the signatory “{1}”. Type the name as listed, or correct the list of signatories first.</source>
        <translation>„{0}“ stimmt nicht mit der unterzeichnenden Person „{1}“ überein. Tippen Sie den Namen so ein, wie er aufgeführt ist, oder korrigieren Sie zuerst die Liste der Unterzeichnenden.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/signoff_dialog.py" line="232"/>
        <location filename="../slaworkshop/ui/signoff_dialog.py" line="234"/>
        <source>Sign off version {0}</source>
        <translation>Fassung {0} unterzeichnen</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/signoff_dialog.py" line="241"/>
        <source>Each signatory approves version {0}{1} by typing their name as listed and the date. A drawn signature is optional. Once signed, version {0} cannot be changed; later edits start draft {2}.</source>
        <translation>Alle Unterzeichnenden geben Fassung {0}{1} frei, indem sie ihren Namen wie aufgeführt und das Datum eintippen. Eine gezeichnete Unterschrift ist freiwillig. Nach der Unterzeichnung lässt sich Fassung {0} nicht mehr ändern; spätere Änderungen beginnen Entwurf {2}.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/signoff_dialog.py" line="250"/>
        <source>Fingerprint recorded and printed on the signature page</source>
        <translation>Fingerabdruck wird registriert und auf der Unterschriftenseite gedruckt</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/signoff_dialog.py" line="259"/>
        <source>SHA-256 of the agreement&apos;s content; any change to the content changes it.</source>
        <translation>SHA-256 des Vereinbarungsinhalts; jede inhaltliche Änderung ändert ihn.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/signoff_dialog.py" line="264"/>
        <source>Open points in the agreement</source>
        <translation>Offene Punkte in der Vereinbarung</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/signoff_dialog.py" line="267"/>
        <source>These parked items are listed in the agreement as open points:</source>
        <translation>Diese zurückgestellten Punkte werden in der Vereinbarung als offene Punkte aufgeführt:</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/signoff_dialog.py" line="272"/>
        <source>Nothing is parked: the agreement lists no open points.</source>
        <translation>Nichts ist zurückgestellt: Die Vereinbarung führt keine offenen Punkte auf.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/signoff_dialog.py" line="308"/>
        <source>Sign version {0}</source>
        <translation>Fassung {0} unterzeichnen</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/signoff_dialog.py" line="357"/>
        <source>Nothing was signed: correct the marked fields.</source>
        <translation>Es wurde nichts unterzeichnet: Korrigieren Sie die markierten Felder.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/signoff_dialog.py" line="368"/>
        <source>… and {0} more</source>
        <translation>… und {0} weitere</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/signoff_dialog.py" line="369"/>
        <source>Nothing was signed:</source>
        <translation>Es wurde nichts unterzeichnet:</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/signoff_dialog.py" line="372"/>
        <location filename="../slaworkshop/ui/signoff_dialog.py" line="376"/>
        <source>Nothing was signed: {0}</source>
        <translation>Es wurde nichts unterzeichnet: {0}</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <location filename="../slaworkshop/ui/widgets/signature_pad.py" line="31"/>
        <source>Sign here with the mouse, a pen or a finger.</source>
        <translation>Unterschreiben Sie hier mit der Maus, einem Stift oder dem Finger.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/widgets/signature_pad.py" line="149"/>
        <source>Sign here (optional)</source>
        <translation>Hier unterschreiben (optional)</translation>
    </message>
</context>
<context>
    <name>StepStatus</name>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="194"/>
        <location filename="../slaworkshop/ui/guidance.py" line="340"/>
        <source>Complete</source>
        <translation>Vollständig</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="195"/>
        <location filename="../slaworkshop/ui/guidance.py" line="338"/>
        <source>Empty</source>
        <translation>Leer</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="196"/>
        <location filename="../slaworkshop/ui/guidance.py" line="341"/>
        <source>Has open points</source>
        <translation>Offene Punkte</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="197"/>
        <location filename="../slaworkshop/ui/guidance.py" line="339"/>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="198"/>
        <location filename="../slaworkshop/ui/guidance.py" line="331"/>
        <source>Definitions</source>
        <translation>Definitionen</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="199"/>
        <location filename="../slaworkshop/ui/guidance.py" line="330"/>
        <source>Funnel &amp; targets</source>
        <translation>Funnel &amp; Ziele</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="200"/>
        <location filename="../slaworkshop/ui/guidance.py" line="336"/>
        <source>Governance &amp; escalation</source>
        <translation>Governance &amp; Eskalation</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="201"/>
        <location filename="../slaworkshop/ui/guidance.py" line="333"/>
        <source>Handoff &amp; follow-up</source>
        <translation>Übergabe &amp; Nachfassen</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="202"/>
        <location filename="../slaworkshop/ui/guidance.py" line="335"/>
        <source>KPIs</source>
        <translation>KPIs</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="203"/>
        <location filename="../slaworkshop/ui/guidance.py" line="332"/>
        <source>Lead qualification &amp; scoring</source>
        <translation>Qualifizierung &amp; Scoring</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="204"/>
        <location filename="../slaworkshop/ui/guidance.py" line="334"/>
        <source>Nurturing &amp; enablement</source>
        <translation>Nurturing &amp; Enablement</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="205"/>
        <location filename="../slaworkshop/ui/guidance.py" line="337"/>
        <source>Review &amp; sign-off</source>
        <translation>Prüfung &amp; Unterzeichnung</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="206"/>
        <location filename="../slaworkshop/ui/guidance.py" line="329"/>
        <source>Shared goals</source>
        <translation>Gemeinsame Ziele</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="207"/>
        <location filename="../slaworkshop/ui/guidance.py" line="328"/>
        <source>Workshop &amp; participants</source>
        <translation>Workshop &amp; Teilnehmende</translation>
    </message>
</context>
<context>
    <name>StyleDialog</name>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="208"/>
        <source>The document style chosen in the settings is missing:
{0}

Nothing was exported, so that the agreement does not quietly get another look. Put the file back, or choose a style under File → Document style… (or use the built-in style there).</source>
        <translation>Der in den Einstellungen gewählte Dokumentstil fehlt:
{0}

Es wurde nichts exportiert, damit die Vereinbarung nicht unbemerkt anders aussieht. Legen Sie die Datei zurück oder wählen Sie einen Stil unter Datei → Dokumentstil … (oder verwenden Sie dort den eingebauten Stil).</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/style_dialog.py" line="146"/>
        <source>Document style</source>
        <translation>Dokumentstil</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/style_dialog.py" line="150"/>
        <source>The exported agreement (DOCX and PDF) takes its logo, colours, fonts and Word template from the document style. A consultancy can use its own style file.</source>
        <translation>Die exportierte Vereinbarung (DOCX und PDF) übernimmt Logo, Farben, Schriften und Word-Vorlage aus dem Dokumentstil. Eine Beratung kann ihre eigene Stildatei verwenden.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/style_dialog.py" line="160"/>
        <source>Current style:</source>
        <translation>Aktueller Stil:</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/style_dialog.py" line="172"/>
        <source>Choose style file…</source>
        <translation>Stildatei wählen …</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/style_dialog.py" line="173"/>
        <source>Use the built-in style</source>
        <translation>Eingebauten Stil verwenden</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/style_dialog.py" line="192"/>
        <source>Built-in style</source>
        <translation>Eingebauter Stil</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/style_dialog.py" line="222"/>
        <source>Choose a document style</source>
        <translation>Dokumentstil wählen</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/style_dialog.py" line="222"/>
        <source>Document style (*.json)</source>
        <translation>Dokumentstil (*.json)</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/style_dialog.py" line="234"/>
        <source>This style file cannot be used; the document style stays as it was.
{0}</source>
        <translation>Diese Stildatei ist nicht verwendbar; der Dokumentstil bleibt unverändert.
{0}</translation>
    </message>
</context>
<context>
    <name>StylePreview</name>
    <message>
        <location filename="../slaworkshop/ui/style_dialog.py" line="82"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/style_dialog.py" line="102"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/style_dialog.py" line="103"/>
        <source>Colours</source>
        <translation>Farben</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/style_dialog.py" line="104"/>
        <source>Fonts</source>
        <translation>Schriften</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/style_dialog.py" line="106"/>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/style_dialog.py" line="112"/>
        <source>(no logo)</source>
        <translation>(kein Logo)</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/style_dialog.py" line="124"/>
        <source>PDF: {0} · Word: {1}</source>
        <translation>PDF: {0} · Word: {1}</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/style_dialog.py" line="134"/>
        <source>{0}, margins {1:g} / {2:g} / {3:g} / {4:g} mm (top, bottom, left, right)</source>
        <translation>{0}, Ränder {1:g} / {2:g} / {3:g} / {4:g} mm (oben, unten, links, rechts)</translation>
    </message>
</context>
<context>
    <name>TrackCombo</name>
    <message>
        <location filename="../slaworkshop/ui/steps/handoff.py" line="387"/>
        <source>a nurture track of step 6</source>
        <translation>eine Nurturing-Strecke aus Schritt 6</translation>
    </message>
</context>
<context>
    <name>WorkshopPage</name>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="209"/>
        <source>Nobody from Marketing takes part: both sides must shape the agreement.</source>
        <translation>Niemand aus dem Marketing nimmt teil: Beide Seiten müssen die Vereinbarung gestalten.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="210"/>
        <source>Nobody from Sales takes part: both sides must shape the agreement.</source>
        <translation>Niemand aus dem Vertrieb nimmt teil: Beide Seiten müssen die Vereinbarung gestalten.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="211"/>
        <source>{0} outnumbers the other side {1} to {2}: keep the delegation balanced.</source>
        <translation>{0} ist {1} zu {2} in der Überzahl: Achten Sie auf eine ausgewogene Besetzung.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="212"/>
        <source>{0} participants: more than {1} makes it hard to decide together.</source>
        <translation>{0} Teilnehmende: Mit mehr als {1} Personen fällt es schwer, gemeinsam zu entscheiden.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/workshop.py" line="45"/>
        <source>The workshop</source>
        <translation>Der Workshop</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/workshop.py" line="49"/>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../slaworkshop/ui/app.py" line="144"/>
        <source>Restored the backup %1; the damaged file is kept as %2.</source>
        <translation>Die Sicherung %1 wurde wiederhergestellt; die beschädigte Datei liegt unter %2.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/app.py" line="153"/>
        <source>Started with an empty database; the damaged file is kept as %1.</source>
        <translation>Mit leerer Datenbank gestartet; die beschädigte Datei liegt unter %1.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/app.py" line="161"/>
        <source>That did not work: %1</source>
        <translation>Das hat nicht geklappt: %1</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/app.py" line="165"/>
        <source>Newer database</source>
        <translation>Neuere Datenbank</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/app.py" line="177"/>
        <source>The database address given with --database is not usable:
%1</source>
        <translation>Die mit --database angegebene Datenbankadresse ist nicht verwendbar:
%1</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/app.py" line="187"/>
        <location filename="../slaworkshop/ui/app.py" line="196"/>
        <source>The workshop database cannot be opened:
%1</source>
        <translation>Die Workshop-Datenbank lässt sich nicht öffnen:
%1</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/app.py" line="336"/>
        <source>Something went wrong: %1

Your saved work is safe. If this happens again, please report it.</source>
        <translation>Etwas ist schiefgegangen: %1

Ihre gespeicherte Arbeit ist sicher. Wenn das noch einmal passiert, melden Sie es bitte.</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="213"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="214"/>
        <source>Accept or reject within</source>
        <translation>Annehmen oder ablehnen innerhalb von</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="215"/>
        <source>Agenda item</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="216"/>
        <source>Agreed</source>
        <translation>Vereinbart</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="217"/>
        <source>Agreed with reservations</source>
        <translation>Mit Vorbehalt vereinbart</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="218"/>
        <source>Agreement</source>
        <translation>Einigungsstand</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="219"/>
        <source>Agreement note</source>
        <translation>Anmerkung</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="220"/>
        <source>Amber from</source>
        <translation>Gelb ab</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="221"/>
        <source>At least</source>
        <translation>Mindestens</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="222"/>
        <source>At most</source>
        <translation>Höchstens</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="223"/>
        <source>Attribute</source>
        <translation>Merkmal</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="224"/>
        <source>Average deal size</source>
        <translation>Durchschnittliches Auftragsvolumen</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="225"/>
        <source>Awareness</source>
        <translation>Awareness</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="226"/>
        <source>Axis</source>
        <translation>Achse</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="227"/>
        <source>Back to Marketing after failed attempts</source>
        <translation>Zurück ans Marketing nach erfolglosen Versuchen</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="228"/>
        <source>Back to Marketing for these reasons</source>
        <translation>Zurück ans Marketing aus diesen Gründen</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="229"/>
        <source>Baseline</source>
        <translation>Ist-Wert</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="230"/>
        <source>Benchmark</source>
        <translation>Benchmark</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="231"/>
        <source>Business days</source>
        <translation>Arbeitstage</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="232"/>
        <source>Business days between attempts</source>
        <translation>Arbeitstage zwischen den Versuchen</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="233"/>
        <source>Buyer stage</source>
        <translation>Kaufphase</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="234"/>
        <source>Channels (in order, comma-separated)</source>
        <translation>Kanäle (in Reihenfolge, durch Kommas getrennt)</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="235"/>
        <source>Client organisation</source>
        <translation>Kundenunternehmen</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="236"/>
        <source>Code</source>
        <translation>Kürzel</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="237"/>
        <source>Collateral or support</source>
        <translation>Material oder Unterstützung</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="238"/>
        <source>Condition</source>
        <translation>Bedingung</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="239"/>
        <source>Consideration</source>
        <translation>Consideration</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="240"/>
        <source>Contact attempts</source>
        <translation>Kontaktversuche</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="241"/>
        <source>Content</source>
        <translation>Inhalte</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="242"/>
        <source>Conversion</source>
        <translation>Konversion</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="243"/>
        <source>Conversion into the next funnel stage</source>
        <translation>Konversion in die nächste Funnel-Stufe</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="244"/>
        <source>Core team</source>
        <translation>Kernteam</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="245"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="246"/>
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="247"/>
        <source>Data source</source>
        <translation>Datenquelle</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="248"/>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="249"/>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="250"/>
        <source>Definition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="251"/>
        <source>Definition or formula</source>
        <translation>Definition oder Formel</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="252"/>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="253"/>
        <source>Dependencies between the departments</source>
        <translation>Abhängigkeiten zwischen den Abteilungen</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="254"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="255"/>
        <source>Deutsch</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="256"/>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="257"/>
        <source>Disputed</source>
        <translation>Strittig</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="258"/>
        <source>Disqualification</source>
        <translation>Disqualifizierung</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="259"/>
        <source>Disqualification reason</source>
        <translation>Disqualifizierungsgrund</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="260"/>
        <source>Disqualified or rejected</source>
        <translation>Disqualifiziert oder abgelehnt</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="261"/>
        <source>Document language</source>
        <translation>Sprache des Dokuments</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="262"/>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="263"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="264"/>
        <source>Enablement item</source>
        <translation>Enablement-Maßnahme</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="265"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="266"/>
        <source>Entry criteria</source>
        <translation>Eintrittskriterien</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="267"/>
        <source>Escalation level</source>
        <translation>Eskalationsstufe</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="268"/>
        <source>Exclusions</source>
        <translation>Ausschlüsse</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="269"/>
        <source>Facilitator</source>
        <translation>Moderation</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="270"/>
        <source>First contact within</source>
        <translation>Erstkontakt innerhalb von</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="271"/>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="272"/>
        <source>Fit</source>
        <translation>Fit</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="273"/>
        <source>Follows</source>
        <translation>Verknüpft mit</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="274"/>
        <source>Fortnightly</source>
        <translation>Alle zwei Wochen</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="275"/>
        <source>Funnel inputs</source>
        <translation>Funnel-Eckdaten</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="276"/>
        <source>Funnel.leads per month</source>
        <translation>Funnel: Leads pro Monat</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="277"/>
        <source>Funnel.marketing revenue</source>
        <translation>Funnel: Marketing-Umsatz</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="278"/>
        <source>Funnel.mql per month</source>
        <translation>Funnel: MQLs pro Monat</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="279"/>
        <source>Funnel.opportunities per month</source>
        <translation>Funnel: Opportunities pro Monat</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="280"/>
        <source>Funnel.sal per month</source>
        <translation>Funnel: SALs pro Monat</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="281"/>
        <source>Funnel.sql per month</source>
        <translation>Funnel: SQLs pro Monat</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="282"/>
        <source>Funnel.won per month</source>
        <translation>Funnel: Abschlüsse pro Monat</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="283"/>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="284"/>
        <source>Governance</source>
        <translation>Governance</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="285"/>
        <source>Half year</source>
        <translation>Halbjahr</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="286"/>
        <source>Handed-over field</source>
        <translation>Übergebenes Feld</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="287"/>
        <source>Handoff rules</source>
        <translation>Übergaberegeln</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="288"/>
        <source>Handoff trigger</source>
        <translation>Übergabe-Auslöser</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="289"/>
        <source>Handoff.accept within</source>
        <translation>Übergabe: annehmen innerhalb von</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="290"/>
        <source>Handoff.attempts</source>
        <translation>Übergabe: Kontaktversuche</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="291"/>
        <source>Handoff.first contact</source>
        <translation>Übergabe: Erstkontakt</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="292"/>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="293"/>
        <source>Hours per rep per week for follow-up</source>
        <translation>Stunden pro Vertriebsmitarbeiter und Woche fürs Nachfassen</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="294"/>
        <source>How Sales is notified</source>
        <translation>Wie der Vertrieb benachrichtigt wird</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="295"/>
        <source>How amendments are made</source>
        <translation>Wie Änderungen vereinbart werden</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="296"/>
        <source>In review</source>
        <translation>In Prüfung</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="297"/>
        <source>Information handed over</source>
        <translation>Übergebene Informationen</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="298"/>
        <source>Interest</source>
        <translation>Interesse</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="299"/>
        <source>Into nurture track</source>
        <translation>In Nurturing-Strecke</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="300"/>
        <source>Job title</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="301"/>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="302"/>
        <source>Keeps the action items</source>
        <translation>Führt die Aufgabenliste</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="303"/>
        <source>Keeps the minutes</source>
        <translation>Führt das Protokoll</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="304"/>
        <source>Kind of goal</source>
        <translation>Art des Ziels</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="305"/>
        <source>Kind of trigger</source>
        <translation>Art des Auslösers</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="306"/>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="307"/>
        <source>Lead time</source>
        <translation>Vorlaufzeit</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="308"/>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="309"/>
        <source>Lifecycle stage</source>
        <translation>Lifecycle-Phase</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="310"/>
        <source>MQL threshold</source>
        <translation>MQL-Schwelle</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="311"/>
        <source>Management</source>
        <translation>Geschäftsführung</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="312"/>
        <source>Mandatory</source>
        <translation>Pflicht</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="313"/>
        <source>Manual</source>
        <translation>Manuell</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="314"/>
        <source>Margin</source>
        <translation>Marge</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="315"/>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="316"/>
        <source>Marketing reports</source>
        <translation>Berichte des Marketings</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="317"/>
        <source>Measured</source>
        <translation>Gemessen</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="318"/>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="319"/>
        <source>Minutes per contact attempt</source>
        <translation>Minuten pro Kontaktversuch</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="320"/>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="321"/>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="322"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="323"/>
        <source>Nederlands</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="324"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="325"/>
        <source>Nurture track</source>
        <translation>Nurturing-Strecke</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="326"/>
        <source>Nurturing</source>
        <translation>Nurturing</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="327"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="328"/>
        <source>Opportunity stage</source>
        <translation>Opportunity-Phase</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="329"/>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="330"/>
        <source>Own data</source>
        <translation>Eigene Daten</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="331"/>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="332"/>
        <source>Owning department</source>
        <translation>Zuständige Abteilung</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="333"/>
        <source>Parked</source>
        <translation>Zurückgestellt</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="334"/>
        <source>Part of the funnel</source>
        <translation>Teil des Funnels</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="335"/>
        <source>Participant</source>
        <translation>Teilnehmer/in</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="336"/>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="337"/>
        <source>Period starts</source>
        <translation>Zeitraum beginnt</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="338"/>
        <source>Pilot ends</source>
        <translation>Pilotende</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="339"/>
        <source>Pilot evaluation criteria</source>
        <translation>Kriterien zur Bewertung der Pilotphase</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="340"/>
        <source>Pilot starts</source>
        <translation>Pilotbeginn</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="341"/>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="342"/>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="343"/>
        <source>Proposed</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="344"/>
        <source>Provided by</source>
        <translation>Bereitgestellt von</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="345"/>
        <source>Quarter</source>
        <translation>Quartal</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="346"/>
        <source>Quarterly</source>
        <translation>Vierteljährlich</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="347"/>
        <source>Rate from</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="348"/>
        <source>Recycled to nurturing</source>
        <translation>Zurück ins Nurturing</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="349"/>
        <source>Red from</source>
        <translation>Rot ab</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="350"/>
        <source>Rejection</source>
        <translation>Ablehnung</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="351"/>
        <source>Renewal date</source>
        <translation>Verlängerung</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="352"/>
        <source>Retention</source>
        <translation>Kundenbindung</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="353"/>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="354"/>
        <source>Revenue target</source>
        <translation>Umsatzziel</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="355"/>
        <source>Review date</source>
        <translation>Überprüfung</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="356"/>
        <source>Review meeting</source>
        <translation>Review-Termin</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="357"/>
        <source>Rhythm</source>
        <translation>Rhythmus</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="358"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="359"/>
        <source>Sales</source>
        <translation>Vertrieb</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="360"/>
        <source>Sales cycle</source>
        <translation>Verkaufszyklus</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="361"/>
        <source>Sales reports</source>
        <translation>Berichte des Vertriebs</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="362"/>
        <source>Sales reps following up leads</source>
        <translation>Vertriebsmitarbeiter, die Leads nachfassen</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="363"/>
        <source>Satisfaction</source>
        <translation>Zufriedenheit</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="364"/>
        <source>Score threshold</source>
        <translation>Score-Schwelle</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="365"/>
        <source>Scoring</source>
        <translation>Scoring</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="366"/>
        <source>Scoring criterion</source>
        <translation>Scoring-Kriterium</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="367"/>
        <source>Scoring.threshold</source>
        <translation>Scoring: Schwelle</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="368"/>
        <source>Share of revenue from marketing-sourced leads</source>
        <translation>Umsatzanteil aus Marketing-Leads</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="369"/>
        <source>Shared</source>
        <translation>Gemeinsam</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="370"/>
        <source>Signatory</source>
        <translation>Unterzeichner/in</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="371"/>
        <source>Signed</source>
        <translation>Unterzeichnet</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="372"/>
        <source>Signs as</source>
        <translation>Unterzeichnet als</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="373"/>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="374"/>
        <source>Target</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="375"/>
        <source>Track</source>
        <translation>Strecke</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="376"/>
        <source>Training</source>
        <translation>Schulung</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="377"/>
        <source>Trigger</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="378"/>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="379"/>
        <source>Venue</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="380"/>
        <source>Weekly</source>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="381"/>
        <source>What happens at the exit</source>
        <translation>Was beim Austritt geschieht</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="382"/>
        <source>What must be recorded</source>
        <translation>Was erfasst sein muss</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="383"/>
        <source>What stays separate</source>
        <translation>Was getrennt bleibt</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="384"/>
        <source>When Sales may enrol a lead by hand</source>
        <translation>Wann der Vertrieb einen Lead selbst einschreiben darf</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="385"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="386"/>
        <source>Win probability</source>
        <translation>Abschlusswahrscheinlichkeit</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="387"/>
        <source>Within</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="388"/>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="389"/>
        <source>Workshop title</source>
        <translation>Workshop-Titel</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="390"/>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="391"/>
        <source>Yearly</source>
        <translation>Jährlich</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="392"/>
        <source>business days</source>
        <translation>Arbeitstage</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="393"/>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="394"/>
        <source>h</source>
        <translation>Std.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="395"/>
        <source>min</source>
        <translation>Min.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="396"/>
        <source>points</source>
        <translation>Punkte</translation>
    </message>
</context>
<context>
    <name>review</name>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="397"/>
        <source>Nobody from Marketing is in the core team.</source>
        <translation>Niemand aus dem Marketing ist im Kernteam.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="398"/>
        <source>Nobody from Sales is in the core team.</source>
        <translation>Niemand aus dem Vertrieb ist im Kernteam.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="399"/>
        <source>The core team names someone who is no longer a participant.</source>
        <translation>Das Kernteam nennt jemanden, der nicht mehr zu den Teilnehmenden gehört.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="400"/>
        <source>The core team needs at least two people.</source>
        <translation>Das Kernteam braucht mindestens zwei Personen.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="401"/>
        <source>The core team should have at most four people.</source>
        <translation>Das Kernteam sollte höchstens vier Personen umfassen.</translation>
    </message>
</context>
</TS>
