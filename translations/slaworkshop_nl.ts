<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>AgreementControl</name>
    <message>
        <location filename="../slaworkshop/ui/widgets/agreement.py" line="95"/>
        <source>Agreement:</source>
        <translation>Overeenstemming:</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/widgets/agreement.py" line="99"/>
        <source>Note (e.g. the reservation, or who still has to agree)</source>
        <translation>Toelichting (bijv. het voorbehoud, of wie nog akkoord moet gaan)</translation>
    </message>
</context>
<context>
    <name>AgreementState</name>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="12"/>
        <source>Agreed</source>
        <translation>Akkoord</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="13"/>
        <source>Agreed with reservations</source>
        <translation>Akkoord met voorbehoud</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="14"/>
        <source>Disputed</source>
        <translation>Betwist</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="15"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="16"/>
        <source>Parked</source>
        <translation>Geparkeerd</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="17"/>
        <source>Proposed</source>
        <translation>Voorgesteld</translation>
    </message>
</context>
<context>
    <name>ApprovalEditor</name>
    <message>
        <location filename="../slaworkshop/ui/signoff_dialog.py" line="139"/>
        <source>Typed name of {0}</source>
        <translation>Getypte naam van {0}</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/signoff_dialog.py" line="149"/>
        <source>Clear signature</source>
        <translation>Handtekening wissen</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/signoff_dialog.py" line="171"/>
        <source>Typed name *</source>
        <translation>Getypte naam *</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/signoff_dialog.py" line="173"/>
        <source>Date *</source>
        <translation>Datum *</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/signoff_dialog.py" line="175"/>
        <source>Signature</source>
        <translation>Handtekening</translation>
    </message>
</context>
<context>
    <name>ChoiceField</name>
    <message>
        <location filename="../slaworkshop/ui/widgets/fields.py" line="294"/>
        <source>— choose —</source>
        <translation>— kiezen —</translation>
    </message>
</context>
<context>
    <name>DamagedDatabaseDialog</name>
    <message>
        <location filename="../slaworkshop/ui/dialogs.py" line="318"/>
        <source>The workshop database is damaged</source>
        <translation>De workshopdatabase is beschadigd</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/dialogs.py" line="324"/>
        <source>SLA Workshop cannot open your workshop database.</source>
        <translation>SLA Workshop kan je workshopdatabase niet openen.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/dialogs.py" line="331"/>
        <source>The file %1 is damaged (%2). It has not been changed.</source>
        <translation>Het bestand %1 is beschadigd (%2). Er is niets aan gewijzigd.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/dialogs.py" line="340"/>
        <source>The newest verified backup is from %1. Restoring it brings back your workshops as they were then; the damaged file is kept aside next to it, so nothing is deleted.</source>
        <translation>De nieuwste gecontroleerde back-up is van %1. Herstel je die, dan krijg je je workshops terug zoals ze toen waren; het beschadigde bestand wordt ernaast apart bewaard, zodat er niets verloren gaat.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/dialogs.py" line="345"/>
        <source>There is no verified backup to restore. You can start with an empty database; the damaged file is kept aside, so it can still be rescued later.</source>
        <translation>Er is geen gecontroleerde back-up om te herstellen. Je kunt met een lege database beginnen; het beschadigde bestand wordt apart bewaard, zodat het later nog te redden is.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/dialogs.py" line="352"/>
        <source>&amp;Restore newest backup</source>
        <translation>Nieuwste back-up &amp;herstellen</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/dialogs.py" line="354"/>
        <source>Start with an &amp;empty database</source>
        <translation>Met een &amp;lege database beginnen</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/dialogs.py" line="356"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../slaworkshop/ui/widgets/fields.py" line="246"/>
        <source>no date (YYYY-MM-DD)</source>
        <translation>geen datum (JJJJ-MM-DD)</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/widgets/fields.py" line="249"/>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/widgets/fields.py" line="250"/>
        <source>Pick a date</source>
        <translation>Kies een datum</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/widgets/fields.py" line="267"/>
        <location filename="../slaworkshop/ui/widgets/table.py" line="139"/>
        <source>{label}: “{text}” is not a date (YYYY-MM-DD or DD.MM.YYYY).</source>
        <translation>{label}: “{text}” is geen datum (JJJJ-MM-DD of DD.MM.JJJJ).</translation>
    </message>
</context>
<context>
    <name>DefinitionsPage</name>
    <message>
        <location filename="../slaworkshop/ui/steps/definitions.py" line="287"/>
        <source>Lifecycle stages</source>
        <translation>Lifecyclefasen</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/definitions.py" line="301"/>
        <source>Add the usual stages</source>
        <translation>Gangbare fasen toevoegen</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/definitions.py" line="303"/>
        <source>Selected stage</source>
        <translation>Gekozen fase</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/definitions.py" line="310"/>
        <source>What is a lead at this stage, in one or two sentences?</source>
        <translation>Wat is een lead in deze fase, in een of twee zinnen?</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/definitions.py" line="311"/>
        <source>What must be true (and recorded) for a lead to enter it?</source>
        <translation>Waaraan moet een lead voldoen (en wat moet er vastgelegd zijn) om in deze fase te komen?</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/definitions.py" line="312"/>
        <source>What happens next, and who does it?</source>
        <translation>Wat gebeurt er daarna, en wie doet dat?</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/definitions.py" line="330"/>
        <source>Agreement note: the reservation, or who still has to agree</source>
        <translation>Toelichting: het voorbehoud, of wie nog akkoord moet gaan</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/definitions.py" line="338"/>
        <source>The lifecycle as a whole:</source>
        <translation>De lifecycle als geheel:</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/definitions.py" line="348"/>
        <source>Stages of an opportunity</source>
        <translation>Fasen van een opportunity</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/definitions.py" line="355"/>
        <source>Add the usual opportunity stages</source>
        <translation>Gangbare opportunityfasen toevoegen</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/definitions.py" line="362"/>
        <source>Disqualification and rejection reasons</source>
        <translation>Redenen voor diskwalificatie en afwijzing</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/definitions.py" line="371"/>
        <source>Add the usual reasons</source>
        <translation>Gangbare redenen toevoegen</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/definitions.py" line="418"/>
        <source>Adds the standard content of the starter in the document&apos;s language, marked “proposed”: go through it with the room. One undo removes it.</source>
        <translation>Voegt de standaardinhoud van het sjabloon toe in de taal van het document, gemarkeerd als “voorgesteld”: loop die met de groep door. Eén keer ongedaan maken haalt alles weer weg.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/definitions.py" line="463"/>
        <source>No lifecycle stages yet. Name the stages a lead passes through — typically Contact, Lead, MQL, SAL, SQL, Opportunity and Customer — and say who owns each one.</source>
        <translation>Nog geen lifecyclefasen. Benoem de fasen die een lead doorloopt – meestal Contact, Lead, MQL, SAL, SQL, Opportunity en Klant – en leg vast welke afdeling eigenaar is van elke fase.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/definitions.py" line="469"/>
        <source>Funnel: {0}</source>
        <translation>Funnel: {0}</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/definitions.py" line="469"/>
        <source>(no stage)</source>
        <translation>(geen fase)</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/definitions.py" line="474"/>
        <source>Step 2 plans {0} conversion rates between these stages.</source>
        <translation>Stap 2 rekent met {0} conversiepercentages tussen deze fasen.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/definitions.py" line="477"/>
        <source>Not in the funnel: {0}.</source>
        <translation>Niet in de funnel: {0}.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/definitions.py" line="487"/>
        <source>At least two lifecycle stages must be part of the funnel, or step 2 cannot compute it: tick “Part of the funnel” for the stages leads are counted in.</source>
        <translation>Minstens twee lifecyclefasen moeten in de funnel zitten, anders kan stap 2 niets berekenen: vink “In de funnel” aan bij de fasen waarin leads geteld worden.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/definitions.py" line="497"/>
        <source>How does an opportunity move to won or lost? Name its stages (e.g. discovery, proposal, negotiation, won, lost) with the win probability the forecast uses.</source>
        <translation>Hoe komt een opportunity tot gewonnen of verloren? Benoem de fasen (bijv. verkenning, offerte, onderhandeling, gewonnen, verloren) met de winkans waarmee de forecast rekent.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/definitions.py" line="507"/>
        <source>On which grounds does Marketing disqualify a lead, and Sales reject one? Give each a short code and say whether the lead goes back to nurturing.</source>
        <translation>Op welke gronden diskwalificeert marketing een lead, en wijst sales er een af? Geef elke reden een korte code en leg vast of de lead terug naar nurturing gaat.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/definitions.py" line="521"/>
        <source>“{0}” is recycled to nurturing but names no track: say which nurture track (step 6) the lead goes into.</source>
        <translation>“{0}” gaat terug naar nurturing, maar zonder track: geef aan in welke nurturing-track (stap 6) de lead terechtkomt.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/definitions.py" line="527"/>
        <source>“{0}” goes into the nurture track “{1}”, which step 6 does not list.</source>
        <translation>“{0}” gaat naar de nurturing-track “{1}”, die in stap 6 niet voorkomt.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/definitions.py" line="579"/>
        <source>Selected stage — pick a row in the table</source>
        <translation>Gekozen fase – kies een rij in de tabel</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/definitions.py" line="582"/>
        <source>Selected stage: {0}</source>
        <translation>Gekozen fase: {0}</translation>
    </message>
</context>
<context>
    <name>EditorView</name>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="18"/>
        <source>Add row</source>
        <translation>Rij toevoegen</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="19"/>
        <source>Change agreement</source>
        <translation>Overeenstemming wijzigen</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="20"/>
        <source>Changed elsewhere</source>
        <translation>Elders gewijzigd</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="21"/>
        <source>Edit</source>
        <translation>Bewerken</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="22"/>
        <source>Edit {0}</source>
        <translation>{0} bewerken</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="23"/>
        <source>Keep my changes</source>
        <translation>Mijn wijzigingen behouden</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="24"/>
        <source>Keep my changes: load the other version and put your unsaved changes on top of it.
Load the other version: show what was saved elsewhere and drop your unsaved changes.</source>
        <translation>Mijn wijzigingen behouden: de andere versie laden en je niet-opgeslagen wijzigingen daaroverheen zetten.
Andere versie laden: tonen wat elders is opgeslagen en je niet-opgeslagen wijzigingen verwerpen.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="25"/>
        <source>Load the other version</source>
        <translation>Andere versie laden</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="26"/>
        <source>Move row</source>
        <translation>Rij verplaatsen</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="27"/>
        <source>Not everything is saved</source>
        <translation>Niet alles is opgeslagen</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="28"/>
        <source>Remove row</source>
        <translation>Rij verwijderen</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="29"/>
        <source>{0}

Close the workshop anyway? These changes will be lost.</source>
        <translation>{0}

De workshop toch sluiten? Deze wijzigingen gaan dan verloren.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/editor.py" line="213"/>
        <source>◀ Library</source>
        <translation>◀ Bibliotheek</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/editor.py" line="214"/>
        <source>Back to the library (Alt+Home)</source>
        <translation>Terug naar de bibliotheek (Alt+Home)</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/editor.py" line="215"/>
        <source>Guidance</source>
        <translation>Leidraad</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/editor.py" line="247"/>
        <source>◀ Previous step</source>
        <translation>◀ Vorige stap</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/editor.py" line="248"/>
        <source>Next step ▶</source>
        <translation>Volgende stap ▶</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/editor.py" line="263"/>
        <source>Ask the room</source>
        <translation>Vraag het de groep</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/editor.py" line="294"/>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/editor.py" line="296"/>
        <source>Redo</source>
        <translation>Opnieuw</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/editor.py" line="306"/>
        <source>Zoom in</source>
        <translation>Inzoomen</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/editor.py" line="307"/>
        <source>Zoom out</source>
        <translation>Uitzoomen</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/editor.py" line="308"/>
        <source>Reset zoom</source>
        <translation>Zoom herstellen</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/editor.py" line="309"/>
        <source>Show guidance</source>
        <translation>Leidraad tonen</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/editor.py" line="317"/>
        <source>Next step</source>
        <translation>Volgende stap</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/editor.py" line="318"/>
        <source>Previous step</source>
        <translation>Vorige stap</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/editor.py" line="319"/>
        <source>Back to library</source>
        <translation>Terug naar bibliotheek</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/editor.py" line="348"/>
        <source>Saving…</source>
        <translation>Opslaan…</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/editor.py" line="371"/>
        <source>These values are not valid and were not saved:
{0}</source>
        <translation>Deze waarden zijn ongeldig en zijn niet opgeslagen:
{0}</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/editor.py" line="372"/>
        <source>Your latest changes could not be saved.</source>
        <translation>Je laatste wijzigingen konden niet worden opgeslagen.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/editor.py" line="415"/>
        <source>Step {0} · {1}</source>
        <translation>Stap {0} · {1}</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/editor.py" line="438"/>
        <source>Exported to {0}</source>
        <translation>Geëxporteerd naar {0}</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/editor.py" line="465"/>
        <source>No workshop is open.</source>
        <translation>Er is geen workshop geopend.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/editor.py" line="469"/>
        <source>These values are not valid and were not saved; correct them first:
{0}</source>
        <translation>Deze waarden zijn ongeldig en zijn niet opgeslagen; corrigeer ze eerst:
{0}</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/editor.py" line="475"/>
        <source>Your latest changes are not saved yet (see the status bar); sign once they are.</source>
        <translation>Je laatste wijzigingen zijn nog niet opgeslagen (zie de statusbalk); onderteken pas als dat gelukt is.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/editor.py" line="554"/>
        <source>(no client yet)</source>
        <translation>(nog geen klant)</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/editor.py" line="555"/>
        <source>(untitled workshop)</source>
        <translation>(workshop zonder titel)</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/editor.py" line="601"/>
        <source>Saved at {0}</source>
        <translation>Opgeslagen om {0}</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/editor.py" line="606"/>
        <source>Not saved yet — {0} Your changes are kept and saving is retried.</source>
        <translation>Nog niet opgeslagen – {0} Je wijzigingen blijven bewaard en opslaan wordt opnieuw geprobeerd.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/editor.py" line="611"/>
        <source>Some changes could not be saved: {0}</source>
        <translation>Sommige wijzigingen konden niet worden opgeslagen: {0}</translation>
    </message>
</context>
<context>
    <name>ExchangeFlow</name>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="30"/>
        <source>&amp;Import workshop…</source>
        <translation>Workshop &amp;importeren…</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="31"/>
        <source>E&amp;xport workshop…</source>
        <translation>Workshop e&amp;xporteren…</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="32"/>
        <source>Export workshop</source>
        <translation>Workshop exporteren</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="33"/>
        <source>Import workshop</source>
        <translation>Workshop importeren</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="34"/>
        <source>Something went wrong: %1</source>
        <translation>Er ging iets mis: %1</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="36"/>
        <source>Workshop files (*.slaw)</source>
        <translation>Workshopbestanden (*.slaw)</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="37"/>
        <source>Workshop files (*.slaw);;All files (*)</source>
        <translation>Workshopbestanden (*.slaw);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="38"/>
        <source>Workshop imported.</source>
        <translation>Workshop geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="39"/>
        <source>Workshop written to %1</source>
        <translation>Workshop opgeslagen in %1</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="40"/>
        <source>not recorded</source>
        <translation>niet vastgelegd</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="35"/>
        <location filename="../slaworkshop/ui/exchange_flow.py" line="273"/>
        <source>The workshop was not exported</source>
        <translation>De workshop is niet geëxporteerd</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/exchange_flow.py" line="291"/>
        <source>Checking “%1”…</source>
        <translation>“%1” wordt gecontroleerd…</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/exchange_flow.py" line="300"/>
        <location filename="../slaworkshop/ui/exchange_flow.py" line="352"/>
        <source>The workshop was not imported</source>
        <translation>De workshop is niet geïmporteerd</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/exchange_flow.py" line="331"/>
        <source>Importing…</source>
        <translation>Importeren…</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/exchange_flow.py" line="338"/>
        <source>Workshop imported with a warning</source>
        <translation>Workshop geïmporteerd, met een waarschuwing</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/exchange_flow.py" line="342"/>
        <source>The workshop was imported; its content is a draft until it is signed again.</source>
        <translation>De workshop is geïmporteerd; de inhoud is een concept tot die opnieuw is ondertekend.</translation>
    </message>
</context>
<context>
    <name>ExportFlow</name>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="41"/>
        <source>Agreement exported</source>
        <translation>Overeenkomst geëxporteerd</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="42"/>
        <source>Characters the PDF cannot show</source>
        <translation>Tekens die de PDF niet kan weergeven</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="43"/>
        <source>Export the agreement</source>
        <translation>Overeenkomst exporteren</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="44"/>
        <source>Exporting the agreement</source>
        <translation>Overeenkomst wordt geëxporteerd</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="45"/>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="46"/>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="47"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="48"/>
        <source>Show in folder</source>
        <translation>Tonen in map</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="49"/>
        <source>The PDF font cannot draw these characters of the workshop&apos;s text:

