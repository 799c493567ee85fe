<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>messages</name>
    <message>
        <location filename="../slaworkshop/model/scoring.py" line="345"/>
        <source>A condition can be at most {limit:,} characters long.</source>
        <translation>Eine Bedingung darf höchstens {limit:,} Zeichen lang sein.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/signoff.py" line="310"/>
        <source>A drawn signature must be a PNG picture.</source>
        <translation>Eine gezeichnete Unterschrift muss ein PNG-Bild sein.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/scoring.py" line="690"/>
        <source>A lead with no data at all scores {score:f} and is already an MQL.</source>
        <translation>Ein Lead ganz ohne Angaben erreicht {score:f} Punkte und ist damit schon ein MQL.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/exchange/container.py" line="208"/>
        <source>A member overlaps the archive's directory; the file is damaged or crafted.</source>
        <translation>Ein Bestandteil überlappt das Verzeichnis des Archivs; die Datei ist beschädigt oder manipuliert.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/workshops.py" line="344"/>
        <source>A new row needs a valid id.</source>
        <translation>Eine neue Zeile braucht eine gültige ID.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/workshops.py" line="340"/>
        <source>A new row needs its values as a mapping.</source>
        <translation>Eine neue Zeile braucht ihre Werte als Zuordnung (Feld → Wert).</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/workshops.py" line="44"/>
        <source>A position must be a whole number, not “{value}”.</source>
        <translation>Eine Position muss eine ganze Zahl sein, nicht „{value}“.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/workshops.py" line="346"/>
        <source>A row with this id exists already.</source>
        <translation>Eine Zeile mit dieser ID gibt es bereits.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/exchange/workshop_file.py" line="702"/>
        <source>A section's agreement is given twice in the file; it is not imported.</source>
        <translation>Der Einigungsstand eines Abschnitts steht zweimal in der Datei; sie wird nicht importiert.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/exchange/workshop_file.py" line="631"/>
        <source>A signed version number appears twice in the file; it is not imported.</source>
        <translation>Eine Nummer einer unterzeichneten Fassung kommt zweimal in der Datei vor; sie wird nicht importiert.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/signoff.py" line="573"/>
        <source>A version is a whole number, not “{value}”.</source>
        <translation>Eine Fassung ist eine ganze Zahl, nicht „{value}“.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/cadence.py" line="244"/>
        <source>Accept or reject within</source>
        <translation>Annehmen oder ablehnen innerhalb von</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/kpi.py" line="130"/>
        <source>Actual value</source>
        <translation>Istwert</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/capacity.py" line="114"/>
        <source>Amber limit</source>
        <translation>Gelb-Grenze</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/kpi.py" line="89"/>
        <source>Amber threshold</source>
        <translation>Gelb-Schwelle</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/kpi.py" line="94"/>
        <source>Amber threshold: for “at least” it must not be above the target.</source>
        <translation>Gelb-Schwelle: Bei „mindestens“ darf sie nicht über dem Zielwert liegen.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/kpi.py" line="110"/>
        <source>Amber threshold: for “at most” it must not be below the target.</source>
        <translation>Gelb-Schwelle: Bei „höchstens“ darf sie nicht unter dem Zielwert liegen.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/workshops.py" line="390"/>
        <source>An agreement note must be text.</source>
        <translation>Eine Anmerkung zur Einigung muss Text sein.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/signoff.py" line="512"/>
        <source>An approval must name a signatory, a date and a typed name.</source>
        <translation>Eine Freigabe muss Unterzeichner/in, Datum und eingetippten Namen nennen.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/signoff.py" line="518"/>
        <source>An approval names someone who is not a signatory of this workshop.</source>
        <translation>Eine Freigabe nennt jemanden, der in diesem Workshop nicht unterzeichnet.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/exchange/workshop_file.py" line="643"/>
        <source>An audit event number appears twice in the file; it is not imported.</source>
        <translation>Eine Nummer eines Prüfprotokoll-Eintrags kommt zweimal in der Datei vor; sie wird nicht importiert.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/exchange.py" line="424"/>
        <source>An export record names version {number}, which the file lacks.</source>
        <translation>Ein Exporteintrag nennt Fassung {number}, die in der Datei fehlt.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/signoff.py" line="425"/>
        <source>Approvals must be a list.</source>
        <translation>Freigaben müssen als Liste übergeben werden.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/review.py" line="332"/>
        <source>At least two lifecycle stages must be part of the funnel.</source>
        <translation>Mindestens zwei Lifecycle-Phasen müssen zum Funnel gehören.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/capacity.py" line="88"/>
        <source>Attempts per lead</source>
        <translation>Versuche je Lead</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/exchange.py" line="251"/>
        <source>Audit event {seq} of the file is not readable; it is not imported.</source>
        <translation>Eintrag {seq} des Prüfprotokolls in der Datei ist nicht lesbar; er wird nicht importiert.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/funnel.py" line="460"/>
        <source>Average deal size</source>
        <translation>Durchschnittliches Auftragsvolumen</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/cadence.py" line="279"/>
        <source>Back to Marketing after failed attempts</source>
        <translation>Zurück an das Marketing nach erfolglosen Versuchen</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/cadence.py" line="310"/>
        <source>Business hours: the start must be before the end.</source>
        <translation>Geschäftszeiten: Der Beginn muss vor dem Ende liegen.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/export/files.py" line="54"/>
        <source>Cannot write into {folder}: {reason}.</source>
        <translation>In {folder} kann nicht geschrieben werden: {reason}.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/export/files.py" line="72"/>
        <source>Cannot write {path}: {reason}.</source>
        <translation>{path} kann nicht geschrieben werden: {reason}.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/review.py" line="261"/>
        <source>Capacity check: enter the sales reps, their hours for follow-up and the minutes per attempt.</source>
        <translation>Kapazitätsprüfung: Tragen Sie die Vertriebsmitarbeiter, ihre Stunden fürs Nachfassen und die Minuten je Versuch ein.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/review.py" line="224"/>
        <source>Capacity check: no funnel stage is owned by Sales and none is called MQL, so there is no monthly number of leads to follow up. Mark the stage Sales takes over as owned by Sales in step 3, Definitions.</source>
        <translation>Kapazitätsprüfung: Keine Funnel-Phase liegt beim Vertrieb und keine heißt MQL, daher gibt es keine monatliche Zahl nachzufassender Leads. Markieren Sie in Schritt 3, Definitionen, die Phase, die der Vertrieb übernimmt, als Phase des Vertriebs.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/review.py" line="221"/>
        <source>Capacity check: set the number of contact attempts per lead in step 5, Handoff &amp; follow-up.</source>
        <translation>Kapazitätsprüfung: Legen Sie die Zahl der Kontaktversuche je Lead in Schritt 5, Übergabe &amp; Nachfassen, fest.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/review.py" line="276"/>
        <source>Capacity: Sales needs {percent} % of its follow-up time to work every lead — more than it has.</source>
        <translation>Kapazität: Der Vertrieb bräuchte {percent} % seiner Zeit fürs Nachfassen, um jeden Lead zu bearbeiten – mehr, als er hat.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/cadence.py" line="336"/>
        <source>Channels: a channel has no name.</source>
        <translation>Kanäle: Ein Kanal hat keinen Namen.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/cadence.py" line="329"/>
        <source>Channels: choose rotated or one per attempt.</source>
        <translation>Kanäle: Wählen Sie „im Wechsel“ oder „einer je Versuch“.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/cadence.py" line="333"/>
        <source>Channels: name at least one channel (phone, e-mail, video …).</source>
        <translation>Kanäle: Nennen Sie mindestens einen Kanal (Telefon, E-Mail, Video …).</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/cadence.py" line="341"/>
        <source>Channels: with one channel per attempt, {attempts} attempts need {attempts} channels; there are {channels}.</source>
        <translation>Kanäle: Bei einem Kanal je Versuch brauchen {attempts} Versuche {attempts} Kanäle; eingetragen sind {channels}.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/export/__init__.py" line="67"/>
        <location filename="../slaworkshop/services/signoff.py" line="981"/>
        <source>Choose a file name ending in .docx or .pdf (not “{name}”).</source>
        <translation>Wählen Sie einen Dateinamen mit der Endung .docx oder .pdf (nicht „{name}“).</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/funnel.py" line="402"/>
        <source>Conversion rate {number}</source>
        <translation>Konversionsrate {number}</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/funnel.py" line="400"/>
        <source>Conversion rate {source} → {target}</source>
        <translation>Konversionsrate {source} → {target}</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/funnel.py" line="385"/>
        <source>Conversion rates: {stages} stages need {needed} rates, one per pair of stages; there are {rates}.</source>
        <translation>Konversionsraten: {stages} Phasen brauchen {needed} Raten, eine je Phasenpaar; eingetragen sind {rates}.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/scoring.py" line="540"/>
        <source>Criterion {number}</source>
        <translation>Kriterium {number}</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/scoring.py" line="535"/>
        <source>Criterion {number}: expected a criterion.</source>
        <translation>Kriterium {number}: Hier wird ein Kriterium erwartet.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/kpi.py" line="87"/>
        <source>Direction: choose “at least” or “at most”.</source>
        <translation>Richtung: Wählen Sie „mindestens“ oder „höchstens“.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/signoff.py" line="514"/>
        <source>Each signatory approves once.</source>
        <translation>Jede/r Unterzeichnende gibt nur einmal frei.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/cadence.py" line="240"/>
        <source>First contact within</source>
        <translation>Erstkontakt innerhalb von</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/scoring.py" line="701"/>
        <source>Fit alone can reach the threshold (up to {points:f} points): a lead that shows no interest can become an MQL.</source>
        <translation>Der Fit allein kann die Schwelle erreichen (bis zu {points:f} Punkte): Auch ein Lead ohne jedes Interesse kann zum MQL werden.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/capacity.py" line="156"/>
        <source>Follow-up takes {percent} % of the time available.</source>
        <translation>Das Nachfassen beansprucht {percent} % der verfügbaren Zeit.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/review.py" line="405"/>
        <source>Follow-up: “{field}” is empty.</source>
        <translation>Nachfassen: „{field}“ ist leer.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/cadence.py" line="234"/>
        <source>Handoff: enter the date and time of the handoff.</source>
        <translation>Übergabe: Tragen Sie Datum und Uhrzeit der Übergabe ein.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/cadence.py" line="395"/>
        <source>Handoff: the plan would run past the year 9999.</source>
        <translation>Übergabe: Der Plan würde über das Jahr 9999 hinausreichen.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/capacity.py" line="78"/>
        <source>Hours per rep per week for follow-up</source>
        <translation>Stunden pro Vertriebsmitarbeiter und Woche fürs Nachfassen</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/scoring.py" line="712"/>
        <source>Interest alone can reach the threshold (up to {points:f} points): a lead outside the target group can become an MQL.</source>
        <translation>Das Interesse allein kann die Schwelle erreichen (bis zu {points:f} Punkte): Auch ein Lead außerhalb der Zielgruppe kann zum MQL werden.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/cadence.py" line="252"/>
        <source>Interval between attempts</source>
        <translation>Abstand zwischen den Versuchen</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/review.py" line="455"/>
        <source>KPI “{title}” follows a value that cannot be computed yet; its target is not updated.</source>
        <translation>KPI „{title}“ folgt einem Wert, der sich noch nicht berechnen lässt; sein Zielwert wird nicht angepasst.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/review.py" line="438"/>
        <source>KPI “{title}”: {problem}</source>
        <translation>KPI „{title}“: {problem}</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/capacity.py" line="106"/>
        <source>Leads to follow up per month</source>
        <translation>Nachzufassende Leads pro Monat</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/scoring.py" line="660"/>
        <location filename="../slaworkshop/model/scoring.py" line="738"/>
        <source>MQL threshold</source>
        <translation>MQL-Schwelle</translation>
    </message>
    <message>
        <location filename="../slaworkshop/exchange/container.py" line="204"/>
        <source>Members of the file overlap each other (a “zip bomb”); not imported.</source>
        <translation>Bestandteile der Datei überlappen einander (eine „ZIP-Bombe“); nicht importiert.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/capacity.py" line="96"/>
        <source>Minutes per attempt</source>
        <translation>Minuten je Versuch</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/review.py" line="549"/>
        <source>More than eight participants make it hard to decide together.</source>
        <translation>Mit mehr als acht Teilnehmenden wird es schwer, gemeinsam zu entscheiden.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/scoring.py" line="679"/>
        <source>No lead can reach the MQL threshold of {threshold:f}: the best possible score is {best:f}.</source>
        <translation>Kein Lead kann die MQL-Schwelle von {threshold:f} erreichen: Der höchstmögliche Score ist {best:f}.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/review.py" line="470"/>
        <source>Nobody from Marketing is in the core team.</source>
        <translation>Niemand aus dem Marketing ist im Kernteam.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/review.py" line="550"/>
        <source>Nobody from Marketing takes part.</source>
        <translation>Niemand aus dem Marketing nimmt teil.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/review.py" line="471"/>
        <source>Nobody from Sales is in the core team.</source>
        <translation>Niemand aus dem Vertrieb ist im Kernteam.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/review.py" line="551"/>
        <source>Nobody from Sales takes part.</source>
        <translation>Niemand aus dem Vertrieb nimmt teil.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/review.py" line="526"/>
        <source>Nobody is listed as a participant.</source>
        <translation>Es sind noch keine Teilnehmenden eingetragen.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/signoff.py" line="383"/>
        <source>Nobody is listed as a signatory.</source>
        <translation>Es sind noch keine Unterzeichnenden eingetragen.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/cadence.py" line="247"/>
        <source>Number of attempts</source>
        <translation>Anzahl der Versuche</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/review.py" line="552"/>
        <source>One department outnumbers the other more than two to one.</source>
        <translation>Eine Abteilung ist mehr als zwei zu eins in der Überzahl.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/workshops.py" line="206"/>
        <source>Only a workshop in the trash can be deleted for good.</source>
        <translation>Endgültig löschen lässt sich nur ein Workshop im Papierkorb.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/review.py" line="534"/>
        <source>Participant {number}: “{field}” is empty.</source>
        <translation>Teilnehmer/in {number}: „{field}“ ist leer.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/funnel.py" line="341"/>
        <source>Period: choose one of {allowed}.</source>
        <translation>Zeitraum: Wählen Sie einen dieser Zeiträume: {allowed}.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/review.py" line="488"/>
        <source>Pick the core team (two to four participants, both departments).</source>
        <translation>Wählen Sie das Kernteam (zwei bis vier Teilnehmende aus beiden Abteilungen).</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/kpi.py" line="90"/>
        <source>Red threshold</source>
        <translation>Rot-Schwelle</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/kpi.py" line="102"/>
        <source>Red threshold: for “at least” it must not be above the amber threshold.</source>
        <translation>Rot-Schwelle: Bei „mindestens“ darf sie nicht über der Gelb-Schwelle liegen.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/kpi.py" line="104"/>
        <source>Red threshold: for “at least” it must not be above the target.</source>
        <translation>Rot-Schwelle: Bei „mindestens“ darf sie nicht über dem Zielwert liegen.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/kpi.py" line="118"/>
        <source>Red threshold: for “at most” it must not be below the amber threshold.</source>
        <translation>Rot-Schwelle: Bei „höchstens“ darf sie nicht unter der Gelb-Schwelle liegen.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/kpi.py" line="120"/>
        <source>Red threshold: for “at most” it must not be below the target.</source>
        <translation>Rot-Schwelle: Bei „höchstens“ darf sie nicht unter dem Zielwert liegen.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/cadence.py" line="267"/>
        <source>Return to Marketing after</source>
        <translation>Rückgabe an das Marketing nach</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/funnel.py" line="450"/>
        <source>Revenue target</source>
        <translation>Umsatzziel</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/capacity.py" line="145"/>
        <source>Sales cannot follow up every lead: the work needs {percent} % of the time available. The team can handle about {leads:,} leads a month.</source>
        <translation>Der Vertrieb kann nicht jeden Lead nachfassen: Die Arbeit braucht {percent} % der verfügbaren Zeit. Das Team schafft etwa {leads:,} Leads im Monat.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/funnel.py" line="486"/>
        <source>Sales cycle</source>
        <translation>Verkaufszyklus</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/cadence.py" line="300"/>
        <source>Sales makes only {attempts} attempts, so the lead goes back to Marketing after the last one, not after {give_up}.</source>
        <translation>Der Vertrieb unternimmt nur {attempts} Versuche; der Lead geht daher nach dem letzten an das Marketing zurück, nicht nach {give_up}.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/capacity.py" line="74"/>
        <source>Sales reps</source>
        <translation>Vertriebsmitarbeiter</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/review.py" line="180"/>
        <source>Section “{key}” is {state}.</source>
        <translation>Abschnitt „{key}“ ist {state}.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/funnel.py" line="469"/>
        <source>Share of revenue from marketing-sourced leads</source>
        <translation>Umsatzanteil aus Marketing-Leads</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/signoff.py" line="385"/>
        <location filename="../slaworkshop/services/signoff.py" line="522"/>
        <source>Signatory {number}</source>
        <translation>Unterzeichner/in {number}</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/exchange.py" line="271"/>
        <source>Signed version {number}</source>
        <translation>Unterzeichnete Fassung {number}</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/exchange.py" line="102"/>
        <source>Signed version {number} was not imported: {reason}.</source>
        <translation>Die unterzeichnete Fassung {number} wurde nicht importiert: {reason}.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/exchange.py" line="414"/>
        <source>Signed version {number}: {problem}</source>
        <translation>Unterzeichnete Fassung {number}: {problem}</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/funnel.py" line="361"/>
        <source>Stage {number}: give the stage a name.</source>
        <translation>Phase {number}: Geben Sie der Phase einen Namen.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/funnel.py" line="368"/>
        <source>Stage {number}: “{name}” appears twice.</source>
        <translation>Phase {number}: „{name}“ kommt zweimal vor.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/funnel.py" line="353"/>
        <source>Stages: at most {limit} stages.</source>
        <translation>Phasen: höchstens {limit} Phasen.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/funnel.py" line="349"/>
        <source>Stages: the funnel needs at least two stages (e.g. Lead and Won).</source>
        <translation>Phasen: Der Funnel braucht mindestens zwei Phasen (z. B. Lead und Gewonnen).</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/review.py" line="588"/>
        <source>Step {number} is still empty.</source>
        <translation>Schritt {number} ist noch leer.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/kpi.py" line="79"/>
        <source>Target</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <location filename="../slaworkshop/exchange/container.py" line="109"/>
        <source>That is a folder, not a workshop file.</source>
        <translation>Das ist ein Ordner, keine Workshop-Datei.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/exchange/container.py" line="119"/>
        <source>That is not a regular file.</source>
        <translation>Das ist keine gewöhnliche Datei.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/workshops.py" line="191"/>
        <source>That workshop is not in the trash.</source>
        <translation>Dieser Workshop ist nicht im Papierkorb.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/workshops.py" line="425"/>
        <source>That {row} no longer exists (it may have been removed elsewhere).</source>
        <translation>Dieser Eintrag ({row}) existiert nicht mehr (vielleicht wurde er an anderer Stelle entfernt).</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/signoff.py" line="104"/>
        <source>The agreement cannot be signed yet: {reasons}</source>
        <translation>Die Vereinbarung kann noch nicht unterzeichnet werden: {reasons}</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/signoff.py" line="98"/>
        <source>The agreement cannot be signed yet: {reasons} (and {more} more)</source>
        <translation>Die Vereinbarung kann noch nicht unterzeichnet werden: {reasons} (und {more} weitere)</translation>
    </message>
    <message>
        <location filename="../slaworkshop/exchange/workshop_file.py" line="672"/>
        <source>The archive has no workshop.json: it is not a workshop file.</source>
        <translation>Das Archiv enthält keine workshop.json: Es ist keine Workshop-Datei.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/exchange/workshop_file.py" line="669"/>
        <source>The archive is not a workshop file (its type says otherwise).</source>
        <translation>Das Archiv ist keine Workshop-Datei (sein Typ besagt etwas anderes).</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/exchange.py" line="463"/>
        <source>The audit log here records {what} ({at} UTC) that the file does not have. Signed records are never deleted, so the file cannot replace the workshop: import the file as a copy instead.</source>
        <translation>Das Prüfprotokoll hier verzeichnet {what} ({at} UTC), den die Datei nicht enthält. Unterzeichnete Unterlagen werden nie gelöscht, daher kann die Datei den Workshop nicht ersetzen: Importieren Sie die Datei stattdessen als Kopie.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/exchange.py" line="372"/>
        <source>The audit log in the file was altered ({problem}); it is not imported.</source>
        <translation>Das Prüfprotokoll in der Datei wurde verändert ({problem}); es wird nicht importiert.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/export/docx.py" line="82"/>
        <location filename="../slaworkshop/export/docx.py" line="98"/>
        <source>The base document {path} cannot be read: {reason}.</source>
        <translation>Das Basisdokument {path} kann nicht gelesen werden: {reason}.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/export/docx.py" line="125"/>
        <source>The base document {path} has no page setup (section); save it again in Word.</source>
        <translation>Das Basisdokument {path} hat keine Seiteneinrichtung (Abschnitt); speichern Sie es in Word erneut.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/export/docx.py" line="117"/>
        <location filename="../slaworkshop/export/docx.py" line="251"/>
        <source>The base document {path} is not a usable .docx: {reason}.</source>
        <translation>Das Basisdokument {path} ist keine verwendbare .docx-Datei: {reason}.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/export/docx.py" line="132"/>
        <location filename="../slaworkshop/export/docx.py" line="261"/>
        <source>The base document {path} lacks the styles {styles}.</source>
        <translation>Im Basisdokument {path} fehlen die Formatvorlagen {styles}.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/signoff.py" line="440"/>
        <source>The content is the same as version {number}, which is signed already.</source>
        <translation>Der Inhalt entspricht Fassung {number}, die bereits unterzeichnet ist.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/review.py" line="290"/>
        <source>The conversion rate from “{stage}” is a benchmark, not your own data.</source>
        <translation>Die Konversionsrate ab „{stage}“ ist ein Benchmark, nicht Ihre eigenen Daten.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/review.py" line="472"/>
        <source>The core team names someone who is no longer a participant.</source>
        <translation>Im Kernteam steht jemand, der nicht mehr zu den Teilnehmenden gehört.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/review.py" line="468"/>
        <source>The core team needs at least two people.</source>
        <translation>Das Kernteam braucht mindestens zwei Personen.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/review.py" line="469"/>
        <source>The core team should have at most four people.</source>
        <translation>Das Kernteam sollte höchstens vier Personen umfassen.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/review.py" line="553"/>
        <source>The delegation is unbalanced.</source>
        <translation>Die Besetzung ist nicht ausgewogen.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/export/style.py" line="112"/>
        <source>The document style file {path} does not exist (moved or deleted?). Choose the style file again, or use the built-in style.</source>
        <translation>Die Dokumentstil-Datei {path} existiert nicht (verschoben oder gelöscht?). Wählen Sie die Stildatei erneut oder verwenden Sie den eingebauten Stil.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/export/style.py" line="140"/>
        <source>The document style {path} cannot be used: {problem}.</source>
        <translation>Der Dokumentstil {path} kann nicht verwendet werden: {problem}.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/signoff.py" line="343"/>
        <source>The drawn signature is a damaged PNG picture.</source>
        <translation>Die gezeichnete Unterschrift ist ein beschädigtes PNG-Bild.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/signoff.py" line="321"/>
        <location filename="../slaworkshop/services/signoff.py" line="328"/>
        <source>The drawn signature is not a PNG picture.</source>
        <translation>Die gezeichnete Unterschrift ist kein PNG-Bild.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/signoff.py" line="314"/>
        <source>The drawn signature is too large ({size:,} KB; at most {limit} KB).</source>
        <translation>Die gezeichnete Unterschrift ist zu groß ({size:,} KB; höchstens {limit} KB).</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/signoff.py" line="331"/>
        <source>The drawn signature is {width}×{height} pixels; at most {max_width}×{max_height}.</source>
        <translation>Die gezeichnete Unterschrift hat {width}×{height} Pixel; erlaubt sind höchstens {max_width}×{max_height}.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/exchange.py" line="429"/>
        <source>The export of “{file}” is not in the file's audit log; it is not imported.</source>
        <translation>Der Export von „{file}“ steht nicht im Prüfprotokoll der Datei; er wird nicht importiert.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/exchange/container.py" line="105"/>
        <location filename="../slaworkshop/exchange/container.py" line="124"/>
        <source>The file cannot be read: {reason}.</source>
        <translation>Die Datei kann nicht gelesen werden: {reason}.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/exchange/container.py" line="70"/>
        <source>The file contains a member that points outside the archive (“{name}”).</source>
        <translation>Die Datei enthält einen Bestandteil, der aus dem Archiv hinaus verweist („{name}“).</translation>
    </message>
    <message>
        <location filename="../slaworkshop/exchange/container.py" line="64"/>
        <source>The file contains a member with an absolute path (“{name}”); it is not imported.</source>
        <translation>Die Datei enthält einen Bestandteil mit absolutem Pfad („{name}“); sie wird nicht importiert.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/exchange/container.py" line="74"/>
        <source>The file contains an unexpected member (“{name}”): it is not a workshop file.</source>
        <translation>Die Datei enthält einen unerwarteten Bestandteil („{name}“): Sie ist keine Workshop-Datei.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/exchange/container.py" line="158"/>
        <source>The file contains “{name}” twice.</source>
        <translation>Die Datei enthält „{name}“ zweimal.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/exchange/workshop_file.py" line="452"/>
        <source>The file contains “{name}”, which is not a number JSON allows.</source>
        <translation>Die Datei enthält „{name}“, eine Zahl, die JSON nicht zulässt.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/exchange/workshop_file.py" line="494"/>
        <source>The file does not say which format version it has.</source>
        <translation>Die Datei gibt nicht an, welche Formatversion sie hat.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/exchange/container.py" line="146"/>
        <source>The file has {count:,} members; a workshop file has at most {limit}.</source>
        <translation>Die Datei hat {count:,} Bestandteile; eine Workshop-Datei hat höchstens {limit}.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/exchange/workshop_file.py" line="635"/>
        <source>The file holds a picture no approval uses ({name}); it is not imported.</source>
        <translation>Die Datei enthält ein Bild, das keine Freigabe verwendet ({name}); sie wird nicht importiert.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/exchange/container.py" line="86"/>
        <source>The file is damaged: a member's header is missing.</source>
        <translation>Die Datei ist beschädigt: Der Kopf eines Bestandteils fehlt.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/exchange/container.py" line="83"/>
        <source>The file is damaged: a member's header lies beyond the end of the file.</source>
        <translation>Die Datei ist beschädigt: Der Kopf eines Bestandteils liegt hinter dem Dateiende.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/exchange/container.py" line="91"/>
        <source>The file is damaged: a member's local header names a different file.</source>
        <translation>Die Datei ist beschädigt: Der lokale Kopf eines Bestandteils nennt eine andere Datei.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/exchange/container.py" line="169"/>
        <source>The file is encrypted; workshop files are never encrypted.</source>
        <translation>Die Datei ist verschlüsselt; Workshop-Dateien sind nie verschlüsselt.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/exchange/container.py" line="130"/>
        <source>The file is larger than {limit} MB.</source>
        <translation>Die Datei ist größer als {limit} MB.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/exchange/workshop_file.py" line="464"/>
        <source>The file is nested more than {limit} levels deep; it is not a workshop file.</source>
        <translation>Die Datei ist mehr als {limit} Ebenen tief verschachtelt; sie ist keine Workshop-Datei.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/exchange/workshop_file.py" line="510"/>
        <source>The file is not a valid workshop file: at {where}: {problem}</source>
        <translation>Die Datei ist keine gültige Workshop-Datei: in {where}: {problem}</translation>
    </message>
    <message>
        <location filename="../slaworkshop/exchange/container.py" line="112"/>
        <source>The file is {size:.0f} MB; a workshop file is at most {limit} MB.</source>
        <translation>Die Datei ist {size:.0f} MB groß; eine Workshop-Datei ist höchstens {limit} MB groß.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/exchange/workshop_file.py" line="426"/>
        <source>The file names “{key}” twice in one place; it is not imported.</source>
        <translation>Die Datei nennt „{key}“ an einer Stelle zweimal; sie wird nicht importiert.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/exchange.py" line="523"/>
        <source>The file reuses ids of another workshop in this database; import it as a copy instead.</source>
        <translation>Die Datei verwendet IDs eines anderen Workshops in dieser Datenbank; importieren Sie sie stattdessen als Kopie.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/exchange/workshop_file.py" line="497"/>
        <source>The file was written by a newer SLA Workshop (format {version}; this version reads up to {supported}). Update SLA Workshop to import it.</source>
        <translation>Die Datei wurde von einer neueren Version von SLA Workshop geschrieben (Format {version}; diese Version liest bis Format {supported}). Aktualisieren Sie SLA Workshop, um sie zu importieren.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/export/files.py" line="47"/>
        <source>The folder {folder} does not exist.</source>
        <translation>Der Ordner {folder} existiert nicht.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/exchange/workshop_file.py" line="684"/>
        <source>The id {id} is used twice in the file; it is not imported.</source>
        <translation>Die ID {id} wird in der Datei zweimal verwendet; sie wird nicht importiert.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/cadence.py" line="290"/>
        <source>The lead goes back to Marketing after {give_up} failed attempts, before the {attempts} agreed attempts are made: the plan stops there.</source>
        <translation>Der Lead geht nach {give_up} erfolglosen Versuchen an das Marketing zurück, bevor die {attempts} vereinbarten Versuche gemacht sind: Der Plan endet dort.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/exchange/container.py" line="196"/>
        <source>The members of the file would unpack to too much data; not imported.</source>
        <translation>Die Bestandteile der Datei würden zu viele Daten entpacken; nicht importiert.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/exchange/container.py" line="141"/>
        <source>The workshop file is damaged ({reason}).</source>
        <translation>Die Workshop-Datei ist beschädigt ({reason}).</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/exchange.py" line="449"/>
        <source>The workshop here has signed version {number}, which the file does not have. Signed versions are never deleted, so the file cannot replace it: import the file as a copy instead.</source>
        <translation>Der Workshop hier hat die unterzeichnete Fassung {number}, die in der Datei fehlt. Unterzeichnete Fassungen werden nie gelöscht, daher kann die Datei ihn nicht ersetzen: Importieren Sie die Datei stattdessen als Kopie.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/export/style.py" line="119"/>
        <source>The {what} {path} named in the document style {style} is missing.</source>
        <translation>{path} ({what}), im Dokumentstil {style} genannt, fehlt.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/export/style.py" line="128"/>
        <source>The {what} {path} named in the document style {style} is not a file.</source>
        <translation>{path} ({what}), im Dokumentstil {style} genannt, ist keine Datei.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/workshops.py" line="402"/>
        <source>There is no list “{name}” in a workshop.</source>
        <translation>Eine Liste „{name}“ gibt es in einem Workshop nicht.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/exchange/container.py" line="102"/>
        <source>There is no such file.</source>
        <translation>Diese Datei gibt es nicht.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/signoff.py" line="567"/>
        <location filename="../slaworkshop/services/workshops.py" line="288"/>
        <source>There is no workshop with the id “{id}”.</source>
        <translation>Es gibt keinen Workshop mit der ID „{id}“.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/fields.py" line="324"/>
        <location filename="../slaworkshop/services/workshops.py" line="397"/>
        <source>There is no “{name}” in a workshop.</source>
        <translation>„{name}“ gibt es in einem Workshop nicht.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/funnel.py" line="546"/>
        <source>These counts rest on benchmark rates rather than your own data: {stages}.</source>
        <translation>Diese Zahlen beruhen auf Benchmark-Quoten statt auf Ihren eigenen Daten: {stages}.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/exchange/container.py" line="135"/>
        <source>This is a bare JSON file, not a workshop file (.slaw) exported by SLA Workshop.</source>
        <translation>Das ist eine reine JSON-Datei, keine von SLA Workshop exportierte Workshop-Datei (.slaw).</translation>
    </message>
    <message>
        <location filename="../slaworkshop/exchange/container.py" line="137"/>
        <source>This is not a workshop file (.slaw): it is not a ZIP archive.</source>
        <translation>Das ist keine Workshop-Datei (.slaw): Es ist kein ZIP-Archiv.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/exchange/workshop_file.py" line="491"/>
        <source>This is not an SLA Workshop workshop file (its format is not named).</source>
        <translation>Das ist keine Workshop-Datei von SLA Workshop (ihr Format ist nicht angegeben).</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/exchange.py" line="84"/>
        <source>This workshop exists here already (“{title}”). Choose: import it as a copy, or replace the local workshop with the file's content.</source>
        <translation>Diesen Workshop gibt es hier bereits („{title}“). Wählen Sie: als Kopie importieren oder den Workshop hier durch den Inhalt der Datei ersetzen.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/signoff.py" line="580"/>
        <source>This workshop has no signed version {number}.</source>
        <translation>Dieser Workshop hat keine unterzeichnete Fassung {number}.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/workshops.py" line="219"/>
        <source>This workshop has signed {which}. Signed agreements are kept as a record and cannot be deleted for good; the workshop stays in the trash, where it can be restored.</source>
        <translation>Für diesen Workshop liegt eine Unterzeichnung vor ({which}). Unterzeichnete Vereinbarungen bleiben als Nachweis erhalten und lassen sich nicht endgültig löschen; der Workshop bleibt im Papierkorb und kann dort wiederhergestellt werden.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/errors.py" line="22"/>
        <source>This workshop was changed in another window or on another computer since you opened it. Your last change was not saved, and nothing you typed is lost.</source>
        <translation>Dieser Workshop wurde seit dem Öffnen in einem anderen Fenster oder auf einem anderen Computer geändert. Ihre letzte Änderung wurde nicht gespeichert; nichts von dem, was Sie eingegeben haben, geht verloren.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/capacity.py" line="152"/>
        <source>Tight: follow-up takes {percent} % of the time available, leaving little slack.</source>
        <translation>Knapp: Das Nachfassen beansprucht {percent} % der verfügbaren Zeit; es bleibt wenig Spielraum.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/workshops.py" line="248"/>
        <source>Too many changes at once ({count:,}); at most {limit:,}.</source>
        <translation>Zu viele Änderungen auf einmal ({count:,}); höchstens {limit:,}.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/workshops.py" line="393"/>
        <source>Unknown edit {name}.</source>
        <translation>Unbekannte Änderung {name}.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/workshops.py" line="369"/>
        <source>Unknown section.</source>
        <translation>Unbekannter Abschnitt.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/signoff.py" line="656"/>
        <source>Version {number} cannot be read: {problem}.</source>
        <translation>Fassung {number} ist nicht lesbar: {problem}.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/signoff.py" line="660"/>
        <source>Version {number} no longer matches its fingerprint: its record was changed outside the app.</source>
        <translation>Fassung {number} passt nicht mehr zu ihrem Fingerabdruck: Ihr Datensatz wurde außerhalb der App verändert.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/exchange/workshop_file.py" line="600"/>
        <source>Version {number}: the drawn signature {name} is missing from the file.</source>
        <translation>Fassung {number}: Die gezeichnete Unterschrift {name} fehlt in der Datei.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/review.py" line="516"/>
        <source>Workshop: “{field}” is empty.</source>
        <translation>Workshop: „{field}“ ist leer.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/scoring.py" line="342"/>
        <location filename="../slaworkshop/model/scoring.py" line="349"/>
        <source>Write a condition, e.g. {examples}.</source>
        <translation>Schreiben Sie eine Bedingung, z. B. {examples}.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/review.py" line="152"/>
        <source>agreed</source>
        <translation>vereinbart</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/review.py" line="153"/>
        <source>agreed with reservations</source>
        <translation>mit Vorbehalt vereinbart</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/exchange.py" line="461"/>
        <source>an entry</source>
        <translation>einen Eintrag</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/exchange.py" line="459"/>
        <source>an export of a signed version</source>
        <translation>einen Export einer unterzeichneten Fassung</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/signoff.py" line="259"/>
        <source>audit event {seq} does not follow the one before</source>
        <translation>Eintrag {seq} des Prüfprotokolls schließt nicht an den vorigen an</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/signoff.py" line="253"/>
        <source>audit event {seq} is missing</source>
        <translation>Eintrag {seq} des Prüfprotokolls fehlt</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/signoff.py" line="266"/>
        <source>audit event {seq} was altered</source>
        <translation>Eintrag {seq} des Prüfprotokolls wurde verändert</translation>
    </message>
    <message>
        <location filename="../slaworkshop/export/style.py" line="442"/>
        <source>base document</source>
        <translation>Basisdokument</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/cadence.py" line="256"/>
        <location filename="../slaworkshop/model/cadence.py" line="222"/>
        <location filename="../slaworkshop/model/cadence.py" line="271"/>
        <source>business days</source>
        <translation>Arbeitstage</translation>
    </message>
    <message>
        <location filename="../slaworkshop/export/style.py" line="279"/>
        <source>colours.{name} must be a colour like “#1F3A5F” (not {value})</source>
        <translation>colours.{name} muss eine Farbe wie „#1F3A5F“ sein (nicht {value})</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/funnel.py" line="490"/>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/review.py" line="154"/>
        <source>disputed</source>
        <translation>strittig</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/funnel.py" line="105"/>
        <source>enter a value.</source>
        <translation>Geben Sie einen Wert ein.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/funnel.py" line="107"/>
        <source>expected a number.</source>
        <translation>Hier wird eine Zahl erwartet.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/export/style.py" line="443"/>
        <source>font</source>
        <translation>Schriftart</translation>
    </message>
    <message>
        <location filename="../slaworkshop/export/style.py" line="269"/>
        <source>fonts.{key} must be a font name of 1 to 64 characters</source>
        <translation>fonts.{key} muss ein Schriftartname mit 1 bis 64 Zeichen sein</translation>
    </message>
    <message>
        <location filename="../slaworkshop/export/style.py" line="339"/>
        <source>fonts.{key} {font} is not a TrueType font (.ttf)</source>
        <translation>fonts.{key} {font} ist keine TrueType-Schriftart (.ttf)</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/funnel.py" line="340"/>
        <source>half-year</source>
        <translation>Halbjahr</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/cadence.py" line="222"/>
        <location filename="../slaworkshop/model/capacity.py" line="83"/>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <location filename="../slaworkshop/export/style.py" line="236"/>
        <source>it cannot be read ({reason})</source>
        <translation>die Datei kann nicht gelesen werden ({reason})</translation>
    </message>
    <message>
        <location filename="../slaworkshop/export/style.py" line="230"/>
        <source>it has {size:,} bytes; a style file is a small JSON file (at most 256 kB)</source>
        <translation>die Datei hat {size:,} Byte; eine Stildatei ist eine kleine JSON-Datei (höchstens 256 kB)</translation>
    </message>
    <message>
        <location filename="../slaworkshop/export/style.py" line="234"/>
        <source>it is not a text file in UTF-8</source>
        <translation>die Datei ist keine Textdatei in UTF-8</translation>
    </message>
    <message>
        <location filename="../slaworkshop/export/style.py" line="243"/>
        <source>it is not valid JSON (line {line}, column {column})</source>
        <translation>die Datei ist kein gültiges JSON (Zeile {line}, Spalte {column})</translation>
    </message>
    <message>
        <location filename="../slaworkshop/export/style.py" line="245"/>
        <source>it is not valid JSON (nested)</source>
        <translation>die Datei ist kein gültiges JSON (zu tief verschachtelt)</translation>
    </message>
    <message>
        <location filename="../slaworkshop/export/style.py" line="247"/>
        <source>it must hold a JSON object {{…}}, not {type}</source>
        <translation>die Datei muss ein JSON-Objekt {{…}} enthalten, nicht {type}</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/exchange.py" line="403"/>
        <source>its approvals are not the ones the audit log recorded</source>
        <translation>ihre Freigaben sind nicht die im Prüfprotokoll verzeichneten</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/exchange.py" line="397"/>
        <source>its content does not match its fingerprint (altered after signing)</source>
        <translation>ihr Inhalt passt nicht zu ihrem Fingerabdruck (nach der Unterzeichnung verändert)</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/exchange.py" line="395"/>
        <source>its content is not as it was signed (altered after signing)</source>
        <translation>ihr Inhalt ist nicht mehr wie unterzeichnet (nach der Unterzeichnung verändert)</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/exchange.py" line="401"/>
        <source>its fingerprint is not the one the audit log recorded</source>
        <translation>ihr Fingerabdruck ist nicht der im Prüfprotokoll verzeichnete</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/exchange.py" line="399"/>
        <source>its sign-off is not in the audit log</source>
        <translation>ihre Unterzeichnung steht nicht im Prüfprotokoll</translation>
    </message>
    <message>
        <location filename="../slaworkshop/export/style.py" line="442"/>
        <source>logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../slaworkshop/export/style.py" line="287"/>
        <location filename="../slaworkshop/export/style.py" line="259"/>
        <source>millimetres</source>
        <translation>Millimetern</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/capacity.py" line="101"/>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/funnel.py" line="340"/>
        <source>month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/funnel.py" line="157"/>
        <source>must be at least {limit} {unit}.</source>
        <translation>muss mindestens {limit} {unit} betragen.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/funnel.py" line="159"/>
        <source>must be at least {limit}.</source>
        <translation>muss mindestens {limit} betragen.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/funnel.py" line="162"/>
        <source>must be at most {limit} {unit}.</source>
        <translation>darf höchstens {limit} {unit} betragen.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/funnel.py" line="164"/>
        <source>must be at most {limit}.</source>
        <translation>darf höchstens {limit} betragen.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/funnel.py" line="151"/>
        <source>must be more than {limit} {unit}.</source>
        <translation>muss mehr als {limit} {unit} betragen.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/funnel.py" line="153"/>
        <source>must be more than {limit}.</source>
        <translation>muss mehr als {limit} betragen.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/review.py" line="150"/>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/review.py" line="155"/>
        <source>parked</source>
        <translation>zurückgestellt</translation>
    </message>
    <message>
        <location filename="../slaworkshop/export/style.py" line="273"/>
        <source>points</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/review.py" line="151"/>
        <source>proposed</source>
        <translation>vorgeschlagen</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/funnel.py" line="340"/>
        <source>quarter</source>
        <translation>Quartal</translation>
    </message>
    <message>
        <location filename="../slaworkshop/export/style.py" line="455"/>
        <location filename="../slaworkshop/export/style.py" line="488"/>
        <location filename="../slaworkshop/export/style.py" line="459"/>
        <source>style file</source>
        <translation>Stildatei</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/funnel.py" line="111"/>
        <source>that is not a number.</source>
        <translation>Das ist keine Zahl.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/funnel.py" line="100"/>
        <source>that number is too large.</source>
        <translation>Diese Zahl ist zu groß.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/export/style.py" line="407"/>
        <source>the base document {base} has {size:,} bytes; at most 30 MB</source>
        <translation>das Basisdokument {base} hat {size:,} Byte; höchstens 30 MB</translation>
    </message>
    <message>
        <location filename="../slaworkshop/export/style.py" line="414"/>
        <source>the base document {base} is not a .docx file</source>
        <translation>das Basisdokument {base} ist keine .docx-Datei</translation>
    </message>
    <message>
        <location filename="../slaworkshop/export/style.py" line="419"/>
        <source>the base document {base} unpacks to {size:,} bytes; not a template</source>
        <translation>das Basisdokument {base} entpackt zu {size:,} Byte; keine Vorlage</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/signoff.py" line="747"/>
        <source>the export of {file} is not in the audit log</source>
        <translation>der Export von {file} steht nicht im Prüfprotokoll</translation>
    </message>
    <message>
        <location filename="../slaworkshop/export/style.py" line="348"/>
        <source>the font fonts.{key} {font} cannot be embedded in a PDF ({reason})</source>
        <translation>die Schriftart fonts.{key} {font} kann nicht in ein PDF eingebettet werden ({reason})</translation>
    </message>
    <message>
        <location filename="../slaworkshop/export/style.py" line="359"/>
        <source>the font fonts.{key} {font} cannot draw plain letters and digits</source>
        <translation>die Schriftart fonts.{key} {font} kann keine einfachen Buchstaben und Ziffern darstellen</translation>
    </message>
    <message>
        <location filename="../slaworkshop/export/style.py" line="331"/>
        <source>the font fonts.{key} {font} has PostScript (CFF) outlines; the PDF needs a TrueType .ttf font</source>
        <translation>die Schriftart fonts.{key} {font} hat PostScript-Umrisse (CFF); das PDF braucht eine TrueType-Schriftart (.ttf)</translation>
    </message>
    <message>
        <location filename="../slaworkshop/export/style.py" line="319"/>
        <source>the font fonts.{key} {font} has {size:,} bytes; at most 50 MB</source>
        <translation>die Schriftart fonts.{key} {font} hat {size:,} Byte; höchstens 50 MB</translation>
    </message>
    <message>
        <location filename="../slaworkshop/export/style.py" line="172"/>
        <source>the key “{key}” is missing</source>
        <translation>der Schlüssel „{key}“ fehlt</translation>
    </message>
    <message>
        <location filename="../slaworkshop/exchange/workshop_file.py" line="536"/>
        <source>the list is too long ({count:,} entries; at most {limit:,})</source>
        <translation>die Liste ist zu lang ({count:,} Einträge; höchstens {limit:,})</translation>
    </message>
    <message>
        <location filename="../slaworkshop/export/style.py" line="367"/>
        <source>the logo {logo} has {size:,} bytes; at most 10 MB</source>
        <translation>das Logo {logo} hat {size:,} Byte; höchstens 10 MB</translation>
    </message>
    <message>
        <location filename="../slaworkshop/export/style.py" line="377"/>
        <source>the logo {logo} is a {format} image; use PNG or JPEG</source>
        <translation>das Logo {logo} ist ein {format}-Bild; verwenden Sie PNG oder JPEG</translation>
    </message>
    <message>
        <location filename="../slaworkshop/export/style.py" line="398"/>
        <source>the logo {logo} is not a readable PNG or JPEG image</source>
        <translation>das Logo {logo} ist kein lesbares PNG- oder JPEG-Bild</translation>
    </message>
    <message>
        <location filename="../slaworkshop/export/style.py" line="386"/>
        <source>the logo {logo} measures {width} × {height} pixels; far too big</source>
        <translation>das Logo {logo} misst {width} × {height} Pixel; viel zu groß</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/signoff.py" line="729"/>
        <source>the sign-off of version {number} is not in the audit log</source>
        <translation>die Unterzeichnung von Fassung {number} steht nicht im Prüfprotokoll</translation>
    </message>
    <message>
        <location filename="../slaworkshop/exchange/workshop_file.py" line="530"/>
        <source>the text is too long ({length:,} characters; at most {limit:,})</source>
        <translation>der Text ist zu lang ({length:,} Zeichen; höchstens {limit:,})</translation>
    </message>
    <message>
        <location filename="../slaworkshop/exchange/workshop_file.py" line="508"/>
        <source>the top level</source>
        <translation>der obersten Ebene</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/exchange.py" line="308"/>
        <source>the workshop</source>
        <translation>der Workshop</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/workshops.py" line="214"/>
        <source>version {number}</source>
        <translation>Fassung {number}</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/workshops.py" line="216"/>
        <source>versions {first}–{last}</source>
        <translation>Fassungen {first}–{last}</translation>
    </message>
    <message>
        <location filename="../slaworkshop/exchange/workshop_file.py" line="489"/>
        <source>workshop.json does not describe a workshop (it is not a JSON object).</source>
        <translation>workshop.json beschreibt keinen Workshop (es ist kein JSON-Objekt).</translation>
    </message>
    <message>
        <location filename="../slaworkshop/exchange/workshop_file.py" line="459"/>
        <source>workshop.json is not UTF-8 text; the file is damaged.</source>
        <translation>workshop.json ist kein UTF-8-Text; die Datei ist beschädigt.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/exchange/workshop_file.py" line="476"/>
        <source>workshop.json is not valid JSON (line {line}, column {column}).</source>
        <translation>workshop.json ist kein gültiges JSON (Zeile {line}, Spalte {column}).</translation>
    </message>
    <message>
        <location filename="../slaworkshop/exchange/workshop_file.py" line="482"/>
        <source>workshop.json is not valid JSON.</source>
        <translation>workshop.json ist kein gültiges JSON.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/funnel.py" line="340"/>
        <source>year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <location filename="../slaworkshop/exchange/workshop_file.py" line="691"/>
        <source>{label} {index}</source>
        <translation>{label} {index}</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/scoring.py" line="565"/>
        <source>{label}, points</source>
        <translation>{label}, Punkte</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/fields.py" line="78"/>
        <source>{label}: at most {limit:,} characters.</source>
        <translation>{label}: höchstens {limit:,} Zeichen.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/scoring.py" line="574"/>
        <source>{label}: choose fit or interest.</source>
        <translation>{label}: Wählen Sie Fit oder Interesse.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/cadence.py" line="203"/>
        <source>{label}: choose hours or business days.</source>
        <translation>{label}: Wählen Sie Stunden oder Arbeitstage.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/fields.py" line="132"/>
        <source>{label}: expected a date.</source>
        <translation>{label}: Hier wird ein Datum erwartet.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/fields.py" line="141"/>
        <source>{label}: expected a number.</source>
        <translation>{label}: Hier wird eine Zahl erwartet.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/funnel.py" line="404"/>
        <source>{label}: expected a rate.</source>
        <translation>{label}: Hier wird eine Quote erwartet.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/fields.py" line="74"/>
        <source>{label}: expected text.</source>
        <translation>{label}: Hier wird Text erwartet.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/fields.py" line="98"/>
        <source>{label}: expected yes or no.</source>
        <translation>{label}: Hier wird Ja oder Nein erwartet.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/fields.py" line="160"/>
        <location filename="../slaworkshop/model/funnel.py" line="208"/>
        <source>{label}: must be a whole number.</source>
        <translation>{label}: muss eine ganze Zahl sein.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/fields.py" line="173"/>
        <source>{label}: must be at least {limit} %.</source>
        <translation>{label}: muss mindestens {limit} % betragen.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/fields.py" line="178"/>
        <source>{label}: must be at least {limit} {unit}.</source>
        <translation>{label}: muss mindestens {limit} {unit} betragen.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/fields.py" line="181"/>
        <source>{label}: must be at least {limit}.</source>
        <translation>{label}: muss mindestens {limit} betragen.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/fields.py" line="174"/>
        <source>{label}: must be at most {limit} %.</source>
        <translation>{label}: darf höchstens {limit} % betragen.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/fields.py" line="179"/>
        <source>{label}: must be at most {limit} {unit}.</source>
        <translation>{label}: darf höchstens {limit} {unit} betragen.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/fields.py" line="182"/>
        <source>{label}: must be at most {limit}.</source>
        <translation>{label}: darf höchstens {limit} betragen.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/scoring.py" line="546"/>
        <source>{label}: name the attribute it looks at.</source>
        <translation>{label}: Nennen Sie das Merkmal, das es prüft.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/funnel.py" line="421"/>
        <source>{label}: say whether it is your own data or a benchmark.</source>
        <translation>{label}: Geben Sie an, ob es eigene Daten oder ein Benchmark sind.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/scoring.py" line="560"/>
        <source>{label}: write a condition.</source>
        <translation>{label}: Schreiben Sie eine Bedingung.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/funnel.py" line="173"/>
        <location filename="../slaworkshop/model/scoring.py" line="555"/>
        <source>{label}: {problem}</source>
        <translation>{label}: {problem}</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/fields.py" line="126"/>
        <source>{label}: “{value}” is not a date (YYYY-MM-DD).</source>
        <translation>{label}: „{value}“ ist kein Datum (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/fields.py" line="166"/>
        <source>{label}: “{value}” is not a number.</source>
        <translation>{label}: „{value}“ ist keine Zahl.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/fields.py" line="88"/>
        <source>{label}: “{value}” is not an e-mail address.</source>
        <translation>{label}: „{value}“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/fields.py" line="109"/>
        <source>{label}: “{value}” is not one of {allowed}.</source>
        <translation>{label}: „{value}“ ist keiner dieser Werte: {allowed}.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/exchange/workshop_file.py" line="550"/>
        <source>{name} is a required property</source>
        <translation>{name} ist eine Pflichtangabe</translation>
    </message>
    <message>
        <location filename="../slaworkshop/export/files.py" line="33"/>
        <source>{path} exists already. Choose another name, or confirm that it may be replaced.</source>
        <translation>{path} existiert bereits. Wählen Sie einen anderen Namen oder bestätigen Sie, dass die Datei ersetzt werden darf.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/export/files.py" line="45"/>
        <source>{path} is a folder; give a file name.</source>
        <translation>{path} ist ein Ordner; geben Sie einen Dateinamen an.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/funnel.py" line="537"/>
        <source>{stage}: more than {limit:,} a month are needed — check the rates and the deal size.</source>
        <translation>{stage}: Es werden mehr als {limit:,} im Monat gebraucht – prüfen Sie die Quoten und das Auftragsvolumen.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/fields.py" line="270"/>
        <location filename="../slaworkshop/services/workshops.py" line="276"/>
        <source>{table} has no field “{name}”.</source>
        <translation>{table} hat kein Feld „{name}“.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/exchange.py" line="316"/>
        <location filename="../slaworkshop/services/review.py" line="84"/>
        <source>{table} {number}</source>
        <translation>{table} {number}</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/review.py" line="134"/>
        <source>{table} “{title}” is {state}.</source>
        <translation>{table} „{title}“ ist {state}.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/review.py" line="116"/>
        <source>{table} “{title}”: “{field}” is empty.</source>
        <translation>{table} „{title}“: „{field}“ ist leer.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/review.py" line="101"/>
        <source>{table}: “{field}” is empty.</source>
        <translation>{table}: „{field}“ ist leer.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/exchange/workshop_file.py" line="544"/>
        <source>{value} does not match the expected form</source>
        <translation>{value} hat nicht die erwartete Form</translation>
    </message>
    <message>
        <location filename="../slaworkshop/exchange/workshop_file.py" line="540"/>
        <source>{value} is not of type {type}</source>
        <translation>{value} ist nicht vom Typ {type}</translation>
    </message>
    <message>
        <location filename="../slaworkshop/exchange/workshop_file.py" line="542"/>
        <source>{value} is not one of the allowed values</source>
        <translation>{value} ist keiner der zulässigen Werte</translation>
    </message>
    <message>
        <location filename="../slaworkshop/exchange/workshop_file.py" line="546"/>
        <source>{value} is not {expected}</source>
        <translation>{value} ist nicht {expected}</translation>
    </message>
    <message>
        <location filename="../slaworkshop/export/style.py" line="186"/>
        <source>{where} must be a file name relative to {root} (not {value})</source>
        <translation>{where} muss ein Dateiname relativ zu {root} sein (nicht {value})</translation>
    </message>
    <message>
        <location filename="../slaworkshop/export/style.py" line="148"/>
        <source>{where} must be a number of {unit} (not {value})</source>
        <translation>{where} muss eine Zahl in {unit} sein (nicht {value})</translation>
    </message>
    <message>
        <location filename="../slaworkshop/export/style.py" line="158"/>
        <source>{where} must be between {low:g} and {high:g} {unit} (not {value:g})</source>
        <translation>{where} muss zwischen {low:g} und {high:g} {unit} liegen (nicht {value:g})</translation>
    </message>
    <message>
        <location filename="../slaworkshop/export/style.py" line="212"/>
        <source>{where} “{value}” leads out of the style's folder {root}</source>
        <translation>{where} „{value}“ führt aus dem Ordner des Stils {root} hinaus</translation>
    </message>
    <message>
        <location filename="../slaworkshop/export/style.py" line="197"/>
        <source>{where} “{value}” leads out of the style's folder {root}; name a file inside it</source>
        <translation>{where} „{value}“ führt aus dem Ordner des Stils {root} hinaus; nennen Sie eine Datei darin</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/exchange.py" line="332"/>
        <source>{where}: the agreement of “{key}” is not readable.</source>
        <translation>{where}: Der Einigungsstand von „{key}“ ist nicht lesbar.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/exchange/workshop_file.py" line="560"/>
        <source>{where}: {problem}</source>
        <translation>{where}: {problem}</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/exchange.py" line="286"/>
        <source>{where}: {row} has an id of the wrong form.</source>
        <translation>{where}: {row} hat eine ID in falscher Form.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/exchange.py" line="275"/>
        <source>{where}: {row} is not a set of values.</source>
        <translation>{where}: {row} ist keine Menge von Werten.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/exchange.py" line="294"/>
        <source>{where}: {row}: {problem}</source>
        <translation>{where}: {row}: {problem}</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/exchange.py" line="298"/>
        <source>{where}: {row}: “{name}” holds a value the app would not store.</source>
        <translation>{where}: {row}: „{name}“ enthält einen Wert, den die App nicht speichern würde.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/exchange.py" line="313"/>
        <source>{where}: “{name}” is not a list of the workshop.</source>
        <translation>{where}: „{name}“ ist keine Liste des Workshops.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/exchange.py" line="321"/>
        <source>{where}: “{name}” is not a section of the workshop.</source>
        <translation>{where}: „{name}“ ist kein Abschnitt des Workshops.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/signoff.py" line="525"/>
        <source>{who} has not approved.</source>
        <translation>{who} hat noch nicht freigegeben.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/signoff.py" line="352"/>
        <source>{who} has not typed their name to approve.</source>
        <translation>{who} hat zur Freigabe noch nicht den eigenen Namen eingetippt.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/signoff.py" line="362"/>
        <source>{who}: the approval date must be a date.</source>
        <translation>{who}: Das Freigabedatum muss ein Datum sein.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/signoff.py" line="370"/>
        <source>{who}: the approval date {date} is not plausible.</source>
        <translation>{who}: Das Freigabedatum {date} ist nicht plausibel.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/signoff.py" line="366"/>
        <source>{who}: the approval date {date} lies in the future.</source>
        <translation>{who}: Das Freigabedatum {date} liegt in der Zukunft.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/signoff.py" line="355"/>
        <source>{who}: the typed name is longer than {limit} characters.</source>
        <translation>{who}: Der eingetippte Name ist länger als {limit} Zeichen.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/signoff.py" line="349"/>
        <source>{who}: the typed name must be text.</source>
        <translation>{who}: Der eingetippte Name muss Text sein.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/signoff.py" line="390"/>
        <source>{who}: “{fields}” is empty.</source>
        <translation>{who}: „{fields}“ ist leer.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/export/style.py" line="264"/>
        <source>“fonts” lacks “{key}”</source>
        <translation>in „fonts“ fehlt „{key}“</translation>
    </message>
    <message>
        <location filename="../slaworkshop/export/style.py" line="257"/>
        <source>“margins_mm” lacks “{key}”</source>
        <translation>in „margins_mm“ fehlt „{key}“</translation>
    </message>
    <message>
        <location filename="../slaworkshop/export/style.py" line="252"/>
        <source>“page_size” must be A4 or LETTER (not {value})</source>
        <translation>„page_size“ muss A4 oder LETTER sein (nicht {value})</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/scoring.py" line="311"/>
        <location filename="../slaworkshop/model/scoring.py" line="286"/>
        <source>“{condition}”: a quote is not closed.</source>
        <translation>„{condition}“: Ein Anführungszeichen ist nicht geschlossen.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/scoring.py" line="329"/>
        <source>“{condition}”: after “{keyword}” a number is expected (no thousands separators), e.g. {keyword} 50.</source>
        <translation>„{condition}“: Nach „{keyword}“ wird eine Zahl erwartet (ohne Tausendertrennzeichen), z. B. {keyword} 50.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/scoring.py" line="405"/>
        <source>“{condition}”: after “{keyword}” a value is expected.</source>
        <translation>„{condition}“: Nach „{keyword}“ wird ein Wert erwartet.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/scoring.py" line="378"/>
        <source>“{condition}”: after “{keyword}” a value is expected. Examples: {examples}.</source>
        <translation>„{condition}“: Nach „{keyword}“ wird ein Wert erwartet. Beispiele: {examples}.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/scoring.py" line="317"/>
        <source>“{condition}”: list the values, separated by commas, e.g. one of IT, Finance.</source>
        <translation>„{condition}“: Zählen Sie die Werte durch Kommas getrennt auf, z. B. one of IT, Finance.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/scoring.py" line="417"/>
        <source>“{condition}”: the smaller number comes first, e.g. between {high} and {low}.</source>
        <translation>„{condition}“: Die kleinere Zahl steht vorn, z. B. between {high} and {low}.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/scoring.py" line="389"/>
        <source>“{condition}”: write the range as between 10 and 200.</source>
        <translation>„{condition}“: Schreiben Sie den Bereich als between 10 and 200.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/export/style.py" line="176"/>
        <source>“{key}” must be an object {{…}} (not {type})</source>
        <translation>„{key}“ muss ein Objekt {{…}} sein (nicht {type})</translation>
    </message>
    <message>
        <location filename="../slaworkshop/exchange/container.py" line="235"/>
        <source>“{name}” cannot be unpacked ({reason}).</source>
        <translation>„{name}“ kann nicht entpackt werden ({reason}).</translation>
    </message>
    <message>
        <location filename="../slaworkshop/exchange/container.py" line="191"/>
        <source>“{name}” declares inconsistent sizes; the file is damaged.</source>
        <translation>„{name}“ gibt widersprüchliche Größen an; die Datei ist beschädigt.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/exchange/container.py" line="163"/>
        <source>“{name}” is a link or a folder, not a file; links are never followed.</source>
        <translation>„{name}“ ist ein Link oder ein Ordner, keine Datei; Links werden nie verfolgt.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/exchange/container.py" line="184"/>
        <source>“{name}” is compressed suspiciously well (a “zip bomb”); not imported.</source>
        <translation>„{name}“ ist verdächtig stark komprimiert (eine „ZIP-Bombe“); nicht importiert.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/exchange/container.py" line="228"/>
        <source>“{name}” unpacks to more than it declares; not imported.</source>
        <translation>„{name}“ entpackt zu mehr Daten, als angegeben; nicht importiert.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/exchange/container.py" line="172"/>
        <source>“{name}” uses an unsupported compression method.</source>
        <translation>„{name}“ verwendet ein nicht unterstütztes Komprimierungsverfahren.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/exchange/container.py" line="176"/>
        <source>“{name}” would unpack to {size:,} bytes; that is too large.</source>
        <translation>„{name}“ würde zu {size:,} Byte entpacken; das ist zu groß.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/exchange/workshop_file.py" line="576"/>
        <source>“{value}” is not a date and time with a time zone.</source>
        <translation>„{value}“ ist kein Datum mit Uhrzeit und Zeitzone.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/exchange/workshop_file.py" line="570"/>
        <source>“{value}” is not a date and time.</source>
        <translation>„{value}“ ist kein Datum mit Uhrzeit.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/exchange/workshop_file.py" line="584"/>
        <source>“{value}” is not a date.</source>
        <translation>„{value}“ ist kein Datum.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/signoff.py" line="987"/>
        <source>“{value}” is not a format; choose docx or pdf.</source>
        <translation>„{value}“ ist kein Format; wählen Sie docx oder pdf.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/funnel.py" line="92"/>
        <location filename="../slaworkshop/model/funnel.py" line="119"/>
        <source>“{value}” is not a number.</source>
        <translation>„{value}“ ist keine Zahl.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/workshops.py" line="386"/>
        <source>“{value}” is not an agreement state.</source>
        <translation>„{value}“ ist kein Einigungsstand.</translation>
    </message>
</context>
</TS>