{0}
({1})

They would appear as empty boxes. Export anyway, or cancel and replace them?</source>
        <translation>Het lettertype van de PDF kan deze tekens uit de tekst van de workshop niet weergeven:

{0}
({1})

Ze zouden als lege vakjes verschijnen. Toch exporteren, of annuleren en ze vervangen?</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="50"/>
        <source>The agreement was not exported</source>
        <translation>De overeenkomst is niet geëxporteerd</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="51"/>
        <source>The agreement was written to
{0}
({1:.1f} s)</source>
        <translation>De overeenkomst is opgeslagen in
{0}
({1:.1f} s)</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="52"/>
        <source>Word document (*.docx)</source>
        <translation>Word-document (*.docx)</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="53"/>
        <source>Writing {0} …</source>
        <translation>{0} wordt geschreven …</translation>
    </message>
</context>
<context>
    <name>FindingsTree</name>
    <message>
        <location filename="../slaworkshop/ui/steps/review.py" line="166"/>
        <source>Step and open point</source>
        <translation>Stap en openstaand punt</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/review.py" line="166"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/review.py" line="226"/>
        <source>Step {0} · {1}</source>
        <translation>Stap {0} · {1}</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/review.py" line="228"/>
        <source>{0} · open points: {1}</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/review.py" line="241"/>
        <source>Double-click to go there.</source>
        <translation>Dubbelklik om erheen te gaan.</translation>
    </message>
</context>
<context>
    <name>FunnelPage</name>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="54"/>
        <source>Benchmark rate: every count above this stage rests on it.</source>
        <translation>Benchmarkpercentage: elk aantal boven deze fase berust erop.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="55"/>
        <source>Per half-year</source>
        <translation>Per halfjaar</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="56"/>
        <location filename="../slaworkshop/ui/steps/funnel.py" line="747"/>
        <source>Per month</source>
        <translation>Per maand</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="57"/>
        <source>Per quarter</source>
        <translation>Per kwartaal</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="58"/>
        <source>Per year</source>
        <translation>Per jaar</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="59"/>
        <source>a half-year</source>
        <translation>per halfjaar</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="60"/>
        <source>a month</source>
        <translation>per maand</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="61"/>
        <source>a quarter</source>
        <translation>per kwartaal</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="62"/>
        <source>a year</source>
        <translation>per jaar</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="63"/>
        <source>per half-year</source>
        <translation>per halfjaar</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="64"/>
        <location filename="../slaworkshop/ui/steps/funnel.py" line="887"/>
        <source>per month</source>
        <translation>per maand</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="65"/>
        <source>per quarter</source>
        <translation>per kwartaal</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="66"/>
        <source>per year</source>
        <translation>per jaar</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="67"/>
        <source>{0}: a rate cannot be more than 100 %.</source>
        <translation>{0}: een percentage kan niet hoger zijn dan 100 %.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="68"/>
        <source>{0}: a rate must be more than 0 % — at 0 % no lead ever reaches the next stage.</source>
        <translation>{0}: een percentage moet hoger zijn dan 0 % – bij 0 % bereikt geen enkele lead de volgende fase.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="69"/>
        <source>{0}: “{1}” is not a number.</source>
        <translation>{0}: “{1}” is geen getal.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/funnel.py" line="468"/>
        <location filename="../slaworkshop/ui/steps/funnel.py" line="472"/>
        <source>Revenue target</source>
        <translation>Omzetdoel</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/funnel.py" line="473"/>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/funnel.py" line="474"/>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/funnel.py" line="475"/>
        <source>Period starts</source>
        <translation>Begin periode</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/funnel.py" line="476"/>
        <source>Average deal size</source>
        <translation>Gemiddelde dealwaarde</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/funnel.py" line="477"/>
        <source>From marketing leads</source>
        <translation>Uit marketingleads</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/funnel.py" line="478"/>
        <source>Sales cycle</source>
        <translation>Verkoopcyclus</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/funnel.py" line="483"/>
        <source>Share of the revenue target expected from marketing-sourced leads</source>
        <translation>Aandeel van het omzetdoel dat uit door marketing gegenereerde leads moet komen</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/funnel.py" line="505"/>
        <source>Conversion rates</source>
        <translation>Conversiepercentages</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/funnel.py" line="514"/>
        <source>The stages come from step 3, Definitions: add, rename or reorder them there.</source>
        <translation>De fasen komen uit stap 3, Definities: voeg ze daar toe, geef ze een andere naam of wijzig de volgorde.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/funnel.py" line="517"/>
        <source>Edit the stages in step 3 ›</source>
        <translation>Fasen bewerken in stap 3 ›</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/funnel.py" line="530"/>
        <source>Needed per stage</source>
        <translation>Nodig per fase</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/funnel.py" line="547"/>
        <source>{0} rests on benchmark rates, not on your own data.</source>
        <translation>{0} berust op benchmarkpercentages, niet op eigen cijfers.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/funnel.py" line="553"/>
        <source>The counts per stage appear here.</source>
        <translation>Hier verschijnen de aantallen per fase.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/funnel.py" line="567"/>
        <source>The funnel</source>
        <translation>De funnel</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/funnel.py" line="577"/>
        <source>Can Sales follow up every lead?</source>
        <translation>Kan sales elke lead opvolgen?</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/funnel.py" line="581"/>
        <source>Sales reps</source>
        <translation>Verkopers</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/funnel.py" line="582"/>
        <source>Hours per rep a week</source>
        <translation>Uren per verkoper per week</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/funnel.py" line="583"/>
        <source>Minutes per attempt</source>
        <translation>Minuten per poging</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/funnel.py" line="589"/>
        <source>Hours each rep has per week for following up new leads</source>
        <translation>Uren die elke verkoper per week heeft voor het opvolgen van nieuwe leads</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/funnel.py" line="591"/>
        <source>Attempts per lead:</source>
        <translation>Pogingen per lead:</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/funnel.py" line="594"/>
        <source>Set in step 5, Handoff &amp; follow-up</source>
        <translation>Vastgelegd in stap 5, Overdracht &amp; opvolging</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/funnel.py" line="673"/>
        <source>Enter the revenue target, the average deal size and the share expected from marketing-sourced leads: the page then shows how many leads Marketing must deliver, per stage and per month.</source>
        <translation>Vul het omzetdoel, de gemiddelde dealwaarde en het verwachte aandeel uit marketingleads in: de pagina laat dan zien hoeveel leads marketing moet aanleveren, per fase en per maand.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/funnel.py" line="689"/>
        <source>Revenue from marketing-sourced leads: {0} {1}</source>
        <translation>Omzet uit marketingleads: {0} {1}</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/funnel.py" line="697"/>
        <source>, {0} a month</source>
        <translation>, {0} per maand</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/funnel.py" line="710"/>
        <source>Enter when the period starts to see by when its leads must arrive.</source>
        <translation>Vul het begin van de periode in om te zien wanneer de leads uiterlijk binnen moeten zijn.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/funnel.py" line="715"/>
        <source>Leads for a period starting on {0} must arrive by {1} (one sales cycle earlier).</source>
        <translation>Leads voor een periode die op {0} begint, moeten uiterlijk {1} binnen zijn (één verkoopcyclus eerder).</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/funnel.py" line="723"/>
        <source>The funnel needs at least two lifecycle stages that are part of it (for example Lead and Customer). Add them, or tick “Part of the funnel”, in step 3, Definitions.</source>
        <translation>De funnel heeft minstens twee lifecyclefasen nodig die erin meetellen (bijvoorbeeld Lead en Klant). Voeg ze toe, of vink “In de funnel” aan, in stap 3, Definities.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/funnel.py" line="747"/>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/funnel.py" line="784"/>
        <source>{0} of the rates are benchmarks, not your own data: the counts marked {1} rest on them. Replace them with your own figures as soon as you have them.</source>
        <translation>{0} van de percentages zijn benchmarks, geen eigen cijfers: de aantallen gemarkeerd met {1} berusten daarop. Vervang ze door eigen cijfers zodra je die hebt.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/funnel.py" line="798"/>
        <source>{0} = {1} {2} ÷ {3}, rounded up</source>
        <translation>{0} = {1} {2} ÷ {3}, naar boven afgerond</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/funnel.py" line="809"/>
        <source>{0} = {1} ÷ {2} a deal, rounded up</source>
        <translation>{0} = {1} ÷ {2} per deal, naar boven afgerond</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/funnel.py" line="820"/>
        <source>{0} rests on benchmark rates</source>
        <translation>{0} berust op benchmarkpercentages</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/funnel.py" line="864"/>
        <source>The funnel is drawn here once the target, deal size and rates are entered.</source>
        <translation>De funnel verschijnt hier zodra het doel, de dealwaarde en de percentages zijn ingevuld.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/funnel.py" line="866"/>
        <source>The funnel is drawn here once the problems above are put right.</source>
        <translation>De funnel verschijnt hier zodra de problemen hierboven zijn opgelost.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/funnel.py" line="877"/>
        <source>{0}: rests on benchmark rates</source>
        <translation>{0}: berust op benchmarkpercentages</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/funnel.py" line="888"/>
        <source>Hatched: the count rests on benchmark rates, not your own data.</source>
        <translation>Gearceerd: het aantal berust op benchmarkpercentages, niet op eigen cijfers.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/funnel.py" line="896"/>
        <source>not set yet — from step 5, Handoff &amp; follow-up</source>
        <translation>nog niet ingevuld – komt uit stap 5, Overdracht &amp; opvolging</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/funnel.py" line="898"/>
        <source>{0} — from step 5</source>
        <translation>{0} – uit stap 5</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/funnel.py" line="904"/>
        <source>Enter the sales reps, their weekly hours for follow-up and the minutes per attempt to check whether Sales can work every lead the funnel hands over.</source>
        <translation>Vul het aantal verkopers, hun uren per week voor opvolging en de minuten per poging in om te toetsen of sales elke lead uit de funnel kan opvolgen.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/funnel.py" line="912"/>
        <source>Not checked yet</source>
        <translation>Nog niet getoetst</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/funnel.py" line="925"/>
        <source>Cannot be checked yet</source>
        <translation>Nog niet te toetsen</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/funnel.py" line="933"/>
        <source>Sales can work every lead</source>
        <translation>Sales kan elke lead opvolgen</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/funnel.py" line="934"/>
        <source>Tight: little slack left</source>
        <translation>Krap: weinig speling over</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/funnel.py" line="935"/>
        <source>Over capacity: leads will go unanswered</source>
        <translation>Overbelast: leads blijven liggen</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/funnel.py" line="952"/>
        <source>Over capacity: following up every lead needs {0} of the time Sales has. Sales can handle {1} leads a month, the funnel hands over {2} ({3}). Add reps or hours, plan fewer or shorter attempts, or agree a lower target — otherwise leads go unanswered.</source>
        <translation>Overbelast: alle leads opvolgen kost {0} van de tijd die sales heeft. Sales kan {1} leads per maand aan, de funnel levert er {2} ({3}). Zet meer mensen of uren in, plan minder of kortere pogingen, of spreek een lager doel af – anders blijven leads liggen.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/funnel.py" line="964"/>
        <source>Tight: follow-up takes {0} of the time Sales has, with little slack for holidays or a busy month. Sales can handle {1} leads a month, the funnel hands over {2} ({3}).</source>
        <translation>Krap: opvolging kost {0} van de tijd die sales heeft, met weinig speling voor vakanties of een drukke maand. Sales kan {1} leads per maand aan, de funnel levert er {2} ({3}).</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/funnel.py" line="980"/>
        <source>Following up {0} {1} a month takes {2} hours; Sales has {3} hours a month for it, enough for {4} leads a month.</source>
        <translation>{0} {1} per maand opvolgen kost {2} uur; sales heeft daar {3} uur per maand voor, genoeg voor {4} leads per maand.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/funnel.py" line="995"/>
        <source>The funnel above does not compute yet, so there is no monthly volume to check.</source>
        <translation>De funnel hierboven is nog niet te berekenen, dus er is nog geen maandvolume om te toetsen.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/funnel.py" line="1000"/>
        <source>Attempts per lead: set the number of contact attempts in step 5, Handoff &amp; follow-up.</source>
        <translation>Pogingen per lead: leg het aantal contactpogingen vast in stap 5, Overdracht &amp; opvolging.</translation>
    </message>
</context>
<context>
    <name>GoalsPage</name>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="70"/>
        <source>1 goal</source>
        <translation>1 doel</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="71"/>
        <source>Goal {0}</source>
        <translation>Doel {0}</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="72"/>
        <source>No goal is about revenue or margin yet: tie at least one goal to money.</source>
        <translation>Nog geen enkel doel gaat over omzet of marge: koppel minstens één doel aan geld.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="73"/>
        <source>No goals yet. Start with the money: revenue, margin, then retention and satisfaction.</source>
        <translation>Nog geen doelen. Begin bij het geld: omzet, marge, daarna klantbehoud en tevredenheid.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="74"/>
        <source>No owner yet</source>
        <translation>Nog geen eigenaar</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="75"/>
        <source>by {0}</source>
        <translation>uiterlijk {0}</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="76"/>
        <source>from {0} to {1} ({2})</source>
        <translation>van {0} naar {1} ({2})</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="77"/>
        <source>no period or deadline</source>
        <translation>geen periode of deadline</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="78"/>
        <source>no target yet</source>
        <translation>nog geen doelwaarde</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="79"/>
        <source>shared</source>
        <translation>gezamenlijk</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="80"/>
        <source>target {0} (no baseline yet)</source>
        <translation>doelwaarde {0} (nog geen nulmeting)</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="81"/>
        <source>{0} agreed</source>
        <translation>{0} akkoord</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="82"/>
        <source>{0} disputed</source>
        <translation>{0} betwist</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="83"/>
        <source>{0} goals</source>
        <translation>{0} doelen</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="84"/>
        <source>{0} without owner</source>
        <translation>{0} zonder eigenaar</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="85"/>
        <source>“{0}” has no period and no deadline. SMART: say by when.</source>
        <translation>“{0}” heeft geen periode en geen deadline. SMART: leg vast wanneer.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="86"/>
        <source>“{0}” is a revenue goal owned by one side: both departments answer for revenue.</source>
        <translation>“{0}” is een omzetdoel van één kant: voor omzet zijn beide afdelingen verantwoordelijk.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/goals.py" line="267"/>
        <source>SMART goals both departments answer for</source>
        <translation>SMART-doelen van beide afdelingen</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/goals.py" line="292"/>
        <location filename="../slaworkshop/ui/steps/goals.py" line="397"/>
        <source>Selected goal</source>
        <translation>Gekozen doel</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/goals.py" line="300"/>
        <source> (what each side needs from the other):</source>
        <translation> (wat elke kant van de andere nodig heeft):</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/goals.py" line="308"/>
        <source>e.g. Marketing delivers the MQLs the funnel needs; Sales works them within the agreed times.</source>
        <translation>bijv. marketing levert de MQL’s die de funnel nodig heeft; sales volgt ze op binnen de afgesproken termijnen.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/goals.py" line="319"/>
        <source>Agreement note:</source>
        <translation>Toelichting:</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/goals.py" line="322"/>
        <source>e.g. the reservation, or who still has to agree</source>
        <translation>bijv. het voorbehoud, of wie nog akkoord moet gaan</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/goals.py" line="401"/>
        <source>Select a goal in the table to see and edit what the departments need from each other.</source>
        <translation>Selecteer een doel in de tabel om te zien en te bewerken wat de afdelingen van elkaar nodig hebben.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/goals.py" line="404"/>
        <source>Add the first goal; what each department needs from the other is noted here.</source>
        <translation>Voeg het eerste doel toe; hier noteer je wat elke afdeling van de andere nodig heeft.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/goals.py" line="410"/>
        <source>Goal {0}: {1}</source>
        <translation>Doel {0}: {1}</translation>
    </message>
</context>
<context>
    <name>GovernancePage</name>
    <message>
        <location filename="../slaworkshop/ui/steps/governance.py" line="207"/>
        <source>Meetings and core team</source>
        <translation>Overleg en kernteam</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/governance.py" line="216"/>
        <source>a participant, or any name</source>
        <translation>een deelnemer, of een andere naam</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/governance.py" line="230"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/governance.py" line="230"/>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/governance.py" line="230"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/governance.py" line="243"/>
        <source>Tick the people who prepare and run the review meetings: two to four, from both sides.</source>
        <translation>Vink de mensen aan die het evaluatieoverleg voorbereiden en leiden: twee tot vier, van beide kanten.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/governance.py" line="252"/>
        <source>Core team (tick {0} to {1} participants):</source>
        <translation>Kernteam (vink {0} tot {1} deelnemers aan):</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/governance.py" line="262"/>
        <source>Remove who is no longer a participant</source>
        <translation>Wie geen deelnemer meer is verwijderen</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/governance.py" line="287"/>
        <source>Standing agenda of the review meeting</source>
        <translation>Vaste agenda van het evaluatieoverleg</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/governance.py" line="298"/>
        <source>Escalation ladder</source>
        <translation>Escalatieladder</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/governance.py" line="317"/>
        <source>Pilot phase</source>
        <translation>Pilotfase</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/governance.py" line="322"/>
        <source>Term and amendments</source>
        <translation>Looptijd en wijzigingen</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/governance.py" line="328"/>
        <source>When is the pilot a success? e.g. service levels kept in 80 % of cases</source>
        <translation>Wanneer is de pilot geslaagd? bijv. serviceniveaus in 80 % van de gevallen gehaald</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/governance.py" line="330"/>
        <source>Who may propose a change, who agrees, and how it is signed</source>
        <translation>Wie mag een wijziging voorstellen, wie stemt ermee in, en hoe wordt die ondertekend</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/governance.py" line="335"/>
        <source>Scope</source>
        <translation>Reikwijdte</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/governance.py" line="344"/>
        <source>e.g. budgets, tools, internal processes</source>
        <translation>bijv. budgetten, tools, interne processen</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/governance.py" line="345"/>
        <source>Who is trained on what, and when?</source>
        <translation>Wie krijgt welke training, en wanneer?</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/governance.py" line="346"/>
        <source>e.g. force majeure, CRM outages, agreed holidays</source>
        <translation>bijv. overmacht, CRM-storingen, afgesproken vakanties</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/governance.py" line="544"/>
        <source>Participant {0}</source>
        <translation>Deelnemer {0}</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/governance.py" line="564"/>
        <source>no department</source>
        <translation>geen afdeling</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/governance.py" line="568"/>
        <source>{0} picked: {1}</source>
        <translation>{0} gekozen: {1}</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/governance.py" line="573"/>
        <source>Nobody picked yet.</source>
        <translation>Nog niemand gekozen.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/governance.py" line="580"/>
        <source>Nobody is listed in step 0 yet: add the participants there, then pick the core team here.</source>
        <translation>In stap 0 staat nog niemand: voeg daar de deelnemers toe en kies hier dan het kernteam.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/governance.py" line="586"/>
        <source>Who prepares and runs the review meetings? Tick two to four participants, from Marketing and from Sales.</source>
        <translation>Wie bereidt het evaluatieoverleg voor en leidt het? Vink twee tot vier deelnemers aan, van marketing én van sales.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/governance.py" line="604"/>
        <source>What is on the agenda of every review meeting, and what does each side bring? E.g. the SLA KPIs against target, lead quality and rejection reasons, upcoming campaigns, open actions.</source>
        <translation>Wat staat er bij elk evaluatieoverleg op de agenda, en wat brengt elke kant in? Bijv. de SLA-KPI’s ten opzichte van de doelwaarde, leadkwaliteit en afwijzingsredenen, komende campagnes, openstaande acties.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/governance.py" line="614"/>
        <source>What happens when a service level is missed? Each level says after what, who steps in, and within how long — e.g. the team leads within 2 business days, then the heads of department.</source>
        <translation>Wat gebeurt er als een serviceniveau niet wordt gehaald? Elk niveau zegt na welke aanleiding wie ingrijpt, en binnen welke termijn – bijv. eerst de teamleiders binnen 2 werkdagen, daarna de afdelingshoofden.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/governance.py" line="626"/>
        <source>Level {0} appears {1} times: give each step of the ladder its own level.</source>
        <translation>Niveau {0} komt {1} keer voor: geef elke trede van de ladder een eigen niveau.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/governance.py" line="637"/>
        <source>The pilot ends on {0}, before it starts on {1}: check the two dates.</source>
        <translation>De pilot eindigt op {0}, vóórdat hij begint op {1}: controleer beide datums.</translation>
    </message>
</context>
<context>
    <name>Guidance</name>
    <message>
        <location filename="../slaworkshop/ui/guidance.py" line="41"/>
        <source>Agree who is in the room and what the day is for. The agreement is carried by both departments only if both helped write it.</source>
        <translation>Spreek af wie er aan tafel zit en waar de dag voor is. De overeenkomst wordt alleen door beide afdelingen gedragen als ze er allebei aan hebben meegeschreven.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/guidance.py" line="47"/>
        <source>Who speaks for Marketing and who for Sales? Is each side represented by people who can commit?</source>
        <translation>Wie spreekt namens marketing en wie namens sales? Zitten er aan beide kanten mensen die toezeggingen kunnen doen?</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/guidance.py" line="51"/>
        <source>Is the group small enough to decide things — eight people at most?</source>
        <translation>Is de groep klein genoeg om knopen door te hakken – hooguit acht mensen?</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/guidance.py" line="54"/>
        <source>Is any side much larger than the other? A balanced delegation keeps the result shared.</source>
        <translation>Is één kant veel groter dan de andere? Met een evenwichtige afvaardiging blijft het resultaat van beide.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/guidance.py" line="58"/>
        <source>Which manager sponsors the agreement and will sign it at the end?</source>
        <translation>Welke manager is sponsor van de overeenkomst en ondertekent die aan het eind?</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/guidance.py" line="61"/>
        <source>In which language will the signed document be written?</source>
        <translation>In welke taal wordt het ondertekende document opgesteld?</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/guidance.py" line="63"/>
        <source>Avoid an agreement handed down from above: it is quicker to write and much harder to live by.</source>
        <translation>Leg de overeenkomst niet van bovenaf op: dat schrijft sneller, maar houdt veel moeilijker stand in de praktijk.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/guidance.py" line="72"/>
        <source>Set goals that both departments own, expressed in money and customers rather than activity.</source>
        <translation>Stel doelen vast waar beide afdelingen eigenaar van zijn, uitgedrukt in geld en klanten in plaats van activiteiten.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/guidance.py" line="77"/>
        <source>What revenue must new business bring in this year, and what margin?</source>
        <translation>Hoeveel omzet moet nieuwe business dit jaar opleveren, en met welke marge?</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/guidance.py" line="80"/>
        <source>How should retention, churn and customer satisfaction develop?</source>
        <translation>Hoe moeten klantbehoud, churn en klanttevredenheid zich ontwikkelen?</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/guidance.py" line="83"/>
        <source>For each goal: which metric, where do we stand today, what is the target, by when, and who owns it?</source>
        <translation>Per doel: welke indicator, waar staan we nu, wat is de doelwaarde, wanneer, en wie is eigenaar?</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/guidance.py" line="87"/>
        <source>Which goals are shared, and which sub-goals belong to one side?</source>
        <translation>Welke doelen zijn gezamenlijk, en welke subdoelen horen bij één kant?</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/guidance.py" line="90"/>
        <source>Where does one department depend on the other to reach its goal?</source>
        <translation>Waar is de ene afdeling van de andere afhankelijk om haar doel te halen?</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/guidance.py" line="94"/>
        <source>Teams that measure themselves the same way and share incentives pull in the same direction; “more traffic” and “more deals” are not shared goals yet.</source>
        <translation>Teams die op dezelfde manier meten en dezelfde incentives delen, trekken dezelfde kant op; “meer traffic” en “meer deals” zijn nog geen gezamenlijke doelen.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/guidance.py" line="104"/>
        <source>Work backwards from the revenue target to the number of leads Marketing has to deliver.</source>
        <translation>Reken terug van het omzetdoel naar het aantal leads dat marketing moet aanleveren.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/guidance.py" line="109"/>
        <source>What is the revenue target for the period, and the average deal size?</source>
        <translation>Wat is het omzetdoel voor de periode, en de gemiddelde dealwaarde?</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/guidance.py" line="112"/>
        <source>What share of new revenue should come from leads Marketing generates?</source>
        <translation>Welk deel van de nieuwe omzet moet uit leads van marketing komen?</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/guidance.py" line="115"/>
        <source>What share of leads becomes MQL, SAL, SQL, opportunity and won deal — from our own data, or only a benchmark?</source>
        <translation>Welk deel van de leads wordt MQL, SAL, SQL, opportunity en gewonnen deal – op basis van eigen cijfers, of alleen een benchmark?</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/guidance.py" line="119"/>
        <source>How long is the sales cycle, so by when must the leads arrive?</source>
        <translation>Hoe lang is de verkoopcyclus, en wanneer moeten de leads dus uiterlijk binnen zijn?</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/guidance.py" line="122"/>
        <source>How much follow-up capacity does Sales really have for that volume?</source>
        <translation>Hoeveel opvolgcapaciteit heeft sales werkelijk voor dat volume?</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/guidance.py" line="126"/>
        <source>Plans built on other companies&apos; conversion rates are the usual reason a reverse funnel fails; mark every borrowed rate.</source>
        <translation>Een omgekeerde funnel loopt meestal stuk op conversiepercentages van andere bedrijven; markeer elk geleend percentage.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/guidance.py" line="136"/>
        <source>Give every stage of the customer&apos;s life one meaning for both departments.</source>
        <translation>Geef elke fase in de lifecycle van de klant één betekenis voor beide afdelingen.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/guidance.py" line="140"/>
        <source>Which stages do we use — contact, lead, MQL, SAL, SQL, opportunity, customer, renewal?</source>
        <translation>Welke fasen gebruiken we – contact, lead, MQL, SAL, SQL, opportunity, klant, verlenging?</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/guidance.py" line="144"/>
        <source>For each stage: what defines it, what must be true to enter it, and which department owns it?</source>
        <translation>Per fase: wat kenmerkt die, waaraan moet een lead voldoen om erin te komen, en welke afdeling is eigenaar?</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/guidance.py" line="148"/>
        <source>What makes a lead marketing-qualified, and what makes it sales-qualified?</source>
        <translation>Wanneer is een lead marketing-qualified, en wanneer sales-qualified?</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/guidance.py" line="151"/>
        <source>For which reasons is a lead disqualified, and which of them send it back to nurturing?</source>
        <translation>Om welke redenen wordt een lead gediskwalificeerd, en bij welke gaat hij terug naar nurturing?</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/guidance.py" line="155"/>
        <source>Which stages does an opportunity go through until it is won or lost?</source>
        <translation>Welke fasen doorloopt een opportunity tot die gewonnen of verloren is?</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/guidance.py" line="159"/>
        <source>If one side cannot explain a stage in a sentence, the definition is not finished.</source>
        <translation>Kan één kant een fase niet in één zin uitleggen, dan is de definitie nog niet af.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/guidance.py" line="167"/>
        <source>Decide how a lead earns its way to Sales: by who it is (fit) and by what it does (interest).</source>
        <translation>Bepaal hoe een lead zich een plek bij sales verdient: door wie hij is (fit) en door wat hij doet (interesse).</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/guidance.py" line="172"/>
        <source>Fit: is the person in our target persona, an influencer or a decision maker? Which company size and industry?</source>
        <translation>Fit: past de persoon in onze doelpersona, is het een beïnvloeder of een beslisser? Welke bedrijfsgrootte en branche?</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/guidance.py" line="176"/>
        <source>Interest: which behaviour shows knowledge, consideration or urgency along the buyer&apos;s journey?</source>
        <translation>Interesse: welk gedrag toont kennis, overweging of urgentie in de buyer journey?</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/guidance.py" line="180"/>
        <source>How many points does each criterion earn — and what should cost points?</source>
        <translation>Hoeveel punten levert elk criterium op – en wat moet punten kosten?</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/guidance.py" line="183"/>
        <source>From which score is a lead an MQL?</source>
        <translation>Vanaf welke score is een lead een MQL?</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/guidance.py" line="184"/>
        <source>Try a few real leads from last month: would the model have sent the right ones?</source>
        <translation>Test een paar echte leads van vorige maand: zou het model de juiste hebben doorgestuurd?</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/guidance.py" line="188"/>
        <source>A threshold that fit alone can reach lets uninterested leads through.</source>
        <translation>Een drempel die met fit alleen al te halen is, laat leads zonder interesse door.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/guidance.py" line="196"/>
        <source>Agree what happens between the moment a lead is ready and the first conversation.</source>
        <translation>Spreek af wat er gebeurt tussen het moment dat een lead klaar is en het eerste gesprek.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/guidance.py" line="200"/>
        <source>What triggers the handoff: a score threshold, or a request such as a demo or consultation?</source>
        <translation>Wat zet de overdracht in gang: een scoredrempel, of een aanvraag zoals een demo of adviesgesprek?</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/guidance.py" line="204"/>
        <source>Which information travels with the lead, and how is Sales notified?</source>
        <translation>Welke informatie gaat met de lead mee, en hoe wordt sales op de hoogte gebracht?</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/guidance.py" line="207"/>
        <source>Within what time does Sales accept or reject the lead, and within what time is the first contact?</source>
        <translation>Binnen welke termijn accepteert of weigert sales de lead, en binnen welke termijn volgt het eerste contact?</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/guidance.py" line="211"/>
        <source>How many attempts, on which channels, with how long between them — and how are outcomes recorded?</source>
        <translation>Hoeveel pogingen, via welke kanalen, met hoeveel tijd ertussen – en hoe worden de uitkomsten vastgelegd?</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/guidance.py" line="215"/>
        <source>After how many failed attempts, or for which reasons, does a lead go back to Marketing, and into which track?</source>
        <translation>Na hoeveel mislukte pogingen, of om welke redenen, gaat een lead terug naar marketing, en in welke track?</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/guidance.py" line="220"/>
        <source>Many leads are never followed up at all; fast, agreed feedback (for example within 24 hours) is what makes the handoff work.</source>
        <translation>Veel leads worden nooit opgevolgd; snelle, afgesproken terugkoppeling (bijvoorbeeld binnen 24 uur) is wat de overdracht laat werken.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/guidance.py" line="230"/>
        <source>Plan what happens to leads that are not ready yet, and how Marketing helps Sales close.</source>
        <translation>Plan wat er gebeurt met leads die nog niet klaar zijn, en hoe marketing sales helpt deals te sluiten.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/guidance.py" line="235"/>
        <source>Which nurture tracks do we run for awareness, consideration and decision, with which content?</source>
        <translation>Welke nurturing-tracks zetten we in voor de awareness-, consideration- en decisionfase, en met welke content?</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/guidance.py" line="239"/>
        <source>When may Sales put a lead into a nurture track by hand?</source>
        <translation>Wanneer mag sales een lead handmatig in een nurturing-track zetten?</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/guidance.py" line="240"/>
        <source>Which material does Sales need during an opportunity, who provides it, and how quickly?</source>
        <translation>Welk materiaal heeft sales nodig tijdens een opportunity, wie levert het, en hoe snel?</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/guidance.py" line="251"/>
        <source>Choose the few numbers that show whether both sides keep their promises.</source>
        <translation>Kies de paar cijfers die laten zien of beide kanten hun afspraken nakomen.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/guidance.py" line="255"/>
        <source>Which KPIs follow from our goals — MQLs per month, conversion between stages, response time, contact attempts, acceptance rate, win rate, revenue contribution?</source>
        <translation>Welke KPI’s volgen uit onze doelen – MQL’s per maand, conversie tussen fasen, reactietijd, contactpogingen, acceptatiegraad, winrate, omzetbijdrage?</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/guidance.py" line="259"/>
        <source>For each: how is it calculated, who owns it, what is the target, and when is it amber or red?</source>
        <translation>Per KPI: hoe wordt die berekend, wie is eigenaar, wat is de doelwaarde, en wanneer staat hij op oranje of rood?</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/guidance.py" line="263"/>
        <source>How often is it measured, and from which source — CRM or dashboard?</source>
        <translation>Hoe vaak wordt er gemeten, en uit welke bron – CRM of dashboard?</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/guidance.py" line="267"/>
        <source>A KPI nobody can pull from the data is a wish, not a service level.</source>
        <translation>Een KPI die niemand uit de data kan halen, is een wens en geen serviceniveau.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/guidance.py" line="275"/>
        <source>Keep the agreement alive after the workshop.</source>
        <translation>Houd de overeenkomst levend na de workshop.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/guidance.py" line="277"/>
        <source>How often does the core team meet — weekly, every two weeks, monthly — and who are its two to four members from both sides?</source>
        <translation>Hoe vaak komt het kernteam bijeen – wekelijks, tweewekelijks, maandelijks – en wie zijn de twee tot vier leden van beide kanten?</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/guidance.py" line="281"/>
        <source>What is on the standing agenda, what does each side report, and who writes minutes and action items?</source>
        <translation>Wat staat er op de vaste agenda, waarover rapporteert elke kant, en wie maakt de notulen en de actiepunten?</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/guidance.py" line="285"/>
        <source>Who is called in when a threshold is breached, after how long, and at which level?</source>
        <translation>Wie wordt ingeschakeld als een drempel wordt overschreden, na hoeveel tijd, en op welk niveau?</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/guidance.py" line="289"/>
        <source>Do we start with a pilot? From when to when, and how will we evaluate it?</source>
        <translation>Beginnen we met een pilot? Van wanneer tot wanneer, en hoe evalueren we die?</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/guidance.py" line="292"/>
        <source>When do we review and renew the agreement, and how are changes made?</source>
        <translation>Wanneer evalueren en verlengen we de overeenkomst, en hoe worden wijzigingen doorgevoerd?</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/guidance.py" line="295"/>
        <source>What stays outside the agreement (budgets, for example), which training is needed, and which exclusions apply?</source>
        <translation>Wat valt buiten de overeenkomst (bijvoorbeeld budgetten), welke training is nodig, en welke uitsluitingen gelden er?</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/guidance.py" line="300"/>
        <source>An agreement without a review rhythm is forgotten within a quarter.</source>
        <translation>Een overeenkomst zonder vast evaluatieritme is binnen een kwartaal vergeten.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/guidance.py" line="308"/>
        <source>Check that everything is settled, then sign.</source>
        <translation>Controleer of alles is afgehandeld, en onderteken dan.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/guidance.py" line="310"/>
        <source>Is every section complete? Which points are still open, disputed or parked?</source>
        <translation>Is elk onderdeel compleet? Welke punten staan nog open, zijn betwist of geparkeerd?</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/guidance.py" line="313"/>
        <source>Which reservations do we write down with the agreement?</source>
        <translation>Welke voorbehouden leggen we vast bij de overeenkomst?</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/guidance.py" line="314"/>
        <source>Who signs for Marketing, who for Sales, and who sponsors it?</source>
        <translation>Wie tekent voor marketing, wie voor sales, en wie is sponsor?</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/guidance.py" line="317"/>
        <source>From which date does the agreement apply?</source>
        <translation>Vanaf welke datum geldt de overeenkomst?</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/guidance.py" line="319"/>
        <source>Once signed, the version is frozen; any later change becomes a new version that is signed again.</source>
        <translation>Na ondertekening ligt de versie vast; elke latere wijziging wordt een nieuwe versie die opnieuw wordt ondertekend.</translation>
    </message>
</context>
<context>
    <name>GuidanceOnlyPage</name>
    <message>
        <location filename="../slaworkshop/ui/steps/base.py" line="54"/>
        <source>Questions for the room</source>
        <translation>Vragen voor de groep</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/base.py" line="69"/>
        <source>This step has no form to fill in yet. Lead the discussion with these questions and note the answers on the flip chart; the step&apos;s form comes with a later version of SLA Workshop.</source>
        <translation>Deze stap heeft nog geen formulier. Leid het gesprek met deze vragen en noteer de antwoorden op de flip-over; het formulier voor deze stap komt in een latere versie van SLA Workshop.</translation>
    </message>
</context>
<context>
    <name>HandoffPage</name>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="87"/>
        <source>1 business day</source>
        <translation>1 werkdag</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="88"/>
        <source>1 hour</source>
        <translation>1 uur</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="89"/>
        <source>Accept or reject due (SAL, within {0})</source>
        <translation>Uiterste moment accepteren of weigeren (SAL, binnen {0})</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="90"/>
        <source>An empty entry between two commas is ignored ({0} in the list).</source>
        <translation>Een lege invoer tussen twee komma’s wordt genegeerd ({0} in de lijst).</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="91"/>
        <source>Attempt by attempt:</source>
        <translation>Per poging:</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="92"/>
        <source>Attempt {0} of {1}</source>
        <translation>Poging {0} van {1}</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="93"/>
        <source>Attempt {0} of {1}: {2}</source>
        <translation>Poging {0} van {1}: {2}</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="94"/>
        <source>Business hours begin: the clock starts</source>
        <translation>Begin kantoortijd: de klok gaat lopen</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="95"/>
        <source>Channels in order:</source>
        <translation>Kanalen op volgorde:</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="96"/>
        <source>First contact due (within {0})</source>
        <translation>Uiterste moment eerste contact (binnen {0})</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="97"/>
        <source>Handoff outside business hours: the clock waits</source>
        <translation>Overdracht buiten kantoortijd: de klok wacht</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="98"/>
        <source>Handoff: the clock starts</source>
        <translation>Overdracht: de klok gaat lopen</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="99"/>
        <source>No contact made: the lead goes back to Marketing</source>
        <translation>Geen contact gelukt: de lead gaat terug naar marketing</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="100"/>
        <source>No contact made: the lead goes back to Marketing, into “{0}”</source>
        <translation>Geen contact gelukt: de lead gaat terug naar marketing, naar “{0}”</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="101"/>
        <source>Only 1 attempt is agreed, so these channels are never used: {0}.</source>
        <translation>Er is maar 1 poging afgesproken, dus deze kanalen worden nooit gebruikt: {0}.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="102"/>
        <source>Only {0} attempts are agreed, so these channels are never used: {1}.</source>
        <translation>Er zijn maar {0} pogingen afgesproken, dus deze kanalen worden nooit gebruikt: {1}.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="103"/>
        <source>Weekend: not counted</source>
        <translation>Weekend: telt niet mee</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="104"/>
        <source>and {0} more</source>
        <translation>en nog {0}</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="105"/>
        <location filename="../slaworkshop/ui/steps/handoff.py" line="966"/>
        <source>{0} business days</source>
        <translation>{0} werkdagen</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="106"/>
        <source>{0} hours</source>
        <translation>{0} uur</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="107"/>
        <source>{0} is read as one channel: separate channels with commas, not semicolons.</source>
        <translation>{0} wordt gelezen als één kanaal: scheid kanalen met komma’s, niet met puntkomma’s.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="108"/>
        <source>… and {0} more</source>
        <translation>… en nog {0}</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/handoff.py" line="479"/>
        <source>How far the room agrees on this section as a whole</source>
        <translation>In hoeverre de groep het eens is over dit onderdeel als geheel</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/handoff.py" line="499"/>
        <source>Triggers and the information handed over</source>
        <translation>Triggers en overgedragen informatie</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/handoff.py" line="521"/>
        <source>When does a lead go to Sales?</source>
        <translation>Wanneer gaat een lead naar sales?</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/handoff.py" line="524"/>
        <source>What travels with the lead?</source>
        <translation>Wat gaat er met de lead mee?</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/handoff.py" line="531"/>
        <source>Notification and the SAL window</source>
        <translation>Melding en SAL-termijn</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/handoff.py" line="539"/>
        <source>Agreement on the handoff:</source>
        <translation>Overeenstemming over de overdracht:</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/handoff.py" line="543"/>
        <source>Follow-up by Sales</source>
        <translation>Opvolging door sales</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/handoff.py" line="566"/>
        <source>e.g. phone, e-mail, phone, video call</source>
        <translation>bijv. telefoon, e-mail, telefoon, videogesprek</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/handoff.py" line="577"/>
        <source>Channels, in order</source>
        <translation>Kanalen, op volgorde</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/handoff.py" line="583"/>
        <location filename="../slaworkshop/ui/steps/handoff.py" line="616"/>
        <source>Agreement:</source>
        <translation>Overeenstemming:</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/handoff.py" line="587"/>
        <source>Reverse handoff: back to Marketing</source>
        <translation>Terugoverdracht: terug naar marketing</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/handoff.py" line="590"/>
        <source>empty or 0: after the last agreed attempt</source>
        <translation>leeg of 0: na de laatste afgesproken poging</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/handoff.py" line="620"/>
        <source>Follow-up cadence: one lead, day by day</source>
        <translation>Opvolgritme: één lead, dag voor dag</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/handoff.py" line="621"/>
        <source>Example handoff:</source>
        <translation>Overdracht op:</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/handoff.py" line="622"/>
        <source>Only for this plan: the example handoff is not stored</source>
        <translation>Alleen voor dit schema: de voorbeeldoverdracht wordt niet opgeslagen</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/handoff.py" line="633"/>
        <source>Try Friday 16:30</source>
        <translation>Vrijdag 16:30</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/handoff.py" line="634"/>
        <source>A handoff late on a Friday shows how the weekend is skipped</source>
        <translation>Een overdracht laat op vrijdag laat zien hoe het weekend wordt overgeslagen</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/handoff.py" line="635"/>
        <source>Reset</source>
        <translation>Herstellen</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/handoff.py" line="638"/>
        <source>Back to 10:00 on the workshop&apos;s first working day</source>
        <translation>Terug naar 10:00 op de eerste werkdag van de workshop</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/handoff.py" line="662"/>
        <source>Business
day</source>
        <translation>Werk-
dag</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/handoff.py" line="662"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/handoff.py" line="662"/>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/handoff.py" line="662"/>
        <source>What happens</source>
        <translation>Wat er gebeurt</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/handoff.py" line="666"/>
        <source>Business day 1 is the day the clock starts</source>
        <translation>Werkdag 1 is de dag waarop de klok begint te lopen</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/handoff.py" line="825"/>
        <source>A trigger uses the score threshold; step 4 has no MQL threshold yet.</source>
        <translation>Een trigger gebruikt de scoredrempel; stap 4 heeft nog geen MQL-drempel.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/handoff.py" line="827"/>
        <source>MQL threshold from step 4: {0} points.</source>
        <translation>MQL-drempel uit stap 4: {0} punten.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/handoff.py" line="852"/>
        <source>Capacity on step 2: {0} % — more than Sales can work</source>
        <translation>Capaciteit volgens stap 2: {0} % – meer dan sales aankan</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/handoff.py" line="855"/>
        <source>Capacity on step 2: {0} % — little slack</source>
        <translation>Capaciteit volgens stap 2: {0} % – weinig speling</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/handoff.py" line="858"/>
        <source>Capacity on step 2: {0} %</source>
        <translation>Capaciteit volgens stap 2: {0} %</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/handoff.py" line="870"/>
        <source>Sales&apos; follow-up hours needed for the funnel&apos;s leads, from step 2</source>
        <translation>Opvolguren die sales nodig heeft voor de leads uit de funnel, uit stap 2</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/handoff.py" line="889"/>
        <source>Reasons of step 3: {0} (♻ = recycled to nurturing)</source>
        <translation>Redenen uit stap 3: {0} (♻ = terug naar nurturing)</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/handoff.py" line="902"/>
        <source>“{0}” is not a nurture track of step 6: pick one from the list or add it there.</source>
        <translation>“{0}” is geen nurturing-track uit stap 6: kies er een uit de lijst of voeg hem daar toe.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/handoff.py" line="918"/>
        <source>Channels</source>
        <translation>Kanalen</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/handoff.py" line="923"/>
        <source>Enter the first-contact time, the number of attempts and the business days between them: the plan of a handed-over lead appears here, day by day.</source>
        <translation>Vul de termijn voor het eerste contact, het aantal pogingen en de werkdagen ertussen in: hier verschijnt dan het schema van een overgedragen lead, dag voor dag.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/handoff.py" line="933"/>
        <source>Still to enter: {0}.</source>
        <translation>Nog in te vullen: {0}.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/handoff.py" line="961"/>
        <source>{attempts} over {days}: the lead handed over on {handoff} goes back to Marketing on business day {back} ({date}) if Sales never reaches it. Business days are Monday to Friday; the clock starts within business hours (09:00–17:00).</source>
        <translation>{attempts} verspreid over {days}: de lead die op {handoff} is overgedragen, gaat op werkdag {back} ({date}) terug naar marketing als sales hem nooit bereikt. Werkdagen zijn maandag tot en met vrijdag; de klok start binnen kantoortijd (09:00–17:00).</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/handoff.py" line="965"/>
        <source>1 attempt</source>
        <translation>1 poging</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/handoff.py" line="965"/>
        <source>{0} attempts</source>
        <translation>{0} pogingen</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../slaworkshop/ui/exchange_flow.py" line="112"/>
        <source>Import workshop</source>
        <translation>Workshop importeren</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/exchange_flow.py" line="118"/>
        <source>The file “%1” holds this workshop:</source>
        <translation>Het bestand “%1” bevat deze workshop:</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/exchange_flow.py" line="129"/>
        <source>none signed</source>
        <translation>geen ondertekend</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/exchange_flow.py" line="131"/>
        <source>1 signed version (version %1)</source>
        <translation>1 ondertekende versie (versie %1)</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/exchange_flow.py" line="134"/>
        <source>%1 signed versions (latest: version %2)</source>
        <translation>%1 ondertekende versies (laatste: versie %2)</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/exchange_flow.py" line="139"/>
        <source>Client:</source>
        <translation>Klant:</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/exchange_flow.py" line="139"/>
        <source>(no client)</source>
        <translation>(geen klant)</translation>
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
        <translation>(zonder titel)</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/exchange_flow.py" line="141"/>
        <source>Versions:</source>
        <translation>Versies:</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/exchange_flow.py" line="142"/>
        <source>Last change:</source>
        <translation>Laatst gewijzigd:</translation>
    </message>
    <message>
        <source>Not imported as signed (the file was changed after signing):</source>
        <translation type="vanished">Niet als ondertekend geïmporteerd (het bestand is na de ondertekening gewijzigd):</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/exchange_flow.py" line="165"/>
        <source>This workshop exists here already (“%1”). Import the file as a copy next to it, or replace the local workshop with the file&apos;s content. Nothing is merged.</source>
        <translation>Deze workshop bestaat hier al (“%1”). Importeer het bestand als kopie ernaast, of vervang de workshop op deze computer door de inhoud van het bestand. Er wordt niets samengevoegd.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/exchange_flow.py" line="171"/>
        <source>Import as copy</source>
        <translation>Als kopie importeren</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/exchange_flow.py" line="172"/>
        <source>Replace</source>
        <translation>Vervangen</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/exchange_flow.py" line="180"/>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
</context>
<context>
    <name>KpisPage</name>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="109"/>
        <source>Average number of logged attempts before a lead is reached or returned to Marketing.</source>
        <translation>Gemiddeld aantal gelogde pogingen voordat een lead bereikt of aan marketing teruggegeven wordt.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="110"/>
        <source>CRM</source>
        <translation>CRM</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="111"/>
        <source>CRM activity log</source>
        <translation>Activiteitenlog in het CRM</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="112"/>
        <source>CRM funnel report</source>
        <translation>Funnelrapport in het CRM</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="113"/>
        <source>CRM with campaign attribution</source>
        <translation>CRM met campagneattributie</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="114"/>
        <source>Contact attempts per lead</source>
        <translation>Contactpogingen per lead</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="115"/>
        <source>Deals won per month</source>
        <translation>Gewonnen deals per maand</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="116"/>
        <source>Lead response time</source>
        <translation>Reactietijd op leads</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="117"/>
        <source>Leads per month</source>
        <translation>Leads per maand</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="118"/>
        <source>MQLs</source>
        <translation>MQL’s</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="119"/>
        <source>MQLs delivered per month</source>
        <translation>Geleverde MQL’s per maand</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="120"/>
        <source>Median time from handoff to the first contact attempt.</source>
        <translation>Mediane tijd van overdracht tot de eerste contactpoging.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="121"/>
        <source>Median time from handoff to the rep&apos;s accept or reject decision in the CRM.</source>
        <translation>Mediane tijd van overdracht tot het besluit van de accountmanager in het CRM om te accepteren of te weigeren.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="122"/>
        <source>Number of MQLs Sales accepted in the month.</source>
        <translation>Aantal MQL’s dat sales in de maand heeft geaccepteerd.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="123"/>
        <source>Number of deals won from marketing-sourced leads in the month.</source>
        <translation>Aantal deals dat in de maand is gewonnen uit marketingleads.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="124"/>
        <source>Number of leads Sales qualified as SQL in the month.</source>
        <translation>Aantal leads dat sales in de maand als SQL heeft gekwalificeerd.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="125"/>
        <source>Number of leads that became MQL in the month.</source>
        <translation>Aantal leads dat in de maand MQL werd.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="126"/>
        <source>Number of new leads created in the month.</source>
        <translation>Aantal nieuwe leads dat in de maand is aangemaakt.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="127"/>
        <source>Number of opportunities opened from marketing-sourced leads in the month.</source>
        <translation>Aantal opportunities dat in de maand is geopend uit marketingleads.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="128"/>
        <source>Opportunities per month</source>
        <translation>Opportunities per maand</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="129"/>
        <source>Revenue from marketing-sourced leads</source>
        <translation>Omzet uit marketingleads</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="130"/>
        <source>SALs</source>
        <translation>SAL’s</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="131"/>
        <source>SALs per month</source>
        <translation>SAL’s per maand</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="132"/>
        <source>SQLs</source>
        <translation>SQL’s</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="133"/>
        <source>SQLs per month</source>
        <translation>SQL’s per maand</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="134"/>
        <source>Time to accept or reject</source>
        <translation>Tijd tot accepteren of weigeren</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="135"/>
        <source>Won revenue of opportunities whose first source is a marketing campaign.</source>
        <translation>Gewonnen omzet van opportunities waarvan de eerste bron een marketingcampagne is.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="136"/>
        <source>attempts</source>
        <translation>pogingen</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="137"/>
        <source>business days</source>
        <translation>werkdagen</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="138"/>
        <source>deals</source>
        <translation>deals</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="139"/>
        <source>hours</source>
        <translation>uur</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="140"/>
        <source>leads</source>
        <translation>leads</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="141"/>
        <source>opportunities</source>
        <translation>opportunities</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="142"/>
        <source>step 2: MQLs per month</source>
        <translation>stap 2: MQL’s per maand</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="143"/>
        <source>step 2: SALs per month</source>
        <translation>stap 2: SAL’s per maand</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="144"/>
        <source>step 2: SQLs per month</source>
        <translation>stap 2: SQL’s per maand</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="145"/>
        <source>step 2: deals won per month</source>
        <translation>stap 2: gewonnen deals per maand</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="146"/>
        <source>step 2: leads per month</source>
        <translation>stap 2: leads per maand</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="147"/>
        <source>step 2: marketing-sourced revenue</source>
        <translation>stap 2: omzet uit marketingleads</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="148"/>
        <source>step 2: opportunities per month</source>
        <translation>stap 2: opportunities per maand</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="149"/>
        <source>step 4: MQL score threshold</source>
        <translation>stap 4: MQL-scoredrempel</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="150"/>
        <source>step 5: contact attempts per lead</source>
        <translation>stap 5: contactpogingen per lead</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="151"/>
        <source>step 5: time to accept or reject</source>
        <translation>stap 5: tijd tot SAL-besluit</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="152"/>
        <source>step 5: time to first contact</source>
        <translation>stap 5: tijd tot eerste contact</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/kpis.py" line="409"/>
        <source>KPIs both sides report on</source>
        <translation>KPI’s voor beide kanten</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/kpis.py" line="423"/>
        <source>Add KPI</source>
        <translation>KPI toevoegen</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/kpis.py" line="425"/>
        <source>Propose KPIs from earlier steps</source>
        <translation>KPI’s voorstellen</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/kpis.py" line="429"/>
        <source>Adds a KPI for every value of the funnel (step 2) and the follow-up rules (step 5) that no KPI follows yet; its target keeps following that value. One undo removes them all.</source>
        <translation>Voegt een KPI toe voor elke waarde uit de funnel (stap 2) en de opvolgafspraken (stap 5) die nog door geen enkele KPI wordt gevolgd; de doelwaarde blijft die waarde volgen. Eén keer ongedaan maken haalt ze allemaal weg.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/kpis.py" line="454"/>
        <source>Selected KPI</source>
        <translation>Gekozen KPI</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/kpis.py" line="457"/>
        <source>— not linked: the target is typed —</source>
        <translation>— niet gekoppeld: zelf ingevuld —</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/kpis.py" line="464"/>
        <source>e.g. MQLs, hours, %, EUR</source>
        <translation>bijv. MQL’s, uren, %, EUR</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/kpis.py" line="468"/>
        <source>How exactly is it counted? e.g. “Accepted MQLs ÷ MQLs handed over, per month”</source>
        <translation>Hoe wordt er precies geteld? bijv. “Geaccepteerde MQL’s ÷ overgedragen MQL’s, per maand”</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/kpis.py" line="473"/>
        <source>Where the number comes from, e.g. “CRM report MQL by month”</source>
        <translation>Waar het cijfer vandaan komt, bijv. “CRM-rapport MQL per maand”</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/kpis.py" line="477"/>
        <source>The reservation, or who still has to agree</source>
        <translation>Het voorbehoud, of wie nog akkoord moet gaan</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/kpis.py" line="507"/>
        <source>How to read the table</source>
        <translation>Zo lees je de tabel</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/kpis.py" line="517"/>
        <source>The target follows an earlier step and changes with it; typing a target by hand unlinks it.</source>
        <translation>De doelwaarde volgt een eerdere stap en verandert mee; typ je zelf een doelwaarde, dan vervalt de koppeling.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/kpis.py" line="617"/>
        <source>KPI {0}</source>
        <translation>KPI {0}</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/kpis.py" line="636"/>
        <source>“{0}” follows {1}, which does not compute yet: its target stays as it is.</source>
        <translation>“{0}” volgt {1}, maar dat is nog niet te berekenen: de doelwaarde blijft zoals die is.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/kpis.py" line="645"/>
        <source>“{0}”: step 5 counts this time in {1}, but the KPI&apos;s unit is “{2}”.</source>
        <translation>“{0}”: stap 5 telt deze termijn in {1}, maar de eenheid van de KPI is “{2}”.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/kpis.py" line="655"/>
        <source>No KPIs yet. Propose them from the funnel and the follow-up rules, or add your own — typical are MQLs per month, lead response time, SAL acceptance rate and win rate.</source>
        <translation>Nog geen KPI’s. Laat ze voorstellen op basis van de funnel en de opvolgafspraken, of voeg je eigen KPI’s toe – gebruikelijk zijn MQL’s per maand, reactietijd op leads, SAL-acceptatiegraad en winrate.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/kpis.py" line="662"/>
        <source>“{0}” no longer follows {1}: its target was typed by hand. Pick it again under “Follows” below the table to link it.</source>
        <translation>“{0}” volgt {1} niet meer: de doelwaarde is handmatig ingevuld. Kies het opnieuw bij “Volgt” onder de tabel om weer te koppelen.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/kpis.py" line="681"/>
        <source>{0} {1} marketing-sourced revenue</source>
        <translation>{0} {1} omzet uit marketingleads</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/kpis.py" line="687"/>
        <source>Per month from the funnel: {0}.</source>
        <translation>Per maand uit de funnel: {0}.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/kpis.py" line="697"/>
        <source>first contact within {0} {1}</source>
        <translation>eerste contact binnen {0} {1}</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/kpis.py" line="700"/>
        <source>accept within {0} {1}</source>
        <translation>accepteren binnen {0} {1}</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/kpis.py" line="702"/>
        <source>{0} attempts</source>
        <translation>{0} pogingen</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/kpis.py" line="703"/>
        <source>From the follow-up rules: {0}.</source>
        <translation>Uit de opvolgafspraken: {0}.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/kpis.py" line="706"/>
        <source>The funnel (step 2) and the follow-up rules (step 5) do not compute yet: once they do, KPIs can follow them.</source>
        <translation>De funnel (stap 2) en de opvolgafspraken (stap 5) zijn nog niet te berekenen: zodra dat kan, kunnen KPI’s ze volgen.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/kpis.py" line="715"/>
        <source>&lt;b&gt;At least&lt;/b&gt; — more is better (MQLs, revenue): {0} amber below “Amber from”, {1} red below “Red from”.</source>
        <translation>&lt;b&gt;Minimaal&lt;/b&gt; – meer is beter (MQL’s, omzet): {0} oranje onder “Oranje vanaf”, {1} rood onder “Rood vanaf”.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/kpis.py" line="719"/>
        <source>&lt;b&gt;At most&lt;/b&gt; — less is better (response times): {0} amber above “Amber from”, {1} red above “Red from”.</source>
        <translation>&lt;b&gt;Maximaal&lt;/b&gt; – minder is beter (reactietijden): {0} oranje boven “Oranje vanaf”, {1} rood boven “Rood vanaf”.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/kpis.py" line="723"/>
        <source>A value exactly on a threshold is still on the better side. No amber value: anything short of the target is amber; no red value: never red.</source>
        <translation>Een waarde precies op een drempel telt nog aan de goede kant. Geen oranjewaarde: alles wat de doelwaarde niet haalt, is oranje; geen roodwaarde: nooit rood.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/kpis.py" line="741"/>
        <source> (now {0})</source>
        <translation> (nu {0})</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/kpis.py" line="745"/>
        <source>Linked: the target follows {0}{1}. Typing a target by hand unlinks it.</source>
        <translation>Gekoppeld: de doelwaarde volgt {0}{1}. Typ je zelf een doelwaarde, dan vervalt de koppeling.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/kpis.py" line="761"/>
        <source>Selected KPI — pick a row in the table</source>
        <translation>Gekozen KPI – kies een rij in de tabel</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/kpis.py" line="764"/>
        <source>Selected KPI: {0}</source>
        <translation>Gekozen KPI: {0}</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/kpis.py" line="807"/>
        <source>Added {0} KPIs that follow earlier steps, marked “proposed”: agree on them with the room.</source>
        <translation>{0} KPI’s toegevoegd die eerdere stappen volgen, gemarkeerd als “voorgesteld”: stem ze af met de groep.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/kpis.py" line="810"/>
        <source>The funnel (step 2) does not compute yet; propose again once it does.</source>
        <translation>De funnel (stap 2) is nog niet te berekenen; laat opnieuw voorstellen zodra dat wel kan.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/kpis.py" line="813"/>
        <source>The follow-up rules (step 5) are not filled in yet; propose again later.</source>
        <translation>De opvolgafspraken (stap 5) zijn nog niet ingevuld; laat later opnieuw voorstellen.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/kpis.py" line="817"/>
        <source>Nothing to propose yet: the funnel (step 2) and the follow-up rules (step 5) do not compute. Fill them in, then propose again.</source>
        <translation>Nog niets voor te stellen: de funnel (stap 2) en de opvolgafspraken (stap 5) zijn niet te berekenen. Vul ze in en laat dan opnieuw voorstellen.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/kpis.py" line="822"/>
        <source>Every KPI that follows from the funnel and the follow-up rules is already in the table.</source>
        <translation>Elke KPI die uit de funnel en de opvolgafspraken volgt, staat al in de tabel.</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="153"/>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="154"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="155"/>
        <source>SLA Workshop will follow the system language the next time it starts.</source>
        <translation>Bij de volgende start volgt SLA Workshop de systeemtaal.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="156"/>
        <source>SLA Workshop will speak {0} the next time it starts.</source>
        <translation>Bij de volgende start schakelt SLA Workshop over op {0}.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="157"/>
        <source>System language</source>
        <translation>Systeemtaal</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="158"/>
        <source>Draft</source>
        <translation>Concept</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="159"/>
        <source>In review</source>
        <translation>Ter beoordeling</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="160"/>
        <source>Signed</source>
        <translation>Ondertekend</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="161"/>
        <source>today %1</source>
        <translation>vandaag %1</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="162"/>
        <source>yesterday %1</source>
        <translation>gisteren %1</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/library.py" line="163"/>
        <source>Client</source>
        <translation>Klant</translation>
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
        <translation>Gewijzigd</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/library.py" line="212"/>
        <source>(no client)</source>
        <translation>(geen klant)</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/library.py" line="214"/>
        <source>(untitled)</source>
        <translation>(zonder titel)</translation>
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
        <translation>Zoek op klant of titel…  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/library.py" line="318"/>
        <source>&amp;New workshop…</source>
        <translation>&amp;Nieuwe workshop…</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/library.py" line="321"/>
        <source>&amp;Open</source>
        <translation>&amp;Openen</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/library.py" line="324"/>
        <source>&amp;Restore</source>
        <translation>Terug&amp;zetten</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/library.py" line="327"/>
        <source>Delete for &amp;good…</source>
        <translation>&amp;Definitief verwijderen…</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/library.py" line="330"/>
        <location filename="../slaworkshop/ui/library.py" line="657"/>
        <source>&amp;Trash</source>
        <translation>&amp;Prullenbak</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/library.py" line="376"/>
        <source>Create your first workshop</source>
        <translation>Maak je eerste workshop</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/library.py" line="476"/>
        <source>Library</source>
        <translation>Bibliotheek</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/library.py" line="477"/>
        <source>The workshops could not be read: %1</source>
        <translation>De workshops konden niet worden gelezen: %1</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/library.py" line="514"/>
        <source>Workshop created.</source>
        <translation>Workshop aangemaakt.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/library.py" line="529"/>
        <source> (copy)</source>
        <translation> (kopie)</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/library.py" line="531"/>
        <source>Duplicate workshop</source>
        <translation>Workshop dupliceren</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/library.py" line="535"/>
        <source>Duplicated “%1”.</source>
        <translation>“%1” gedupliceerd.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/library.py" line="545"/>
        <location filename="../slaworkshop/ui/library.py" line="555"/>
        <location filename="../slaworkshop/ui/library.py" line="563"/>
        <source>Rename workshop</source>
        <translation>Workshop hernoemen</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/library.py" line="546"/>
        <source>New title for the workshop with %1:</source>
        <translation>Nieuwe titel voor de workshop met %1:</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/library.py" line="555"/>
        <source>A workshop needs a title; nothing was changed.</source>
        <translation>Een workshop heeft een titel nodig; er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/library.py" line="567"/>
        <source>Renamed to “%1”.</source>
        <translation>Hernoemd naar “%1”.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/library.py" line="575"/>
        <location filename="../slaworkshop/ui/library.py" line="613"/>
        <source>this workshop</source>
        <translation>deze workshop</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/library.py" line="576"/>
        <source>Move “%1” to the trash?

You can restore it from the trash later.</source>
        <translation>“%1” naar de prullenbak verplaatsen?

Je kunt de workshop later terugzetten vanuit de prullenbak.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/library.py" line="579"/>
        <location filename="../slaworkshop/ui/library.py" line="585"/>
        <source>Delete workshop</source>
        <translation>Workshop verwijderen</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/library.py" line="589"/>
        <source>Moved “%1” to the trash.</source>
        <translation>“%1” naar de prullenbak verplaatst.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/library.py" line="601"/>
        <source>Restore workshop</source>
        <translation>Workshop terugzetten</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/library.py" line="605"/>
        <source>Restored “%1”.</source>
        <translation>“%1” teruggezet.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/library.py" line="614"/>
        <source>Delete “%1” for good?

This cannot be undone.</source>
        <translation>“%1” definitief verwijderen?

Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/library.py" line="615"/>
        <location filename="../slaworkshop/ui/library.py" line="621"/>
        <source>Delete for good</source>
        <translation>Definitief verwijderen</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/library.py" line="625"/>
        <source>Deleted “%1” for good.</source>
        <translation>“%1” definitief verwijderd.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/library.py" line="656"/>
        <source>Trash</source>
        <translation>Prullenbak</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/library.py" line="657"/>
        <source>&amp;Back to workshops</source>
        <translation>&amp;Terug naar workshops</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/library.py" line="670"/>
        <source>1 workshop</source>
        <translation>1 workshop</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/library.py" line="673"/>
        <source>%1 workshops</source>
        <translation>%1 workshops</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/library.py" line="680"/>
        <source>Loading workshops…</source>
        <translation>Workshops laden…</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/library.py" line="681"/>
        <source>Opening the workshop database.</source>
        <translation>De workshopdatabase wordt geopend.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/library.py" line="683"/>
        <source>No workshop matches “%1”.</source>
        <translation>Geen workshop gevonden voor “%1”.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/library.py" line="685"/>
        <source>Search looks at the client and the title. Press Esc to clear it.</source>
        <translation>Er wordt gezocht in klant en titel. Druk op Esc om de zoekopdracht te wissen.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/library.py" line="688"/>
        <source>The trash is empty.</source>
        <translation>De prullenbak is leeg.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/library.py" line="690"/>
        <source>Deleted workshops wait here until you restore them or delete them for good.</source>
        <translation>Verwijderde workshops blijven hier staan tot je ze terugzet of definitief verwijdert.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/library.py" line="693"/>
        <source>No workshops yet.</source>
        <translation>Nog geen workshops.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/library.py" line="696"/>
        <source>A workshop holds everything the Marketing and Sales teams agree on, step by step, until the SLA is signed.</source>
        <translation>Een workshop bevat alles wat de marketing- en salesteams stap voor stap afspreken, tot de SLA is ondertekend.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../slaworkshop/ui/main_window.py" line="129"/>
        <source>&amp;New workshop…</source>
        <translation>&amp;Nieuwe workshop…</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/main_window.py" line="132"/>
        <source>&amp;Duplicate</source>
        <translation>&amp;Dupliceren</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/main_window.py" line="135"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Hernoemen…</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/main_window.py" line="138"/>
        <location filename="../slaworkshop/ui/main_window.py" line="388"/>
        <source>De&amp;lete…</source>
        <translation>&amp;Verwijderen…</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/main_window.py" line="140"/>
        <source>&amp;Trash</source>
        <translation>&amp;Prullenbak</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/main_window.py" line="142"/>
        <source>&amp;Library</source>
        <translation>&amp;Bibliotheek</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/main_window.py" line="144"/>
        <source>Document st&amp;yle…</source>
        <translation>Document&amp;stijl…</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/main_window.py" line="147"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/main_window.py" line="152"/>
        <source>&amp;Search workshops</source>
        <translation>Workshops &amp;zoeken</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/main_window.py" line="154"/>
        <source>&amp;About SLA Workshop</source>
        <translation>&amp;Over SLA Workshop</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/main_window.py" line="157"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/main_window.py" line="162"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/main_window.py" line="173"/>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/main_window.py" line="175"/>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/main_window.py" line="178"/>
        <source>&amp;Go</source>
        <translation>&amp;Ga naar</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/main_window.py" line="180"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/main_window.py" line="247"/>
        <source>The editor could not be started; see the log for details.</source>
        <translation>De editor kon niet worden gestart; zie het logbestand voor details.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/main_window.py" line="255"/>
        <source>Open workshop</source>
        <translation>Workshop openen</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/main_window.py" line="349"/>
        <source>About SLA Workshop</source>
        <translation>Over SLA Workshop</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/main_window.py" line="352"/>
        <source>SLA Workshop %1

Guides Marketing and Sales through the workshop that ends in a signed service level agreement. Everything stays on this computer.</source>
        <translation>SLA Workshop %1

Begeleidt marketing en sales door de workshop die eindigt in een ondertekende service level agreement. Alles blijft op deze computer.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/main_window.py" line="388"/>
        <source>De&amp;lete for good…</source>
        <translation>&amp;Definitief verwijderen…</translation>
    </message>
</context>
<context>
    <name>NewWorkshopDialog</name>
    <message>
        <location filename="../slaworkshop/ui/dialogs.py" line="111"/>
        <source>New workshop</source>
        <translation>Nieuwe workshop</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/dialogs.py" line="115"/>
        <source>Who is the workshop for? You can change everything later in step 0.</source>
        <translation>Voor wie is de workshop? Je kunt alles later aanpassen in stap 0.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/dialogs.py" line="120"/>
        <source>e.g. Northwind Traders GmbH</source>
        <translation>bijv. Northwind Traders B.V.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/dialogs.py" line="123"/>
        <source>e.g. Marketing–Sales SLA 2027</source>
        <translation>bijv. SLA Marketing–Sales 2027</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/dialogs.py" line="150"/>
        <source>&amp;Client organisation:</source>
        <translation>&amp;Klantorganisatie:</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/dialogs.py" line="151"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/dialogs.py" line="152"/>
        <source>&amp;First day:</source>
        <translation>&amp;Eerste dag:</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/dialogs.py" line="153"/>
        <source>Document &amp;language:</source>
        <translation>&amp;Documenttaal:</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/dialogs.py" line="154"/>
        <source>&amp;Start with:</source>
        <translation>&amp;Beginnen met:</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/dialogs.py" line="161"/>
        <source>Create workshop</source>
        <translation>Workshop aanmaken</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/dialogs.py" line="169"/>
        <source>Open the s&amp;ample workshop</source>
        <translation>&amp;Voorbeeldworkshop openen</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/dialogs.py" line="173"/>
        <source>A fictional client with every step filled in, to look around or demo.</source>
        <translation>Een fictieve klant met alle stappen ingevuld, om rond te kijken of voor een demo.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/dialogs.py" line="220"/>
        <source>My starter: %1</source>
        <translation>Mijn sjabloon: %1</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/dialogs.py" line="227"/>
        <source>An empty workshop</source>
        <translation>Een lege workshop</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/dialogs.py" line="249"/>
        <source>Please name the client organisation.</source>
        <translation>Vul de naam van de klantorganisatie in.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/dialogs.py" line="250"/>
        <source>Please give the workshop a title.</source>
        <translation>Geef de workshop een titel.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/dialogs.py" line="275"/>
        <source>The workshop could not be created: %1</source>
        <translation>De workshop kon niet worden aangemaakt: %1</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/dialogs.py" line="289"/>
        <source>The sample workshop could not be created: %1</source>
        <translation>De voorbeeldworkshop kon niet worden aangemaakt: %1</translation>
    </message>
</context>
<context>
    <name>NurturingPage</name>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="163"/>
        <source>(unnamed)</source>
        <translation>(zonder naam)</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="164"/>
        <source>1 track</source>
        <translation>1 track</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="165"/>
        <source>Lead times {0}. Sales asks earliest for “{1}”: {2} business days ahead.</source>
        <translation>Doorlooptijden {0}. Sales vraagt “{1}” het vroegst aan: {2} werkdagen van tevoren.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="166"/>
        <source>No lead times yet: say how many business days ahead Sales must ask.</source>
        <translation>Nog geen doorlooptijden: geef aan hoeveel werkdagen van tevoren sales moet aanvragen.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="167"/>
        <source>No nurture tracks yet: plan at least one per buyer stage — awareness, consideration, decision.</source>
        <translation>Nog geen nurturing-tracks: plan er minstens één per fase in de buyer journey – awareness, consideration, decision.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="168"/>
        <source>No track serves the buyer stage “{0}” yet.</source>
        <translation>Nog geen track voor de fase “{0}”.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="169"/>
        <source>What does Sales need from Marketing during an opportunity, from whom, and how far ahead?</source>
        <translation>Wat heeft sales van marketing nodig tijdens een opportunity, van wie, en hoe ver van tevoren?</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="170"/>
        <source>no track</source>
        <translation>geen track</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="171"/>
        <source>step 3, reason {0}</source>
        <translation>stap 3, reden {0}</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="172"/>
        <source>step 5, reverse handoff</source>
        <translation>stap 5, terugoverdracht</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="173"/>
        <source>{0} business days</source>
        <translation>{0} werkdagen</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="174"/>
        <source>{0} tracks</source>
        <translation>{0} tracks</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="175"/>
        <source>{0}–{1} business days</source>
        <translation>{0}–{1} werkdagen</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="176"/>
        <source>“{0}” is named in {1} but is not a nurture track here: add it, or correct the name there.</source>
        <translation>“{0}” wordt genoemd in {1}, maar is hier geen nurturing-track: voeg de track toe, of corrigeer daar de naam.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/nurturing.py" line="325"/>
        <source>Nurture tracks per buyer stage</source>
        <translation>Nurturing-tracks per fase in de buyer journey</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/nurturing.py" line="340"/>
        <source>Order by buyer stage</source>
        <translation>Sorteren op fase</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/nurturing.py" line="343"/>
        <source>Awareness first, then consideration, then decision (one undo step)</source>
        <translation>Eerst awareness, dan consideration, dan decision (één stap ongedaan te maken)</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/nurturing.py" line="361"/>
        <source>Manual enrolment: when may Sales put a lead into a track by hand?</source>
        <translation>Handmatig aanmelden: wanneer mag sales een lead zelf voor een track aanmelden?</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/nurturing.py" line="370"/>
        <source>e.g. when a lead asks for later contact, or is rejected for a reason marked “recycled”</source>
        <translation>bijv. als een lead vraagt om later contact, of is afgewezen om een reden gemarkeerd als “terug naar nurturing”</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/nurturing.py" line="381"/>
        <source>Enablement: how Marketing supports Sales during an opportunity</source>
        <translation>Enablement: hoe marketing sales ondersteunt tijdens een opportunity</translation>
    </message>
</context>
<context>
    <name>RatesEditor</name>
    <message>
        <location filename="../slaworkshop/ui/steps/funnel.py" line="380"/>
        <source>From → to</source>
        <translation>Van → naar</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/funnel.py" line="380"/>
        <source>Rate</source>
        <translation>Percentage</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/funnel.py" line="380"/>
        <source>Rate from</source>
        <translation>Bron</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="177"/>
        <source>Added</source>
        <translation>Toegevoegd</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="178"/>
        <source>Cannot be computed</source>
        <translation>Niet te berekenen</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="179"/>
        <source>Changed</source>
        <translation>Gewijzigd</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="180"/>
        <source>Complete</source>
        <translation>Compleet</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="181"/>
        <source>Empty</source>
        <translation>Leeg</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="182"/>
        <source>Has open points</source>
        <translation>Open punten</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="183"/>
        <source>In progress</source>
        <translation>Bezig</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="184"/>
        <source>Missing</source>
        <translation>Ontbreekt</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="185"/>
        <source>Not agreed</source>
        <translation>Geen akkoord</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="186"/>
        <source>Parked (printed as open point)</source>
        <translation>Geparkeerd (open punt in document)</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="187"/>
        <source>Removed</source>
        <translation>Verwijderd</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="188"/>
        <source>Warning</source>
        <translation>Waarschuwing</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/review.py" line="250"/>
        <source>Marketing lead</source>
        <translation>Hoofd marketing</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/review.py" line="251"/>
        <source>Sales lead</source>
        <translation>Hoofd sales</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/review.py" line="252"/>
        <source>Sponsor</source>
        <translation>Sponsor</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/review.py" line="253"/>
        <source>Revenue operations lead</source>
        <translation>Hoofd revenue operations</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/review.py" line="254"/>
        <source>Managing director</source>
        <translation>Algemeen directeur</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/review.py" line="392"/>
        <source>Where the agreement stands</source>
        <translation>Stand van de overeenkomst</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/review.py" line="400"/>
        <source>Go to this point</source>
        <translation>Naar dit punt</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/review.py" line="408"/>
        <source>Double-click a point, or select it and press Enter, to go to the place to settle it.</source>
        <translation>Dubbelklik op een punt, of selecteer het en druk op Enter, om naar de plek te gaan waar je het afhandelt.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/review.py" line="421"/>
        <source>Signatories and sign-off</source>
        <translation>Ondertekenaars en ondertekening</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/review.py" line="424"/>
        <source>Who signs the agreement. At sign-off each signatory approves with their typed name and the date; a drawn signature is optional.</source>
        <translation>Wie de overeenkomst ondertekent. Bij de ondertekening keurt elke ondertekenaar goed met de getypte naam en de datum; een getekende handtekening is optioneel.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/review.py" line="443"/>
        <source>Sign off version 1…</source>
        <translation>Versie 1 ondertekenen…</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/review.py" line="455"/>
        <source>Signed versions</source>
        <translation>Ondertekende versies</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/review.py" line="457"/>
        <source>No version is signed yet. The first sign-off freezes the content as version 1.</source>
        <translation>Er is nog geen versie ondertekend. Bij de eerste ondertekening wordt de inhoud vastgelegd als versie 1.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/review.py" line="464"/>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/review.py" line="464"/>
        <source>Signed by</source>
        <translation>Ondertekend door</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/review.py" line="481"/>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/review.py" line="483"/>
        <source>Word…</source>
        <translation>Word…</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/review.py" line="492"/>
        <source>Changes since version</source>
        <translation>Wijzigingen sinds versie</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/review.py" line="507"/>
        <source>Change</source>
        <translation>Wijziging</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/review.py" line="507"/>
        <source>Clause and what changed</source>
        <translation>Onderdeel en wat er is gewijzigd</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/review.py" line="535"/>
        <source>The agreement document</source>
        <translation>Het document van de overeenkomst</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/review.py" line="538"/>
        <source>Export the agreement as it stands for the stakeholders. A draft is marked DRAFT on every page; parked items are listed as open points.</source>
        <translation>Exporteer de overeenkomst zoals die nu is voor de stakeholders. Een concept krijgt op elke pagina de markering CONCEPT; geparkeerde punten staan erin als openstaande punten.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/review.py" line="544"/>
        <source>Export as PDF…</source>
        <translation>Exporteren als PDF…</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/review.py" line="546"/>
        <source>Export as Word…</source>
        <translation>Exporteren als Word…</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/review.py" line="673"/>
        <source>The signed versions cannot be read: {0}</source>
        <translation>De ondertekende versies kunnen niet worden gelezen: {0}</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/review.py" line="699"/>
        <location filename="../slaworkshop/ui/steps/review.py" line="972"/>
        <source>Version {0}</source>
        <translation>Versie {0}</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/review.py" line="702"/>
        <source>Fingerprint {0}</source>
        <translation>Vingerafdruk {0}</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/review.py" line="706"/>
        <source>Fingerprint (SHA-256): {0}</source>
        <translation>Digitale vingerafdruk (SHA-256): {0}</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/review.py" line="708"/>
        <source>drawn signature</source>
        <translation>getekende handtekening</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/review.py" line="708"/>
        <source>typed name only</source>
        <translation>alleen getypte naam</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/review.py" line="712"/>
        <source>{0} ({1}) approved on {2}, typed “{3}”, {4}</source>
        <translation>{0} ({1}) keurde goed op {2}, getypt: “{3}”, {4}</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/review.py" line="759"/>
        <source>Export signed version {0} (its file is recorded, so it can be verified later) as:</source>
        <translation>Ondertekende versie {0} exporteren (het bestand wordt vastgelegd, zodat het later te controleren is) als:</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/review.py" line="773"/>
        <source>Version {0} cannot be read.</source>
        <translation>Versie {0} kan niet worden gelezen.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/review.py" line="777"/>
        <source>Changes since version {1}, clause by clause ({0}):</source>
        <translation>Wijzigingen sinds versie {1}: {0}, per onderdeel:</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/review.py" line="779"/>
        <source>No changes since version {0}.</source>
        <translation>Geen wijzigingen sinds versie {0}.</translation>
    </message>
    <message>
        <source>{0} change(s) in the current draft.</source>
        <translation type="vanished">Wijzigingen in het huidige concept: {0}.</translation>
    </message>
    <message>
        <source>No changes: the current content is the same as version {0}.</source>
        <translation type="vanished">Geen wijzigingen: de huidige inhoud is gelijk aan versie {0}.</translation>
    </message>
    <message>
        <source>No changes.</source>
        <translation type="vanished">Geen wijzigingen.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/review.py" line="802"/>
        <source>Draft 1 — not signed yet.</source>
        <translation>Concept 1 – nog niet ondertekend.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/review.py" line="806"/>
        <source>Signed as version {0} on {1} by {2}. This content is frozen as version {0}; any edit starts draft {3}.</source>
        <translation>Ondertekend als versie {0} op {1} door {2}. Deze inhoud ligt vast als versie {0}; bij een wijziging begint concept {3}.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/review.py" line="813"/>
        <source>Draft {0} — changes since version {1}: {2}. Version {1} stays as it was signed.</source>
        <translation>Concept {0} – wijzigingen sinds versie {1}: {2}. Versie {1} blijft zoals die is ondertekend.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/review.py" line="833"/>
        <source>Sign off version {0}…</source>
        <translation>Versie {0} ondertekenen…</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/review.py" line="838"/>
        <source>Version {0} is signed and nothing has changed since; any edit starts draft {1}.</source>
        <translation>Versie {0} is ondertekend en sindsdien ongewijzigd; bij een wijziging begint concept {1}.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/review.py" line="842"/>
        <location filename="../slaworkshop/ui/steps/review.py" line="905"/>
        <source>Open the workshop in the editor to sign it.</source>
        <translation>Open de workshop in de editor om te ondertekenen.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/review.py" line="849"/>
        <source>… and {0} more (see the list above)</source>
        <translation>… en nog {0} (zie de lijst hierboven)</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/review.py" line="851"/>
        <source>Sign-off is not possible yet:</source>
        <translation>Ondertekenen is nog niet mogelijk:</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/review.py" line="858"/>
        <source>Ready to sign: nothing required is missing and every item is agreed.</source>
        <translation>Klaar voor ondertekening: er ontbreekt niets verplichts en over elk punt is overeenstemming.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/review.py" line="860"/>
        <source>Parked items ({0}) will be listed as open points.</source>
        <translation>Geparkeerd: {0}; deze punten komen als openstaande punten in de overeenkomst.</translation>
    </message>
    <message>
        <source>Export as Word document…</source>
        <translation type="vanished">Exporteren als Word-document…</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/review.py" line="984"/>
        <source>{0} of {1} steps complete.</source>
        <translation>{0} van {1} stappen compleet.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/review.py" line="988"/>
        <source>{0} missing</source>
        <translation>{0} ontbrekend</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/review.py" line="990"/>
        <source>{0} that cannot be computed</source>
        <translation>{0} niet te berekenen</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/review.py" line="993"/>
        <source>{0} not agreed</source>
        <translation>{0} zonder akkoord</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/review.py" line="995"/>
        <source>Before signing, settle these points ({0}): {1}.</source>
        <translation>Handel vóór de ondertekening deze punten af ({0}): {1}.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/review.py" line="1000"/>
        <source>Nothing blocks the sign-off.</source>
        <translation>Niets staat de ondertekening in de weg.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/review.py" line="1003"/>
        <source>Parked items ({0}) will be listed in the agreement as open points.</source>
        <translation>Geparkeerd: {0}; deze punten komen in de overeenkomst als openstaande punten.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/review.py" line="1007"/>
        <source>Warnings to look at with the room ({0}); they do not block the sign-off.</source>
        <translation>Waarschuwingen om met de groep te bekijken: {0} (ze houden de ondertekening niet tegen).</translation>
    </message>
</context>
<context>
    <name>RowTableEditor</name>
    <message>
        <location filename="../slaworkshop/ui/widgets/table.py" line="416"/>
        <source>Add {0}</source>
        <translation>Voeg {0} toe</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/widgets/table.py" line="418"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/widgets/table.py" line="419"/>
        <source>Move up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/widgets/table.py" line="420"/>
        <source>Move down</source>
        <translation>Omlaag</translation>
    </message>
</context>
<context>
    <name>SampleValue</name>
    <message>
        <location filename="../slaworkshop/ui/steps/scoring.py" line="447"/>
        <source>type or pick a value</source>
        <translation>typ of kies een waarde</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/scoring.py" line="467"/>
        <source>Pick a value the conditions name, or type one.</source>
        <translation>Kies een waarde die in de voorwaarden voorkomt, of typ er zelf een.</translation>
    </message>
</context>
<context>
    <name>ScoringPage</name>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="189"/>
        <source>Examples: {0}</source>
        <translation>Voorbeelden: {0}</translation>
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
        <translation>Gelezen als: {0}</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="193"/>
        <source>e.g. {0}</source>
        <translation>bijv. {0}</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/scoring.py" line="534"/>
        <source>Scoring criteria</source>
        <translation>Scoringcriteria</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/scoring.py" line="541"/>
        <source>Fit criteria first</source>
        <translation>Fitcriteria eerst</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/scoring.py" line="544"/>
        <source>Move every fit criterion above the interest criteria (one step to undo).</source>
        <translation>Zet alle fitcriteria boven de interessecriteria (één stap ongedaan te maken).</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/scoring.py" line="568"/>
        <source>Conditions:</source>
        <translation>Voorwaarden:</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/scoring.py" line="574"/>
        <source>Negative points lower the score (e.g. −20 for a student). Point at a condition to see how it is read.</source>
        <translation>Negatieve punten verlagen de score (bijv. −20 voor een student). Wijs een voorwaarde aan om te zien hoe die wordt gelezen.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/scoring.py" line="588"/>
        <source>MQL threshold</source>
        <translation>MQL-drempel</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/scoring.py" line="610"/>
        <source>Lead tester</source>
        <translation>Leadtester</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/scoring.py" line="621"/>
        <source>Add criteria above: the tester then asks for one value per attribute and shows the sample lead&apos;s score as you type.</source>
        <translation>Voeg hierboven criteria toe: de tester vraagt dan om één waarde per kenmerk en toont al typend de score van de voorbeeldlead.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/scoring.py" line="629"/>
        <source>Clear the sample lead</source>
        <translation>Voorbeeldlead wissen</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/scoring.py" line="634"/>
        <source>The sample lead is not saved: its values stay while this workshop is open, also when you move between steps.</source>
        <translation>De voorbeeldlead wordt niet opgeslagen: de waarden blijven staan zolang deze workshop open is, ook als je tussen stappen wisselt.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/scoring.py" line="657"/>
        <source>Criteria that fired</source>
        <translation>Criteria die gelden</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/scoring.py" line="719"/>
        <source>No criteria yet. Add the first with “Add scoring criterion” (Ctrl+Ins): start with who the ideal lead is (fit), then what shows real interest.</source>
        <translation>Nog geen criteria. Voeg het eerste toe met “Voeg scoringcriterium toe” (Ctrl+Ins): begin met wie de ideale lead is (fit), daarna wat echte interesse laat zien.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/scoring.py" line="843"/>
        <source>No verdict yet</source>
        <translation>Nog geen oordeel</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/scoring.py" line="844"/>
        <source>Set the MQL threshold to see whether this lead is an MQL.</source>
        <translation>Stel de MQL-drempel in om te zien of deze lead een MQL is.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/scoring.py" line="849"/>
        <source>✔ MQL</source>
        <translation>✔ MQL</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/scoring.py" line="850"/>
        <source>Reaches the threshold of {0} points: hand it to Sales.</source>
        <translation>Haalt de drempel van {0} punten: overdragen aan sales.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/scoring.py" line="857"/>
        <source>Needs 1 more point to reach the threshold of {0}.</source>
        <translation>Nog 1 punt nodig voor de drempel van {0}.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/scoring.py" line="859"/>
        <source>Needs {0} more points to reach the threshold of {1}.</source>
        <translation>Nog {0} punten nodig voor de drempel van {1}.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/scoring.py" line="863"/>
        <source>Not an MQL</source>
        <translation>Geen MQL</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/scoring.py" line="868"/>
        <source>{0} criteria with a problem (see above) are left out of the score.</source>
        <translation>{0} criteria met een probleem (zie hierboven) tellen niet mee in de score.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/scoring.py" line="870"/>
        <source>1 criterion with a problem (see above) is left out of the score.</source>
        <translation>1 criterium met een probleem (zie hierboven) telt niet mee in de score.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/scoring.py" line="880"/>
        <source>None yet: enter the lead&apos;s values.</source>
        <translation>Nog geen: vul de waarden van de lead in.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/scoring.py" line="898"/>
        <source>… and {0} more</source>
        <translation>… en nog {0}</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/scoring.py" line="912"/>
        <source>who the lead is (role, company size, industry)</source>
        <translation>wie de lead is (rol, bedrijfsgrootte, branche)</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/scoring.py" line="918"/>
        <source>what the lead does (visits, downloads, events)</source>
        <translation>wat de lead doet (bezoeken, downloads, events)</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/scoring.py" line="939"/>
        <source>Row {0} ({1})</source>
        <translation>Rij {0} ({1})</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/scoring.py" line="941"/>
        <source>Row {0}</source>
        <translation>Rij {0}</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/scoring.py" line="950"/>
        <source>Add criteria to see the best score a lead can reach on each axis.</source>
        <translation>Voeg criteria toe om te zien welke score een lead maximaal per as kan halen.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/scoring.py" line="958"/>
        <source>Best possible lead:</source>
        <translation>Best mogelijke lead:</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/scoring.py" line="960"/>
        <source>points</source>
        <translation>punten</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/scoring.py" line="963"/>
        <source>fit alone up to</source>
        <translation>alleen fit tot</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/scoring.py" line="966"/>
        <source>interest alone up to</source>
        <translation>alleen interesse tot</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../slaworkshop/ui/dialogs.py" line="405"/>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/dialogs.py" line="410"/>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/dialogs.py" line="410"/>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/dialogs.py" line="410"/>
        <source>Keys</source>
        <translation>Toetsen</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/dialogs.py" line="427"/>
        <source>Menus also open with Alt and the underlined letter.</source>
        <translation>Menu’s openen ook met Alt en de onderstreepte letter.</translation>
    </message>
</context>
<context>
    <name>SignOffDialog</name>
    <message>
        <location filename="../slaworkshop/ui/signoff_dialog.py" line="71"/>
        <source>The typed name contains an invisible control character (U+{0:04X}); type the name again.</source>
        <translation>De getypte naam bevat een onzichtbaar stuurteken (U+{0:04X}); typ de naam opnieuw.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/signoff_dialog.py" line="80"/>
        <source>The typed name is {0:,} characters long; at most {1}.</source>
        <translation>De getypte naam is {0:,} tekens lang; het maximum is {1}.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/signoff_dialog.py" line="76"/>
        <source>Type “{0}” here to approve.</source>
        <translation>Typ hier “{0}” om goed te keuren.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/signoff_dialog.py" line="100"/>
        <source>{0} is not a plausible approval date (the earliest is {1}).</source>
        <translation>{0} is geen aannemelijke datum van goedkeuring (de vroegste is {1}).</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/signoff_dialog.py" line="96"/>
        <source>{0} lies in the future; an approval is dated today or earlier.</source>
        <translation>{0} ligt in de toekomst; een goedkeuring is gedateerd op vandaag of eerder.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/signoff_dialog.py" line="85"/>
        <source>“{0}” does not match the signatory “{1}”. Type the name as listed, or correct the list of signatories first.</source>
        <translation>“{0}” komt niet overeen met de ondertekenaar “{1}”. Typ de naam zoals die in de lijst staat, of corrigeer eerst de lijst met ondertekenaars.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/signoff_dialog.py" line="232"/>
        <location filename="../slaworkshop/ui/signoff_dialog.py" line="234"/>
        <source>Sign off version {0}</source>
        <translation>Versie {0} ondertekenen</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/signoff_dialog.py" line="241"/>
        <source>Each signatory approves version {0}{1} by typing their name as listed and the date. A drawn signature is optional. Once signed, version {0} cannot be changed; later edits start draft {2}.</source>
        <translation>Elke ondertekenaar keurt versie {0}{1} goed door de naam in te typen zoals die in de lijst staat, en de datum in te vullen. Een getekende handtekening is optioneel. Na ondertekening kan versie {0} niet meer worden gewijzigd; latere wijzigingen komen in concept {2}.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/signoff_dialog.py" line="250"/>
        <source>Fingerprint recorded and printed on the signature page</source>
        <translation>Digitale vingerafdruk, vastgelegd en afgedrukt op de ondertekeningspagina</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/signoff_dialog.py" line="259"/>
        <source>SHA-256 of the agreement&apos;s content; any change to the content changes it.</source>
        <translation>SHA-256 van de inhoud van de overeenkomst; elke wijziging van de inhoud verandert deze.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/signoff_dialog.py" line="264"/>
        <source>Open points in the agreement</source>
        <translation>Openstaande punten in de overeenkomst</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/signoff_dialog.py" line="267"/>
        <source>These parked items are listed in the agreement as open points:</source>
        <translation>Deze geparkeerde punten staan in de overeenkomst als openstaande punten:</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/signoff_dialog.py" line="272"/>
        <source>Nothing is parked: the agreement lists no open points.</source>
        <translation>Er is niets geparkeerd: de overeenkomst bevat geen openstaande punten.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/signoff_dialog.py" line="308"/>
        <source>Sign version {0}</source>
        <translation>Versie {0} ondertekenen</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/signoff_dialog.py" line="357"/>
        <source>Nothing was signed: correct the marked fields.</source>
        <translation>Er is niets ondertekend: corrigeer de gemarkeerde velden.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/signoff_dialog.py" line="368"/>
        <source>… and {0} more</source>
        <translation>… en nog {0}</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/signoff_dialog.py" line="369"/>
        <source>Nothing was signed:</source>
        <translation>Er is niets ondertekend:</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/signoff_dialog.py" line="372"/>
        <location filename="../slaworkshop/ui/signoff_dialog.py" line="376"/>
        <source>Nothing was signed: {0}</source>
        <translation>Er is niets ondertekend: {0}</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <location filename="../slaworkshop/ui/widgets/signature_pad.py" line="31"/>
        <source>Sign here with the mouse, a pen or a finger.</source>
        <translation>Teken hier met de muis, een pen of een vinger.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/widgets/signature_pad.py" line="149"/>
        <source>Sign here (optional)</source>
        <translation>Hier tekenen (optioneel)</translation>
    </message>
</context>
<context>
    <name>StepStatus</name>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="194"/>
        <location filename="../slaworkshop/ui/guidance.py" line="340"/>
        <source>Complete</source>
        <translation>Compleet</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="195"/>
        <location filename="../slaworkshop/ui/guidance.py" line="338"/>
        <source>Empty</source>
        <translation>Leeg</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="196"/>
        <location filename="../slaworkshop/ui/guidance.py" line="341"/>
        <source>Has open points</source>
        <translation>Open punten</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="197"/>
        <location filename="../slaworkshop/ui/guidance.py" line="339"/>
        <source>In progress</source>
        <translation>Bezig</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="198"/>
        <location filename="../slaworkshop/ui/guidance.py" line="331"/>
        <source>Definitions</source>
        <translation>Definities</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="199"/>
        <location filename="../slaworkshop/ui/guidance.py" line="330"/>
        <source>Funnel &amp; targets</source>
        <translation>Funnel &amp; volumedoelen</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="200"/>
        <location filename="../slaworkshop/ui/guidance.py" line="336"/>
        <source>Governance &amp; escalation</source>
        <translation>Overleg &amp; escalatie</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="201"/>
        <location filename="../slaworkshop/ui/guidance.py" line="333"/>
        <source>Handoff &amp; follow-up</source>
        <translation>Overdracht &amp; opvolging</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="202"/>
        <location filename="../slaworkshop/ui/guidance.py" line="335"/>
        <source>KPIs</source>
        <translation>KPI’s</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="203"/>
        <location filename="../slaworkshop/ui/guidance.py" line="332"/>
        <source>Lead qualification &amp; scoring</source>
        <translation>Leadkwalificatie &amp; scoring</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="204"/>
        <location filename="../slaworkshop/ui/guidance.py" line="334"/>
        <source>Nurturing &amp; enablement</source>
        <translation>Nurturing &amp; enablement</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="205"/>
        <location filename="../slaworkshop/ui/guidance.py" line="337"/>
        <source>Review &amp; sign-off</source>
        <translation>Review &amp; ondertekening</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="206"/>
        <location filename="../slaworkshop/ui/guidance.py" line="329"/>
        <source>Shared goals</source>
        <translation>Gezamenlijke doelen</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="207"/>
        <location filename="../slaworkshop/ui/guidance.py" line="328"/>
        <source>Workshop &amp; participants</source>
        <translation>Workshop &amp; deelnemers</translation>
    </message>
</context>
<context>
    <name>StyleDialog</name>
    <message>
        <location filename="../slaworkshop/ui/style_dialog.py" line="146"/>
        <source>Document style</source>
        <translation>Documentstijl</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/style_dialog.py" line="150"/>
        <source>The exported agreement (DOCX and PDF) takes its logo, colours, fonts and Word template from the document style. A consultancy can use its own style file.</source>
        <translation>De geëxporteerde overeenkomst (DOCX en PDF) neemt logo, kleuren, lettertypen en Word-sjabloon over uit de documentstijl. Een adviesbureau kan een eigen stijlbestand gebruiken.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/style_dialog.py" line="160"/>
        <source>Current style:</source>
        <translation>Huidige stijl:</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/style_dialog.py" line="172"/>
        <source>Choose style file…</source>
        <translation>Stijlbestand kiezen…</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/style_dialog.py" line="173"/>
        <source>Use the built-in style</source>
        <translation>Ingebouwde stijl gebruiken</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/style_dialog.py" line="192"/>
        <source>Built-in style</source>
        <translation>Ingebouwde stijl</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/style_dialog.py" line="222"/>
        <source>Choose a document style</source>
        <translation>Kies een documentstijl</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/style_dialog.py" line="222"/>
        <source>Document style (*.json)</source>
        <translation>Documentstijl (*.json)</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/style_dialog.py" line="234"/>
        <source>This style file cannot be used; the document style stays as it was.
{0}</source>
        <translation>Dit stijlbestand kan niet worden gebruikt; de documentstijl blijft zoals die was.
{0}</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="208"/>
        <source>The document style chosen in the settings is missing:
{0}

Nothing was exported, so that the agreement does not quietly get another look. Put the file back, or choose a style under File → Document style… (or use the built-in style there).</source>
        <translation>De documentstijl die in de instellingen is gekozen, ontbreekt:
{0}

Er is niets geëxporteerd, zodat de overeenkomst niet ongemerkt een ander uiterlijk krijgt. Zet het bestand terug, of kies een stijl via Bestand → Documentstijl… (of gebruik daar de ingebouwde stijl).</translation>
    </message>
</context>
<context>
    <name>StylePreview</name>
    <message>
        <location filename="../slaworkshop/ui/style_dialog.py" line="82"/>
        <source>Preview</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/style_dialog.py" line="102"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/style_dialog.py" line="103"/>
        <source>Colours</source>
        <translation>Kleuren</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/style_dialog.py" line="104"/>
        <source>Fonts</source>
        <translation>Lettertypen</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/style_dialog.py" line="106"/>
        <source>Page</source>
        <translation>Pagina</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/style_dialog.py" line="112"/>
        <source>(no logo)</source>
        <translation>(geen logo)</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/style_dialog.py" line="124"/>
        <source>PDF: {0} · Word: {1}</source>
        <translation>PDF: {0} · Word: {1}</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/style_dialog.py" line="134"/>
        <source>{0}, margins {1:g} / {2:g} / {3:g} / {4:g} mm (top, bottom, left, right)</source>
        <translation>{0}, marges {1:g} / {2:g} / {3:g} / {4:g} mm (boven, onder, links, rechts)</translation>
    </message>
</context>
<context>
    <name>TrackCombo</name>
    <message>
        <location filename="../slaworkshop/ui/steps/handoff.py" line="387"/>
        <source>a nurture track of step 6</source>
        <translation>een nurturing-track uit stap 6</translation>
    </message>
</context>
<context>
    <name>WorkshopPage</name>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="209"/>
        <source>Nobody from Marketing takes part: both sides must shape the agreement.</source>
        <translation>Er neemt niemand van marketing deel: beide kanten moeten de overeenkomst mee vormgeven.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="210"/>
        <source>Nobody from Sales takes part: both sides must shape the agreement.</source>
        <translation>Er neemt niemand van sales deel: beide kanten moeten de overeenkomst mee vormgeven.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="211"/>
        <source>{0} outnumbers the other side {1} to {2}: keep the delegation balanced.</source>
        <translation>{0} is in de meerderheid, {1} tegen {2}: zorg voor een evenwichtige afvaardiging.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="212"/>
        <source>{0} participants: more than {1} makes it hard to decide together.</source>
        <translation>{0} deelnemers: met meer dan {1} wordt samen beslissen lastig.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/workshop.py" line="45"/>
        <source>The workshop</source>
        <translation>De workshop</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/steps/workshop.py" line="49"/>
        <source>Participants</source>
        <translation>Deelnemers</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../slaworkshop/ui/app.py" line="144"/>
        <source>Restored the backup %1; the damaged file is kept as %2.</source>
        <translation>Back-up %1 hersteld; het beschadigde bestand is bewaard als %2.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/app.py" line="153"/>
        <source>Started with an empty database; the damaged file is kept as %1.</source>
        <translation>Begonnen met een lege database; het beschadigde bestand is bewaard als %1.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/app.py" line="161"/>
        <source>That did not work: %1</source>
        <translation>Dat is niet gelukt: %1</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/app.py" line="165"/>
        <source>Newer database</source>
        <translation>Nieuwere database</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/app.py" line="177"/>
        <source>The database address given with --database is not usable:
%1</source>
        <translation>Het database-adres dat met --database is opgegeven, is niet bruikbaar:
%1</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/app.py" line="187"/>
        <location filename="../slaworkshop/ui/app.py" line="196"/>
        <source>The workshop database cannot be opened:
%1</source>
        <translation>De workshopdatabase kan niet worden geopend:
%1</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/app.py" line="336"/>
        <source>Something went wrong: %1

Your saved work is safe. If this happens again, please report it.</source>
        <translation>Er ging iets mis: %1

Je opgeslagen werk is veilig. Gebeurt dit nog eens, meld het dan.</translation>
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
        <translation>Accepteren of weigeren binnen</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="215"/>
        <source>Agenda item</source>
        <translation>Agendapunt</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="216"/>
        <source>Agreed</source>
        <translation>Akkoord</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="217"/>
        <source>Agreed with reservations</source>
        <translation>Akkoord met voorbehoud</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="218"/>
        <source>Agreement</source>
        <translation>Overeenstemming</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="219"/>
        <source>Agreement note</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="220"/>
        <source>Amber from</source>
        <translation>Oranje vanaf</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="221"/>
        <source>At least</source>
        <translation>Minimaal</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="222"/>
        <source>At most</source>
        <translation>Maximaal</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="223"/>
        <source>Attribute</source>
        <translation>Kenmerk</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="224"/>
        <source>Average deal size</source>
        <translation>Gemiddelde dealwaarde</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="225"/>
        <source>Awareness</source>
        <translation>Awareness</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="226"/>
        <source>Axis</source>
        <translation>As</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="227"/>
        <source>Back to Marketing after failed attempts</source>
        <translation>Terug naar marketing na mislukte pogingen</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="228"/>
        <source>Back to Marketing for these reasons</source>
        <translation>Terug naar marketing om deze redenen</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="229"/>
        <source>Baseline</source>
        <translation>Nulmeting</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="230"/>
        <source>Benchmark</source>
        <translation>Benchmark</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="231"/>
        <source>Business days</source>
        <translation>Werkdagen</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="232"/>
        <source>Business days between attempts</source>
        <translation>Werkdagen tussen de pogingen</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="233"/>
        <source>Buyer stage</source>
        <translation>Fase in de buyer journey</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="234"/>
        <source>Channels (in order, comma-separated)</source>
        <translation>Kanalen (in deze volgorde, gescheiden door komma’s)</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="235"/>
        <source>Client organisation</source>
        <translation>Klantorganisatie</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="236"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="237"/>
        <source>Collateral or support</source>
        <translation>Materiaal of support</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="238"/>
        <source>Condition</source>
        <translation>Voorwaarde</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="239"/>
        <source>Consideration</source>
        <translation>Consideration</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="240"/>
        <source>Contact attempts</source>
        <translation>Contactpogingen</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="241"/>
        <source>Content</source>
        <translation>Inhoud</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="242"/>
        <source>Conversion</source>
        <translation>Conversie</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="243"/>
        <source>Conversion into the next funnel stage</source>
        <translation>Conversie naar de volgende funnelfase</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="244"/>
        <source>Core team</source>
        <translation>Kernteam</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="245"/>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="246"/>
        <source>Daily</source>
        <translation>Dagelijks</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="247"/>
        <source>Data source</source>
        <translation>Gegevensbron</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="248"/>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="249"/>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="250"/>
        <source>Definition</source>
        <translation>Definitie</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="251"/>
        <source>Definition or formula</source>
        <translation>Definitie of formule</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="252"/>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="253"/>
        <source>Dependencies between the departments</source>
        <translation>Afhankelijkheden tussen de afdelingen</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="254"/>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="255"/>
        <source>Deutsch</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="256"/>
        <source>Direction</source>
        <translation>Richting</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="257"/>
        <source>Disputed</source>
        <translation>Betwist</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="258"/>
        <source>Disqualification</source>
        <translation>Diskwalificatie</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="259"/>
        <source>Disqualification reason</source>
        <translation>Reden voor diskwalificatie</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="260"/>
        <source>Disqualified or rejected</source>
        <translation>Gediskwalificeerd of afgewezen</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="261"/>
        <source>Document language</source>
        <translation>Taal van het document</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="262"/>
        <source>Draft</source>
        <translation>Concept</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="263"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="264"/>
        <source>Enablement item</source>
        <translation>Ondersteuning</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="265"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="266"/>
        <source>Entry criteria</source>
        <translation>Instapcriteria</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="267"/>
        <source>Escalation level</source>
        <translation>Escalatieniveau</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="268"/>
        <source>Exclusions</source>
        <translation>Uitsluitingen</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="269"/>
        <source>Facilitator</source>
        <translation>Begeleiding</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="270"/>
        <source>First contact within</source>
        <translation>Eerste contact binnen</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="271"/>
        <source>First day</source>
        <translation>Eerste dag</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="272"/>
        <source>Fit</source>
        <translation>Fit</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="273"/>
        <source>Follows</source>
        <translation>Volgt</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="274"/>
        <source>Fortnightly</source>
        <translation>Tweewekelijks</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="275"/>
        <source>Funnel inputs</source>
        <translation>Uitgangspunten van de funnel</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="276"/>
        <source>Funnel.leads per month</source>
        <translation>Funnel: leads per maand</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="277"/>
        <source>Funnel.marketing revenue</source>
        <translation>Funnel: omzet uit marketingleads</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="278"/>
        <source>Funnel.mql per month</source>
        <translation>Funnel: MQL’s per maand</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="279"/>
        <source>Funnel.opportunities per month</source>
        <translation>Funnel: opportunities per maand</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="280"/>
        <source>Funnel.sal per month</source>
        <translation>Funnel: SAL’s per maand</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="281"/>
        <source>Funnel.sql per month</source>
        <translation>Funnel: SQL’s per maand</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="282"/>
        <source>Funnel.won per month</source>
        <translation>Funnel: gewonnen deals per maand</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="283"/>
        <source>Goal</source>
        <translation>Doel</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="284"/>
        <source>Governance</source>
        <translation>Overleg</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="285"/>
        <source>Half year</source>
        <translation>Halfjaar</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="286"/>
        <source>Handed-over field</source>
        <translation>Overgedragen informatie</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="287"/>
        <source>Handoff rules</source>
        <translation>Overdrachtsregels</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="288"/>
        <source>Handoff trigger</source>
        <translation>Trigger voor overdracht</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="289"/>
        <source>Handoff.accept within</source>
        <translation>Overdracht: accepteren binnen</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="290"/>
        <source>Handoff.attempts</source>
        <translation>Overdracht: pogingen</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="291"/>
        <source>Handoff.first contact</source>
        <translation>Overdracht: eerste contact</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="292"/>
        <source>Hours</source>
        <translation>Uren</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="293"/>
        <source>Hours per rep per week for follow-up</source>
        <translation>Uren per verkoper per week voor opvolging</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="294"/>
        <source>How Sales is notified</source>
        <translation>Hoe sales op de hoogte wordt gebracht</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="295"/>
        <source>How amendments are made</source>
        <translation>Hoe wijzigingen worden doorgevoerd</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="296"/>
        <source>In review</source>
        <translation>Ter beoordeling</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="297"/>
        <source>Information handed over</source>
        <translation>Overgedragen informatie</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="298"/>
        <source>Interest</source>
        <translation>Interesse</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="299"/>
        <source>Into nurture track</source>
        <translation>Naar nurturing-track</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="300"/>
        <source>Job title</source>
        <translation>Functie</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="301"/>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="302"/>
        <source>Keeps the action items</source>
        <translation>Houdt de actielijst bij</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="303"/>
        <source>Keeps the minutes</source>
        <translation>Notuleert</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="304"/>
        <source>Kind of goal</source>
        <translation>Soort doel</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="305"/>
        <source>Kind of trigger</source>
        <translation>Soort trigger</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="306"/>
        <source>Last day</source>
        <translation>Laatste dag</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="307"/>
        <source>Lead time</source>
        <translation>Doorlooptijd</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="308"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="309"/>
        <source>Lifecycle stage</source>
        <translation>Lifecyclefase</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="310"/>
        <source>MQL threshold</source>
        <translation>MQL-drempel</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="311"/>
        <source>Management</source>
        <translation>Directie</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="312"/>
        <source>Mandatory</source>
        <translation>Verplicht</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="313"/>
        <source>Manual</source>
        <translation>Handmatig</translation>
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
        <translation>Marketing rapporteert</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="317"/>
        <source>Measured</source>
        <translation>Gemeten</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="318"/>
        <source>Metric</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="319"/>
        <source>Minutes per contact attempt</source>
        <translation>Minuten per contactpoging</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="320"/>
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="321"/>
        <source>Monthly</source>
        <translation>Maandelijks</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="322"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="323"/>
        <source>Nederlands</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="324"/>
        <source>Note</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="325"/>
        <source>Nurture track</source>
        <translation>Nurturing-track</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="326"/>
        <source>Nurturing</source>
        <translation>Nurturing</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="327"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="328"/>
        <source>Opportunity stage</source>
        <translation>Opportunityfase</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="329"/>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="330"/>
        <source>Own data</source>
        <translation>Eigen gegevens</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="331"/>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="332"/>
        <source>Owning department</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="333"/>
        <source>Parked</source>
        <translation>Geparkeerd</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="334"/>
        <source>Part of the funnel</source>
        <translation>In de funnel</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="335"/>
        <source>Participant</source>
        <translation>Deelnemer</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="336"/>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="337"/>
        <source>Period starts</source>
        <translation>Begin periode</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="338"/>
        <source>Pilot ends</source>
        <translation>Einde pilot</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="339"/>
        <source>Pilot evaluation criteria</source>
        <translation>Evaluatiecriteria pilot</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="340"/>
        <source>Pilot starts</source>
        <translation>Start pilot</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="341"/>
        <source>Pipeline</source>
        <translation>Pijplijn</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="342"/>
        <source>Points</source>
        <translation>Punten</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="343"/>
        <source>Proposed</source>
        <translation>Voorgesteld</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="344"/>
        <source>Provided by</source>
        <translation>Geleverd door</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="345"/>
        <source>Quarter</source>
        <translation>Kwartaal</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="346"/>
        <source>Quarterly</source>
        <translation>Per kwartaal</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="347"/>
        <source>Rate from</source>
        <translation>Bron percentage</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="348"/>
        <source>Recycled to nurturing</source>
        <translation>Terug naar nurturing</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="349"/>
        <source>Red from</source>
        <translation>Rood vanaf</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="350"/>
        <source>Rejection</source>
        <translation>Afwijzing</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="351"/>
        <source>Renewal date</source>
        <translation>Verlenging op</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="352"/>
        <source>Retention</source>
        <translation>Klantbehoud</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="353"/>
        <source>Revenue</source>
        <translation>Omzet</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="354"/>
        <source>Revenue target</source>
        <translation>Omzetdoel</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="355"/>
        <source>Review date</source>
        <translation>Evaluatie op</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="356"/>
        <source>Review meeting</source>
        <translation>Evaluatieoverleg</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="357"/>
        <source>Rhythm</source>
        <translation>Ritme</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="358"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="359"/>
        <source>Sales</source>
        <translation>Sales</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="360"/>
        <source>Sales cycle</source>
        <translation>Verkoopcyclus</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="361"/>
        <source>Sales reports</source>
        <translation>Sales rapporteert</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="362"/>
        <source>Sales reps following up leads</source>
        <translation>Verkopers die leads opvolgen</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="363"/>
        <source>Satisfaction</source>
        <translation>Tevredenheid</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="364"/>
        <source>Score threshold</source>
        <translation>Scoredrempel</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="365"/>
        <source>Scoring</source>
        <translation>Scoring</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="366"/>
        <source>Scoring criterion</source>
        <translation>Scoringcriterium</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="367"/>
        <source>Scoring.threshold</source>
        <translation>Scoring: drempel</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="368"/>
        <source>Share of revenue from marketing-sourced leads</source>
        <translation>Aandeel van de omzet uit marketingleads</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="369"/>
        <source>Shared</source>
        <translation>Gezamenlijk</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="370"/>
        <source>Signatory</source>
        <translation>Ondertekenaar</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="371"/>
        <source>Signed</source>
        <translation>Ondertekend</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="372"/>
        <source>Signs as</source>
        <translation>Tekent als</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="373"/>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="374"/>
        <source>Target</source>
        <translation>Doelwaarde</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="375"/>
        <source>Track</source>
        <translation>Track</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="376"/>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="377"/>
        <source>Trigger</source>
        <translation>Trigger</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="378"/>
        <source>Unit</source>
        <translation>Eenheid</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="379"/>
        <source>Venue</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="380"/>
        <source>Weekly</source>
        <translation>Wekelijks</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="381"/>
        <source>What happens at the exit</source>
        <translation>Vervolgactie</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="382"/>
        <source>What must be recorded</source>
        <translation>Wat moet worden vastgelegd</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="383"/>
        <source>What stays separate</source>
        <translation>Wat gescheiden blijft</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="384"/>
        <source>When Sales may enrol a lead by hand</source>
        <translation>Wanneer sales een lead zelf voor nurturing mag aanmelden</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="385"/>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="386"/>
        <source>Win probability</source>
        <translation>Winkans</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="387"/>
        <source>Within</source>
        <translation>Binnen</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="388"/>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="389"/>
        <source>Workshop title</source>
        <translation>Titel van de workshop</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="390"/>
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="391"/>
        <source>Yearly</source>
        <translation>Jaarlijks</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="392"/>
        <source>business days</source>
        <translation>werkdagen</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="393"/>
        <source>days</source>
        <translation>dagen</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="394"/>
        <source>h</source>
        <translation>uur</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="395"/>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="396"/>
        <source>points</source>
        <translation>punten</translation>
    </message>
</context>
<context>
    <name>review</name>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="397"/>
        <source>Nobody from Marketing is in the core team.</source>
        <translation>Er zit niemand van marketing in het kernteam.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="398"/>
        <source>Nobody from Sales is in the core team.</source>
        <translation>Er zit niemand van sales in het kernteam.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="399"/>
        <source>The core team names someone who is no longer a participant.</source>
        <translation>In het kernteam staat iemand die geen deelnemer meer is.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="400"/>
        <source>The core team needs at least two people.</source>
        <translation>Het kernteam heeft minstens twee mensen nodig.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/ui/catalogue_strings.py" line="401"/>
        <source>The core team should have at most four people.</source>
        <translation>Het kernteam telt bij voorkeur hooguit vier mensen.</translation>
    </message>
</context>
</TS>
