<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en">
<context>
    <name>messages</name>
    <message>
        <location filename="../slaworkshop/model/scoring.py" line="345"/>
        <source>A condition can be at most {limit:,} characters long.</source>
        <translation>Een voorwaarde mag hoogstens {limit:,} tekens lang zijn.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/signoff.py" line="310"/>
        <source>A drawn signature must be a PNG picture.</source>
        <translation>Een getekende handtekening moet een PNG-afbeelding zijn.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/scoring.py" line="690"/>
        <source>A lead with no data at all scores {score:f} and is already an MQL.</source>
        <translation>Een lead zonder enige gegevens scoort {score:f} en is daarmee al een MQL.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/exchange/container.py" line="208"/>
        <source>A member overlaps the archive's directory; the file is damaged or crafted.</source>
        <translation>Een onderdeel overlapt de inhoudsopgave van het archief; het bestand is beschadigd of gemanipuleerd.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/workshops.py" line="344"/>
        <source>A new row needs a valid id.</source>
        <translation>Een nieuwe rij heeft een geldige id nodig.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/workshops.py" line="340"/>
        <source>A new row needs its values as a mapping.</source>
        <translation>Een nieuwe rij heeft haar waarden nodig als koppeling (veld → waarde).</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/workshops.py" line="44"/>
        <source>A position must be a whole number, not “{value}”.</source>
        <translation>Een positie moet een geheel getal zijn, niet “{value}”.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/workshops.py" line="346"/>
        <source>A row with this id exists already.</source>
        <translation>Er bestaat al een rij met deze id.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/exchange/workshop_file.py" line="702"/>
        <source>A section's agreement is given twice in the file; it is not imported.</source>
        <translation>De overeenstemming van een onderdeel staat twee keer in het bestand; het wordt niet geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/exchange/workshop_file.py" line="631"/>
        <source>A signed version number appears twice in the file; it is not imported.</source>
        <translation>Een nummer van een ondertekende versie komt twee keer in het bestand voor; het wordt niet geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/signoff.py" line="573"/>
        <source>A version is a whole number, not “{value}”.</source>
        <translation>Een versie is een geheel getal, niet “{value}”.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/cadence.py" line="244"/>
        <source>Accept or reject within</source>
        <translation>Accepteren of weigeren binnen</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/kpi.py" line="130"/>
        <source>Actual value</source>
        <translation>Werkelijke waarde</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/capacity.py" line="114"/>
        <source>Amber limit</source>
        <translation>Oranje grens</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/kpi.py" line="89"/>
        <source>Amber threshold</source>
        <translation>Oranje drempel</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/kpi.py" line="94"/>
        <source>Amber threshold: for “at least” it must not be above the target.</source>
        <translation>Oranje drempel: bij “minimaal” mag die niet boven de doelwaarde liggen.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/kpi.py" line="110"/>
        <source>Amber threshold: for “at most” it must not be below the target.</source>
        <translation>Oranje drempel: bij “maximaal” mag die niet onder de doelwaarde liggen.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/workshops.py" line="390"/>
        <source>An agreement note must be text.</source>
        <translation>Een toelichting bij de afspraak moet tekst zijn.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/signoff.py" line="512"/>
        <source>An approval must name a signatory, a date and a typed name.</source>
        <translation>Een goedkeuring moet een ondertekenaar, een datum en een getypte naam bevatten.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/signoff.py" line="518"/>
        <source>An approval names someone who is not a signatory of this workshop.</source>
        <translation>Een goedkeuring noemt iemand die geen ondertekenaar van deze workshop is.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/exchange/workshop_file.py" line="643"/>
        <source>An audit event number appears twice in the file; it is not imported.</source>
        <translation>Een nummer van een auditgebeurtenis komt twee keer in het bestand voor; het wordt niet geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/exchange.py" line="424"/>
        <source>An export record names version {number}, which the file lacks.</source>
        <translation>Een exportregistratie noemt versie {number}, maar die ontbreekt in het bestand.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/signoff.py" line="425"/>
        <source>Approvals must be a list.</source>
        <translation>Goedkeuringen moeten een lijst zijn.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/review.py" line="332"/>
        <source>At least two lifecycle stages must be part of the funnel.</source>
        <translation>Minstens twee lifecyclefasen moeten deel uitmaken van de funnel.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/capacity.py" line="88"/>
        <source>Attempts per lead</source>
        <translation>Pogingen per lead</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/exchange.py" line="251"/>
        <source>Audit event {seq} of the file is not readable; it is not imported.</source>
        <translation>Auditgebeurtenis {seq} in het bestand is niet leesbaar; die wordt niet geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/funnel.py" line="460"/>
        <source>Average deal size</source>
        <translation>Gemiddelde dealwaarde</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/cadence.py" line="279"/>
        <source>Back to Marketing after failed attempts</source>
        <translation>Terug naar marketing na mislukte pogingen</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/cadence.py" line="310"/>
        <source>Business hours: the start must be before the end.</source>
        <translation>Kantoortijden: het begin moet vóór het einde liggen.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/export/files.py" line="54"/>
        <source>Cannot write into {folder}: {reason}.</source>
        <translation>Kan niet schrijven in {folder}: {reason}.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/export/files.py" line="72"/>
        <source>Cannot write {path}: {reason}.</source>
        <translation>Kan {path} niet schrijven: {reason}.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/review.py" line="261"/>
        <source>Capacity check: enter the sales reps, their hours for follow-up and the minutes per attempt.</source>
        <translation>Capaciteitscheck: vul het aantal verkopers, hun uren voor opvolging en de minuten per poging in.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/review.py" line="224"/>
        <source>Capacity check: no funnel stage is owned by Sales and none is called MQL, so there is no monthly number of leads to follow up. Mark the stage Sales takes over as owned by Sales in step 3, Definitions.</source>
        <translation>Capaciteitscheck: geen enkele funnelfase ligt bij sales en geen enkele heet MQL, dus er is geen maandelijks aantal leads om op te volgen. Markeer in stap 3, Definities, de fase die sales overneemt als fase van sales.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/review.py" line="221"/>
        <source>Capacity check: set the number of contact attempts per lead in step 5, Handoff &amp; follow-up.</source>
        <translation>Capaciteitscheck: leg het aantal contactpogingen per lead vast in stap 5, Overdracht &amp; opvolging.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/review.py" line="276"/>
        <source>Capacity: Sales needs {percent} % of its follow-up time to work every lead — more than it has.</source>
        <translation>Capaciteit: sales heeft {percent} % van zijn opvolgtijd nodig om elke lead op te pakken – meer dan er is.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/cadence.py" line="336"/>
        <source>Channels: a channel has no name.</source>
        <translation>Kanalen: een kanaal heeft geen naam.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/cadence.py" line="329"/>
        <source>Channels: choose rotated or one per attempt.</source>
        <translation>Kanalen: kies “afwisselend” of “één per poging”.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/cadence.py" line="333"/>
        <source>Channels: name at least one channel (phone, e-mail, video …).</source>
        <translation>Kanalen: noem minstens één kanaal (telefoon, e-mail, video …).</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/cadence.py" line="341"/>
        <source>Channels: with one channel per attempt, {attempts} attempts need {attempts} channels; there are {channels}.</source>
        <translation>Kanalen: met één kanaal per poging hebben {attempts} pogingen {attempts} kanalen nodig; er zijn er {channels}.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/export/__init__.py" line="67"/>
        <location filename="../slaworkshop/services/signoff.py" line="981"/>
        <source>Choose a file name ending in .docx or .pdf (not “{name}”).</source>
        <translation>Kies een bestandsnaam die eindigt op .docx of .pdf (niet “{name}”).</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/funnel.py" line="402"/>
        <source>Conversion rate {number}</source>
        <translation>Conversiepercentage {number}</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/funnel.py" line="400"/>
        <source>Conversion rate {source} → {target}</source>
        <translation>Conversiepercentage {source} → {target}</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/funnel.py" line="385"/>
        <source>Conversion rates: {stages} stages need {needed} rates, one per pair of stages; there are {rates}.</source>
        <translation>Conversiepercentages: {stages} fasen hebben {needed} percentages nodig, één per paar fasen; er zijn er {rates}.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/scoring.py" line="540"/>
        <source>Criterion {number}</source>
        <translation>Criterium {number}</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/scoring.py" line="535"/>
        <source>Criterion {number}: expected a criterion.</source>
        <translation>Criterium {number}: hier hoort een criterium.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/kpi.py" line="87"/>
        <source>Direction: choose “at least” or “at most”.</source>
        <translation>Richting: kies “minimaal” of “maximaal”.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/signoff.py" line="514"/>
        <source>Each signatory approves once.</source>
        <translation>Elke ondertekenaar keurt één keer goed.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/cadence.py" line="240"/>
        <source>First contact within</source>
        <translation>Eerste contact binnen</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/scoring.py" line="701"/>
        <source>Fit alone can reach the threshold (up to {points:f} points): a lead that shows no interest can become an MQL.</source>
        <translation>Fit alleen kan de drempel halen (tot {points:f} punten): een lead die geen interesse toont, kan een MQL worden.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/capacity.py" line="156"/>
        <source>Follow-up takes {percent} % of the time available.</source>
        <translation>Opvolging kost {percent} % van de beschikbare tijd.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/review.py" line="405"/>
        <source>Follow-up: “{field}” is empty.</source>
        <translation>Opvolging: “{field}” is leeg.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/cadence.py" line="234"/>
        <source>Handoff: enter the date and time of the handoff.</source>
        <translation>Overdracht: vul de datum en het tijdstip van de overdracht in.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/cadence.py" line="395"/>
        <source>Handoff: the plan would run past the year 9999.</source>
        <translation>Overdracht: het plan zou voorbij het jaar 9999 lopen.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/capacity.py" line="78"/>
        <source>Hours per rep per week for follow-up</source>
        <translation>Uren per verkoper per week voor opvolging</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/scoring.py" line="712"/>
        <source>Interest alone can reach the threshold (up to {points:f} points): a lead outside the target group can become an MQL.</source>
        <translation>Interesse alleen kan de drempel halen (tot {points:f} punten): een lead buiten de doelgroep kan een MQL worden.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/cadence.py" line="252"/>
        <source>Interval between attempts</source>
        <translation>Tijd tussen pogingen</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/review.py" line="455"/>
        <source>KPI “{title}” follows a value that cannot be computed yet; its target is not updated.</source>
        <translation>KPI “{title}” volgt een waarde die nog niet te berekenen is; de doelwaarde wordt niet bijgewerkt.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/review.py" line="438"/>
        <source>KPI “{title}”: {problem}</source>
        <translation>KPI “{title}”: {problem}</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/capacity.py" line="106"/>
        <source>Leads to follow up per month</source>
        <translation>Op te volgen leads per maand</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/scoring.py" line="660"/>
        <location filename="../slaworkshop/model/scoring.py" line="738"/>
        <source>MQL threshold</source>
        <translation>MQL-drempel</translation>
    </message>
    <message>
        <location filename="../slaworkshop/exchange/container.py" line="204"/>
        <source>Members of the file overlap each other (a “zip bomb”); not imported.</source>
        <translation>Onderdelen van het bestand overlappen elkaar (een “zipbom”); niet geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/capacity.py" line="96"/>
        <source>Minutes per attempt</source>
        <translation>Minuten per poging</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/review.py" line="549"/>
        <source>More than eight participants make it hard to decide together.</source>
        <translation>Met meer dan acht deelnemers wordt samen beslissen lastig.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/scoring.py" line="679"/>
        <source>No lead can reach the MQL threshold of {threshold:f}: the best possible score is {best:f}.</source>
        <translation>Geen enkele lead kan de MQL-drempel van {threshold:f} halen: de hoogst mogelijke score is {best:f}.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/review.py" line="470"/>
        <source>Nobody from Marketing is in the core team.</source>
        <translation>Er zit niemand van marketing in het kernteam.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/review.py" line="550"/>
        <source>Nobody from Marketing takes part.</source>
        <translation>Er neemt niemand van marketing deel.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/review.py" line="471"/>
        <source>Nobody from Sales is in the core team.</source>
        <translation>Er zit niemand van sales in het kernteam.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/review.py" line="551"/>
        <source>Nobody from Sales takes part.</source>
        <translation>Er neemt niemand van sales deel.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/review.py" line="526"/>
        <source>Nobody is listed as a participant.</source>
        <translation>Er staan nog geen deelnemers op de lijst.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/signoff.py" line="383"/>
        <source>Nobody is listed as a signatory.</source>
        <translation>Er staan nog geen ondertekenaars op de lijst.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/cadence.py" line="247"/>
        <source>Number of attempts</source>
        <translation>Aantal pogingen</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/review.py" line="552"/>
        <source>One department outnumbers the other more than two to one.</source>
        <translation>Eén afdeling is met meer dan twee tegen één in de meerderheid.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/workshops.py" line="206"/>
        <source>Only a workshop in the trash can be deleted for good.</source>
        <translation>Alleen een workshop in de prullenbak kan definitief worden verwijderd.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/review.py" line="534"/>
        <source>Participant {number}: “{field}” is empty.</source>
        <translation>Deelnemer {number}: “{field}” is leeg.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/funnel.py" line="341"/>
        <source>Period: choose one of {allowed}.</source>
        <translation>Periode: kies een van deze periodes: {allowed}.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/review.py" line="488"/>
        <source>Pick the core team (two to four participants, both departments).</source>
        <translation>Kies het kernteam (twee tot vier deelnemers, uit beide afdelingen).</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/kpi.py" line="90"/>
        <source>Red threshold</source>
        <translation>Rode drempel</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/kpi.py" line="102"/>
        <source>Red threshold: for “at least” it must not be above the amber threshold.</source>
        <translation>Rode drempel: bij “minimaal” mag die niet boven de oranje drempel liggen.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/kpi.py" line="104"/>
        <source>Red threshold: for “at least” it must not be above the target.</source>
        <translation>Rode drempel: bij “minimaal” mag die niet boven de doelwaarde liggen.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/kpi.py" line="118"/>
        <source>Red threshold: for “at most” it must not be below the amber threshold.</source>
        <translation>Rode drempel: bij “maximaal” mag die niet onder de oranje drempel liggen.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/kpi.py" line="120"/>
        <source>Red threshold: for “at most” it must not be below the target.</source>
        <translation>Rode drempel: bij “maximaal” mag die niet onder de doelwaarde liggen.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/cadence.py" line="267"/>
        <source>Return to Marketing after</source>
        <translation>Terug naar marketing na</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/funnel.py" line="450"/>
        <source>Revenue target</source>
        <translation>Omzetdoel</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/capacity.py" line="145"/>
        <source>Sales cannot follow up every lead: the work needs {percent} % of the time available. The team can handle about {leads:,} leads a month.</source>
        <translation>Sales kan niet elke lead opvolgen: het werk vraagt {percent} % van de beschikbare tijd. Het team kan ongeveer {leads:,} leads per maand aan.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/funnel.py" line="486"/>
        <source>Sales cycle</source>
        <translation>Verkoopcyclus</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/cadence.py" line="300"/>
        <source>Sales makes only {attempts} attempts, so the lead goes back to Marketing after the last one, not after {give_up}.</source>
        <translation>Sales doet maar {attempts} pogingen, dus de lead gaat na de laatste terug naar marketing, niet na {give_up}.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/capacity.py" line="74"/>
        <source>Sales reps</source>
        <translation>Verkopers</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/review.py" line="180"/>
        <source>Section “{key}” is {state}.</source>
        <translation>Onderdeel “{key}” is {state}.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/funnel.py" line="469"/>
        <source>Share of revenue from marketing-sourced leads</source>
        <translation>Aandeel omzet uit leads van marketing</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/signoff.py" line="385"/>
        <location filename="../slaworkshop/services/signoff.py" line="522"/>
        <source>Signatory {number}</source>
        <translation>Ondertekenaar {number}</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/exchange.py" line="271"/>
        <source>Signed version {number}</source>
        <translation>Ondertekende versie {number}</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/exchange.py" line="102"/>
        <source>Signed version {number} was not imported: {reason}.</source>
        <translation>Ondertekende versie {number} is niet geïmporteerd: {reason}.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/exchange.py" line="414"/>
        <source>Signed version {number}: {problem}</source>
        <translation>Ondertekende versie {number}: {problem}</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/funnel.py" line="361"/>
        <source>Stage {number}: give the stage a name.</source>
        <translation>Fase {number}: geef de fase een naam.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/funnel.py" line="368"/>
        <source>Stage {number}: “{name}” appears twice.</source>
        <translation>Fase {number}: “{name}” komt twee keer voor.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/funnel.py" line="353"/>
        <source>Stages: at most {limit} stages.</source>
        <translation>Fasen: hoogstens {limit} fasen.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/funnel.py" line="349"/>
        <source>Stages: the funnel needs at least two stages (e.g. Lead and Won).</source>
        <translation>Fasen: de funnel heeft minstens twee fasen nodig (bijv. Lead en Gewonnen).</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/review.py" line="588"/>
        <source>Step {number} is still empty.</source>
        <translation>Stap {number} is nog leeg.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/kpi.py" line="79"/>
        <source>Target</source>
        <translation>Doelwaarde</translation>
    </message>
    <message>
        <location filename="../slaworkshop/exchange/container.py" line="109"/>
        <source>That is a folder, not a workshop file.</source>
        <translation>Dat is een map, geen workshopbestand.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/exchange/container.py" line="119"/>
        <source>That is not a regular file.</source>
        <translation>Dat is geen gewoon bestand.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/workshops.py" line="191"/>
        <source>That workshop is not in the trash.</source>
        <translation>Die workshop staat niet in de prullenbak.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/workshops.py" line="425"/>
        <source>That {row} no longer exists (it may have been removed elsewhere).</source>
        <translation>Dit item ({row}) bestaat niet meer (misschien is het elders verwijderd).</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/signoff.py" line="104"/>
        <source>The agreement cannot be signed yet: {reasons}</source>
        <translation>De overeenkomst kan nog niet worden ondertekend: {reasons}</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/signoff.py" line="98"/>
        <source>The agreement cannot be signed yet: {reasons} (and {more} more)</source>
        <translation>De overeenkomst kan nog niet worden ondertekend: {reasons} (en nog {more})</translation>
    </message>
    <message>
        <location filename="../slaworkshop/exchange/workshop_file.py" line="672"/>
        <source>The archive has no workshop.json: it is not a workshop file.</source>
        <translation>Het archief bevat geen workshop.json: het is geen workshopbestand.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/exchange/workshop_file.py" line="669"/>
        <source>The archive is not a workshop file (its type says otherwise).</source>
        <translation>Het archief is geen workshopbestand (het type zegt iets anders).</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/exchange.py" line="463"/>
        <source>The audit log here records {what} ({at} UTC) that the file does not have. Signed records are never deleted, so the file cannot replace the workshop: import the file as a copy instead.</source>
        <translation>Het auditlog hier bevat {what} ({at} UTC) die niet in het bestand staat. Ondertekende vastleggingen worden nooit verwijderd, dus het bestand kan de workshop niet vervangen: importeer het bestand in plaats daarvan als kopie.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/exchange.py" line="372"/>
        <source>The audit log in the file was altered ({problem}); it is not imported.</source>
        <translation>Het auditlog in het bestand is gewijzigd ({problem}); het wordt niet geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/export/docx.py" line="82"/>
        <location filename="../slaworkshop/export/docx.py" line="98"/>
        <source>The base document {path} cannot be read: {reason}.</source>
        <translation>Het basisdocument {path} kan niet worden gelezen: {reason}.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/export/docx.py" line="125"/>
        <source>The base document {path} has no page setup (section); save it again in Word.</source>
        <translation>Het basisdocument {path} heeft geen pagina-instelling (sectie); sla het opnieuw op in Word.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/export/docx.py" line="117"/>
        <location filename="../slaworkshop/export/docx.py" line="251"/>
        <source>The base document {path} is not a usable .docx: {reason}.</source>
        <translation>Het basisdocument {path} is geen bruikbaar .docx-bestand: {reason}.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/export/docx.py" line="132"/>
        <location filename="../slaworkshop/export/docx.py" line="261"/>
        <source>The base document {path} lacks the styles {styles}.</source>
        <translation>Het basisdocument {path} mist de stijlen {styles}.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/signoff.py" line="440"/>
        <source>The content is the same as version {number}, which is signed already.</source>
        <translation>De inhoud is gelijk aan versie {number}, en die is al ondertekend.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/review.py" line="290"/>
        <source>The conversion rate from “{stage}” is a benchmark, not your own data.</source>
        <translation>Het conversiepercentage vanaf “{stage}” is een benchmark, geen eigen cijfer.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/review.py" line="472"/>
        <source>The core team names someone who is no longer a participant.</source>
        <translation>In het kernteam staat iemand die geen deelnemer meer is.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/review.py" line="468"/>
        <source>The core team needs at least two people.</source>
        <translation>Het kernteam heeft minstens twee mensen nodig.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/review.py" line="469"/>
        <source>The core team should have at most four people.</source>
        <translation>Het kernteam mag hoogstens vier mensen tellen.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/review.py" line="553"/>
        <source>The delegation is unbalanced.</source>
        <translation>De afvaardiging is niet evenwichtig.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/export/style.py" line="112"/>
        <source>The document style file {path} does not exist (moved or deleted?). Choose the style file again, or use the built-in style.</source>
        <translation>Het documentstijlbestand {path} bestaat niet (verplaatst of verwijderd?). Kies het stijlbestand opnieuw, of gebruik de ingebouwde stijl.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/export/style.py" line="140"/>
        <source>The document style {path} cannot be used: {problem}.</source>
        <translation>De documentstijl {path} kan niet worden gebruikt: {problem}.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/signoff.py" line="343"/>
        <source>The drawn signature is a damaged PNG picture.</source>
        <translation>De getekende handtekening is een beschadigde PNG-afbeelding.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/signoff.py" line="321"/>
        <location filename="../slaworkshop/services/signoff.py" line="328"/>
        <source>The drawn signature is not a PNG picture.</source>
        <translation>De getekende handtekening is geen PNG-afbeelding.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/signoff.py" line="314"/>
        <source>The drawn signature is too large ({size:,} KB; at most {limit} KB).</source>
        <translation>De getekende handtekening is te groot ({size:,} KB; hoogstens {limit} KB).</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/signoff.py" line="331"/>
        <source>The drawn signature is {width}×{height} pixels; at most {max_width}×{max_height}.</source>
        <translation>De getekende handtekening is {width}×{height} pixels; hoogstens {max_width}×{max_height} is toegestaan.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/exchange.py" line="429"/>
        <source>The export of “{file}” is not in the file's audit log; it is not imported.</source>
        <translation>De export van “{file}” staat niet in het auditlog van het bestand; die wordt niet geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/exchange/container.py" line="105"/>
        <location filename="../slaworkshop/exchange/container.py" line="124"/>
        <source>The file cannot be read: {reason}.</source>
        <translation>Het bestand kan niet worden gelezen: {reason}.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/exchange/container.py" line="70"/>
        <source>The file contains a member that points outside the archive (“{name}”).</source>
        <translation>Het bestand bevat een onderdeel dat buiten het archief verwijst (“{name}”).</translation>
    </message>
    <message>
        <location filename="../slaworkshop/exchange/container.py" line="64"/>
        <source>The file contains a member with an absolute path (“{name}”); it is not imported.</source>
        <translation>Het bestand bevat een onderdeel met een absoluut pad (“{name}”); het wordt niet geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/exchange/container.py" line="74"/>
        <source>The file contains an unexpected member (“{name}”): it is not a workshop file.</source>
        <translation>Het bestand bevat een onverwacht onderdeel (“{name}”): het is geen workshopbestand.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/exchange/container.py" line="158"/>
        <source>The file contains “{name}” twice.</source>
        <translation>Het bestand bevat “{name}” twee keer.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/exchange/workshop_file.py" line="452"/>
        <source>The file contains “{name}”, which is not a number JSON allows.</source>
        <translation>Het bestand bevat “{name}”, een getal dat JSON niet toestaat.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/exchange/workshop_file.py" line="494"/>
        <source>The file does not say which format version it has.</source>
        <translation>Het bestand vermeldt niet welke formaatversie het heeft.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/exchange/container.py" line="146"/>
        <source>The file has {count:,} members; a workshop file has at most {limit}.</source>
        <translation>Het bestand heeft {count:,} onderdelen; een workshopbestand heeft er hoogstens {limit}.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/exchange/workshop_file.py" line="635"/>
        <source>The file holds a picture no approval uses ({name}); it is not imported.</source>
        <translation>Het bestand bevat een afbeelding die geen goedkeuring gebruikt ({name}); het wordt niet geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/exchange/container.py" line="86"/>
        <source>The file is damaged: a member's header is missing.</source>
        <translation>Het bestand is beschadigd: de header van een onderdeel ontbreekt.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/exchange/container.py" line="83"/>
        <source>The file is damaged: a member's header lies beyond the end of the file.</source>
        <translation>Het bestand is beschadigd: de header van een onderdeel ligt voorbij het einde van het bestand.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/exchange/container.py" line="91"/>
        <source>The file is damaged: a member's local header names a different file.</source>
        <translation>Het bestand is beschadigd: de lokale header van een onderdeel noemt een ander bestand.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/exchange/container.py" line="169"/>
        <source>The file is encrypted; workshop files are never encrypted.</source>
        <translation>Het bestand is versleuteld; workshopbestanden zijn nooit versleuteld.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/exchange/container.py" line="130"/>
        <source>The file is larger than {limit} MB.</source>
        <translation>Het bestand is groter dan {limit} MB.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/exchange/workshop_file.py" line="464"/>
        <source>The file is nested more than {limit} levels deep; it is not a workshop file.</source>
        <translation>Het bestand is meer dan {limit} niveaus diep genest; het is geen workshopbestand.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/exchange/workshop_file.py" line="510"/>
        <source>The file is not a valid workshop file: at {where}: {problem}</source>
        <translation>Het bestand is geen geldig workshopbestand: op {where}: {problem}</translation>
    </message>
    <message>
        <location filename="../slaworkshop/exchange/container.py" line="112"/>
        <source>The file is {size:.0f} MB; a workshop file is at most {limit} MB.</source>
        <translation>Het bestand is {size:.0f} MB; een workshopbestand is hoogstens {limit} MB.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/exchange/workshop_file.py" line="426"/>
        <source>The file names “{key}” twice in one place; it is not imported.</source>
        <translation>Het bestand noemt “{key}” twee keer op één plek; het wordt niet geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/exchange.py" line="523"/>
        <source>The file reuses ids of another workshop in this database; import it as a copy instead.</source>
        <translation>Het bestand gebruikt id’s van een andere workshop in deze database; importeer het in plaats daarvan als kopie.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/exchange/workshop_file.py" line="497"/>
        <source>The file was written by a newer SLA Workshop (format {version}; this version reads up to {supported}). Update SLA Workshop to import it.</source>
        <translation>Het bestand is geschreven door een nieuwere SLA Workshop (formaat {version}; deze versie leest tot en met {supported}). Werk SLA Workshop bij om het te importeren.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/export/files.py" line="47"/>
        <source>The folder {folder} does not exist.</source>
        <translation>De map {folder} bestaat niet.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/exchange/workshop_file.py" line="684"/>
        <source>The id {id} is used twice in the file; it is not imported.</source>
        <translation>De id {id} wordt twee keer gebruikt in het bestand; het wordt niet geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/cadence.py" line="290"/>
        <source>The lead goes back to Marketing after {give_up} failed attempts, before the {attempts} agreed attempts are made: the plan stops there.</source>
        <translation>De lead gaat na {give_up} mislukte pogingen terug naar marketing, nog voor de {attempts} afgesproken pogingen zijn gedaan: daar stopt het plan.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/exchange/container.py" line="196"/>
        <source>The members of the file would unpack to too much data; not imported.</source>
        <translation>De onderdelen van het bestand zouden tot te veel gegevens uitpakken; niet geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/exchange/container.py" line="141"/>
        <source>The workshop file is damaged ({reason}).</source>
        <translation>Het workshopbestand is beschadigd ({reason}).</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/exchange.py" line="449"/>
        <source>The workshop here has signed version {number}, which the file does not have. Signed versions are never deleted, so the file cannot replace it: import the file as a copy instead.</source>
        <translation>De workshop hier heeft ondertekende versie {number}, die niet in het bestand staat. Ondertekende versies worden nooit verwijderd, dus het bestand kan hem niet vervangen: importeer het bestand in plaats daarvan als kopie.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/export/style.py" line="119"/>
        <source>The {what} {path} named in the document style {style} is missing.</source>
        <translation>{path} ({what}), genoemd in de documentstijl {style}, ontbreekt.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/export/style.py" line="128"/>
        <source>The {what} {path} named in the document style {style} is not a file.</source>
        <translation>{path} ({what}), genoemd in de documentstijl {style}, is geen bestand.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/workshops.py" line="402"/>
        <source>There is no list “{name}” in a workshop.</source>
        <translation>Een lijst “{name}” bestaat niet in een workshop.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/exchange/container.py" line="102"/>
        <source>There is no such file.</source>
        <translation>Dit bestand bestaat niet.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/signoff.py" line="567"/>
        <location filename="../slaworkshop/services/workshops.py" line="288"/>
        <source>There is no workshop with the id “{id}”.</source>
        <translation>Er is geen workshop met de id “{id}”.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/fields.py" line="324"/>
        <location filename="../slaworkshop/services/workshops.py" line="397"/>
        <source>There is no “{name}” in a workshop.</source>
        <translation>“{name}” bestaat niet in een workshop.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/funnel.py" line="546"/>
        <source>These counts rest on benchmark rates rather than your own data: {stages}.</source>
        <translation>Deze aantallen berusten op benchmarkpercentages in plaats van op eigen cijfers: {stages}.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/exchange/container.py" line="135"/>
        <source>This is a bare JSON file, not a workshop file (.slaw) exported by SLA Workshop.</source>
        <translation>Dit is een los JSON-bestand, geen workshopbestand (.slaw) dat door SLA Workshop is geëxporteerd.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/exchange/container.py" line="137"/>
        <source>This is not a workshop file (.slaw): it is not a ZIP archive.</source>
        <translation>Dit is geen workshopbestand (.slaw): het is geen zip-archief.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/exchange/workshop_file.py" line="491"/>
        <source>This is not an SLA Workshop workshop file (its format is not named).</source>
        <translation>Dit is geen workshopbestand van SLA Workshop (het formaat wordt niet genoemd).</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/exchange.py" line="84"/>
        <source>This workshop exists here already (“{title}”). Choose: import it as a copy, or replace the local workshop with the file's content.</source>
        <translation>Deze workshop bestaat hier al (“{title}”). Kies: importeren als kopie, of de workshop hier vervangen door de inhoud van het bestand.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/signoff.py" line="580"/>
        <source>This workshop has no signed version {number}.</source>
        <translation>Deze workshop heeft geen ondertekende versie {number}.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/workshops.py" line="219"/>
        <source>This workshop has signed {which}. Signed agreements are kept as a record and cannot be deleted for good; the workshop stays in the trash, where it can be restored.</source>
        <translation>Deze workshop heeft ondertekende {which}. Ondertekende overeenkomsten blijven bewaard als vastlegging en kunnen niet definitief worden verwijderd; de workshop blijft in de prullenbak, waar je hem kunt terugzetten.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/errors.py" line="22"/>
        <source>This workshop was changed in another window or on another computer since you opened it. Your last change was not saved, and nothing you typed is lost.</source>
        <translation>Deze workshop is gewijzigd in een ander venster of op een andere computer sinds je hem opende. Je laatste wijziging is niet opgeslagen, en niets van wat je hebt getypt gaat verloren.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/capacity.py" line="152"/>
        <source>Tight: follow-up takes {percent} % of the time available, leaving little slack.</source>
        <translation>Krap: opvolging kost {percent} % van de beschikbare tijd, met weinig speling.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/workshops.py" line="248"/>
        <source>Too many changes at once ({count:,}); at most {limit:,}.</source>
        <translation>Te veel wijzigingen tegelijk ({count:,}); hoogstens {limit:,}.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/workshops.py" line="393"/>
        <source>Unknown edit {name}.</source>
        <translation>Onbekende wijziging {name}.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/workshops.py" line="369"/>
        <source>Unknown section.</source>
        <translation>Onbekend onderdeel.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/signoff.py" line="656"/>
        <source>Version {number} cannot be read: {problem}.</source>
        <translation>Versie {number} is niet leesbaar: {problem}.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/signoff.py" line="660"/>
        <source>Version {number} no longer matches its fingerprint: its record was changed outside the app.</source>
        <translation>Versie {number} klopt niet meer met haar digitale vingerafdruk: de vastlegging is buiten de app gewijzigd.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/exchange/workshop_file.py" line="600"/>
        <source>Version {number}: the drawn signature {name} is missing from the file.</source>
        <translation>Versie {number}: de getekende handtekening {name} ontbreekt in het bestand.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/review.py" line="516"/>
        <source>Workshop: “{field}” is empty.</source>
        <translation>Workshop: “{field}” is leeg.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/scoring.py" line="342"/>
        <location filename="../slaworkshop/model/scoring.py" line="349"/>
        <source>Write a condition, e.g. {examples}.</source>
        <translation>Schrijf een voorwaarde, bijv. {examples}.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/review.py" line="152"/>
        <source>agreed</source>
        <translation>afgesproken</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/review.py" line="153"/>
        <source>agreed with reservations</source>
        <translation>met voorbehoud afgesproken</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/exchange.py" line="461"/>
        <source>an entry</source>
        <translation>een vermelding</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/exchange.py" line="459"/>
        <source>an export of a signed version</source>
        <translation>een export van een ondertekende versie</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/signoff.py" line="259"/>
        <source>audit event {seq} does not follow the one before</source>
        <translation>auditgebeurtenis {seq} sluit niet aan op de vorige</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/signoff.py" line="253"/>
        <source>audit event {seq} is missing</source>
        <translation>auditgebeurtenis {seq} ontbreekt</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/signoff.py" line="266"/>
        <source>audit event {seq} was altered</source>
        <translation>auditgebeurtenis {seq} is gewijzigd</translation>
    </message>
    <message>
        <location filename="../slaworkshop/export/style.py" line="442"/>
        <source>base document</source>
        <translation>basisdocument</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/cadence.py" line="256"/>
        <location filename="../slaworkshop/model/cadence.py" line="222"/>
        <location filename="../slaworkshop/model/cadence.py" line="271"/>
        <source>business days</source>
        <translation>werkdagen</translation>
    </message>
    <message>
        <location filename="../slaworkshop/export/style.py" line="279"/>
        <source>colours.{name} must be a colour like “#1F3A5F” (not {value})</source>
        <translation>colours.{name} moet een kleur zijn zoals “#1F3A5F” (niet {value})</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/funnel.py" line="490"/>
        <source>days</source>
        <translation>dagen</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/review.py" line="154"/>
        <source>disputed</source>
        <translation>betwist</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/funnel.py" line="105"/>
        <source>enter a value.</source>
        <translation>vul een waarde in.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/funnel.py" line="107"/>
        <source>expected a number.</source>
        <translation>hier hoort een getal.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/export/style.py" line="443"/>
        <source>font</source>
        <translation>lettertype</translation>
    </message>
    <message>
        <location filename="../slaworkshop/export/style.py" line="269"/>
        <source>fonts.{key} must be a font name of 1 to 64 characters</source>
        <translation>fonts.{key} moet een lettertypenaam van 1 tot 64 tekens zijn</translation>
    </message>
    <message>
        <location filename="../slaworkshop/export/style.py" line="339"/>
        <source>fonts.{key} {font} is not a TrueType font (.ttf)</source>
        <translation>fonts.{key} {font} is geen TrueType-lettertype (.ttf)</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/funnel.py" line="340"/>
        <source>half-year</source>
        <translation>halfjaar</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/cadence.py" line="222"/>
        <location filename="../slaworkshop/model/capacity.py" line="83"/>
        <source>hours</source>
        <translation>uur</translation>
    </message>
    <message>
        <location filename="../slaworkshop/export/style.py" line="236"/>
        <source>it cannot be read ({reason})</source>
        <translation>het bestand kan niet worden gelezen ({reason})</translation>
    </message>
    <message>
        <location filename="../slaworkshop/export/style.py" line="230"/>
        <source>it has {size:,} bytes; a style file is a small JSON file (at most 256 kB)</source>
        <translation>het bestand heeft {size:,} bytes; een stijlbestand is een klein JSON-bestand (hoogstens 256 kB)</translation>
    </message>
    <message>
        <location filename="../slaworkshop/export/style.py" line="234"/>
        <source>it is not a text file in UTF-8</source>
        <translation>het bestand is geen tekstbestand in UTF-8</translation>
    </message>
    <message>
        <location filename="../slaworkshop/export/style.py" line="243"/>
        <source>it is not valid JSON (line {line}, column {column})</source>
        <translation>het bestand is geen geldige JSON (regel {line}, kolom {column})</translation>
    </message>
    <message>
        <location filename="../slaworkshop/export/style.py" line="245"/>
        <source>it is not valid JSON (nested)</source>
        <translation>het bestand is geen geldige JSON (te diep genest)</translation>
    </message>
    <message>
        <location filename="../slaworkshop/export/style.py" line="247"/>
        <source>it must hold a JSON object {{…}}, not {type}</source>
        <translation>het bestand moet een JSON-object {{…}} bevatten, niet {type}</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/exchange.py" line="403"/>
        <source>its approvals are not the ones the audit log recorded</source>
        <translation>de goedkeuringen zijn niet die uit het auditlog</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/exchange.py" line="397"/>
        <source>its content does not match its fingerprint (altered after signing)</source>
        <translation>de inhoud klopt niet met de digitale vingerafdruk (na ondertekening gewijzigd)</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/exchange.py" line="395"/>
        <source>its content is not as it was signed (altered after signing)</source>
        <translation>de inhoud is niet meer zoals ondertekend (na ondertekening gewijzigd)</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/exchange.py" line="401"/>
        <source>its fingerprint is not the one the audit log recorded</source>
        <translation>de digitale vingerafdruk is niet die uit het auditlog</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/exchange.py" line="399"/>
        <source>its sign-off is not in the audit log</source>
        <translation>de ondertekening staat niet in het auditlog</translation>
    </message>
    <message>
        <location filename="../slaworkshop/export/style.py" line="442"/>
        <source>logo</source>
        <translation>logobestand</translation>
    </message>
    <message>
        <location filename="../slaworkshop/export/style.py" line="287"/>
        <location filename="../slaworkshop/export/style.py" line="259"/>
        <source>millimetres</source>
        <translation>millimeter</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/capacity.py" line="101"/>
        <source>minutes</source>
        <translation>minuten</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/funnel.py" line="340"/>
        <source>month</source>
        <translation>maand</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/funnel.py" line="157"/>
        <source>must be at least {limit} {unit}.</source>
        <translation>moet minimaal {limit} {unit} zijn.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/funnel.py" line="159"/>
        <source>must be at least {limit}.</source>
        <translation>moet minimaal {limit} zijn.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/funnel.py" line="162"/>
        <source>must be at most {limit} {unit}.</source>
        <translation>mag maximaal {limit} {unit} zijn.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/funnel.py" line="164"/>
        <source>must be at most {limit}.</source>
        <translation>mag maximaal {limit} zijn.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/funnel.py" line="151"/>
        <source>must be more than {limit} {unit}.</source>
        <translation>moet meer dan {limit} {unit} zijn.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/funnel.py" line="153"/>
        <source>must be more than {limit}.</source>
        <translation>moet meer dan {limit} zijn.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/review.py" line="150"/>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/review.py" line="155"/>
        <source>parked</source>
        <translation>geparkeerd</translation>
    </message>
    <message>
        <location filename="../slaworkshop/export/style.py" line="273"/>
        <source>points</source>
        <translation>punten</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/review.py" line="151"/>
        <source>proposed</source>
        <translation>voorgesteld</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/funnel.py" line="340"/>
        <source>quarter</source>
        <translation>kwartaal</translation>
    </message>
    <message>
        <location filename="../slaworkshop/export/style.py" line="455"/>
        <location filename="../slaworkshop/export/style.py" line="488"/>
        <location filename="../slaworkshop/export/style.py" line="459"/>
        <source>style file</source>
        <translation>stijlbestand</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/funnel.py" line="111"/>
        <source>that is not a number.</source>
        <translation>dat is geen getal.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/funnel.py" line="100"/>
        <source>that number is too large.</source>
        <translation>dat getal is te groot.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/export/style.py" line="407"/>
        <source>the base document {base} has {size:,} bytes; at most 30 MB</source>
        <translation>het basisdocument {base} heeft {size:,} bytes; hoogstens 30 MB</translation>
    </message>
    <message>
        <location filename="../slaworkshop/export/style.py" line="414"/>
        <source>the base document {base} is not a .docx file</source>
        <translation>het basisdocument {base} is geen .docx-bestand</translation>
    </message>
    <message>
        <location filename="../slaworkshop/export/style.py" line="419"/>
        <source>the base document {base} unpacks to {size:,} bytes; not a template</source>
        <translation>het basisdocument {base} pakt uit tot {size:,} bytes; geen sjabloon</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/signoff.py" line="747"/>
        <source>the export of {file} is not in the audit log</source>
        <translation>de export van {file} staat niet in het auditlog</translation>
    </message>
    <message>
        <location filename="../slaworkshop/export/style.py" line="348"/>
        <source>the font fonts.{key} {font} cannot be embedded in a PDF ({reason})</source>
        <translation>het lettertype fonts.{key} {font} kan niet in een pdf worden ingesloten ({reason})</translation>
    </message>
    <message>
        <location filename="../slaworkshop/export/style.py" line="359"/>
        <source>the font fonts.{key} {font} cannot draw plain letters and digits</source>
        <translation>het lettertype fonts.{key} {font} kan geen gewone letters en cijfers weergeven</translation>
    </message>
    <message>
        <location filename="../slaworkshop/export/style.py" line="331"/>
        <source>the font fonts.{key} {font} has PostScript (CFF) outlines; the PDF needs a TrueType .ttf font</source>
        <translation>het lettertype fonts.{key} {font} heeft PostScript-contouren (CFF); de pdf heeft een TrueType-lettertype (.ttf) nodig</translation>
    </message>
    <message>
        <location filename="../slaworkshop/export/style.py" line="319"/>
        <source>the font fonts.{key} {font} has {size:,} bytes; at most 50 MB</source>
        <translation>het lettertype fonts.{key} {font} heeft {size:,} bytes; hoogstens 50 MB</translation>
    </message>
    <message>
        <location filename="../slaworkshop/export/style.py" line="172"/>
        <source>the key “{key}” is missing</source>
        <translation>de sleutel “{key}” ontbreekt</translation>
    </message>
    <message>
        <location filename="../slaworkshop/exchange/workshop_file.py" line="536"/>
        <source>the list is too long ({count:,} entries; at most {limit:,})</source>
        <translation>de lijst is te lang ({count:,} items; hoogstens {limit:,})</translation>
    </message>
    <message>
        <location filename="../slaworkshop/export/style.py" line="367"/>
        <source>the logo {logo} has {size:,} bytes; at most 10 MB</source>
        <translation>het logo {logo} heeft {size:,} bytes; hoogstens 10 MB</translation>
    </message>
    <message>
        <location filename="../slaworkshop/export/style.py" line="377"/>
        <source>the logo {logo} is a {format} image; use PNG or JPEG</source>
        <translation>het logo {logo} is een {format}-afbeelding; gebruik PNG of JPEG</translation>
    </message>
    <message>
        <location filename="../slaworkshop/export/style.py" line="398"/>
        <source>the logo {logo} is not a readable PNG or JPEG image</source>
        <translation>het logo {logo} is geen leesbare PNG- of JPEG-afbeelding</translation>
    </message>
    <message>
        <location filename="../slaworkshop/export/style.py" line="386"/>
        <source>the logo {logo} measures {width} × {height} pixels; far too big</source>
        <translation>het logo {logo} meet {width} × {height} pixels; veel te groot</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/signoff.py" line="729"/>
        <source>the sign-off of version {number} is not in the audit log</source>
        <translation>de ondertekening van versie {number} staat niet in het auditlog</translation>
    </message>
    <message>
        <location filename="../slaworkshop/exchange/workshop_file.py" line="530"/>
        <source>the text is too long ({length:,} characters; at most {limit:,})</source>
        <translation>de tekst is te lang ({length:,} tekens; hoogstens {limit:,})</translation>
    </message>
    <message>
        <location filename="../slaworkshop/exchange/workshop_file.py" line="508"/>
        <source>the top level</source>
        <translation>het hoogste niveau</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/exchange.py" line="308"/>
        <source>the workshop</source>
        <translation>de workshop</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/workshops.py" line="214"/>
        <source>version {number}</source>
        <translation>versie {number}</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/workshops.py" line="216"/>
        <source>versions {first}–{last}</source>
        <translation>versies {first}–{last}</translation>
    </message>
    <message>
        <location filename="../slaworkshop/exchange/workshop_file.py" line="489"/>
        <source>workshop.json does not describe a workshop (it is not a JSON object).</source>
        <translation>workshop.json beschrijft geen workshop (het is geen JSON-object).</translation>
    </message>
    <message>
        <location filename="../slaworkshop/exchange/workshop_file.py" line="459"/>
        <source>workshop.json is not UTF-8 text; the file is damaged.</source>
        <translation>workshop.json is geen UTF-8-tekst; het bestand is beschadigd.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/exchange/workshop_file.py" line="476"/>
        <source>workshop.json is not valid JSON (line {line}, column {column}).</source>
        <translation>workshop.json is geen geldige JSON (regel {line}, kolom {column}).</translation>
    </message>
    <message>
        <location filename="../slaworkshop/exchange/workshop_file.py" line="482"/>
        <source>workshop.json is not valid JSON.</source>
        <translation>workshop.json is geen geldige JSON.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/funnel.py" line="340"/>
        <source>year</source>
        <translation>jaar</translation>
    </message>
    <message>
        <location filename="../slaworkshop/exchange/workshop_file.py" line="691"/>
        <source>{label} {index}</source>
        <translation>{label} {index}</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/scoring.py" line="565"/>
        <source>{label}, points</source>
        <translation>{label}, punten</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/fields.py" line="78"/>
        <source>{label}: at most {limit:,} characters.</source>
        <translation>{label}: hoogstens {limit:,} tekens.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/scoring.py" line="574"/>
        <source>{label}: choose fit or interest.</source>
        <translation>{label}: kies fit of interesse.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/cadence.py" line="203"/>
        <source>{label}: choose hours or business days.</source>
        <translation>{label}: kies uren of werkdagen.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/fields.py" line="132"/>
        <source>{label}: expected a date.</source>
        <translation>{label}: hier hoort een datum.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/fields.py" line="141"/>
        <source>{label}: expected a number.</source>
        <translation>{label}: hier hoort een getal.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/funnel.py" line="404"/>
        <source>{label}: expected a rate.</source>
        <translation>{label}: hier hoort een percentage.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/fields.py" line="74"/>
        <source>{label}: expected text.</source>
        <translation>{label}: hier hoort tekst.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/fields.py" line="98"/>
        <source>{label}: expected yes or no.</source>
        <translation>{label}: hier hoort ja of nee.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/fields.py" line="160"/>
        <location filename="../slaworkshop/model/funnel.py" line="208"/>
        <source>{label}: must be a whole number.</source>
        <translation>{label}: moet een geheel getal zijn.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/fields.py" line="173"/>
        <source>{label}: must be at least {limit} %.</source>
        <translation>{label}: moet minimaal {limit} % zijn.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/fields.py" line="178"/>
        <source>{label}: must be at least {limit} {unit}.</source>
        <translation>{label}: moet minimaal {limit} {unit} zijn.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/fields.py" line="181"/>
        <source>{label}: must be at least {limit}.</source>
        <translation>{label}: moet minimaal {limit} zijn.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/fields.py" line="174"/>
        <source>{label}: must be at most {limit} %.</source>
        <translation>{label}: mag maximaal {limit} % zijn.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/fields.py" line="179"/>
        <source>{label}: must be at most {limit} {unit}.</source>
        <translation>{label}: mag maximaal {limit} {unit} zijn.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/fields.py" line="182"/>
        <source>{label}: must be at most {limit}.</source>
        <translation>{label}: mag maximaal {limit} zijn.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/scoring.py" line="546"/>
        <source>{label}: name the attribute it looks at.</source>
        <translation>{label}: noem het kenmerk waar het naar kijkt.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/funnel.py" line="421"/>
        <source>{label}: say whether it is your own data or a benchmark.</source>
        <translation>{label}: geef aan of het eigen cijfers of een benchmark zijn.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/scoring.py" line="560"/>
        <source>{label}: write a condition.</source>
        <translation>{label}: schrijf een voorwaarde.</translation>
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
        <translation>{label}: “{value}” is geen datum (JJJJ-MM-DD).</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/fields.py" line="166"/>
        <source>{label}: “{value}” is not a number.</source>
        <translation>{label}: “{value}” is geen getal.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/fields.py" line="88"/>
        <source>{label}: “{value}” is not an e-mail address.</source>
        <translation>{label}: “{value}” is geen e-mailadres.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/fields.py" line="109"/>
        <source>{label}: “{value}” is not one of {allowed}.</source>
        <translation>{label}: “{value}” is geen van deze waarden: {allowed}.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/exchange/workshop_file.py" line="550"/>
        <source>{name} is a required property</source>
        <translation>{name} is een verplicht onderdeel</translation>
    </message>
    <message>
        <location filename="../slaworkshop/export/files.py" line="33"/>
        <source>{path} exists already. Choose another name, or confirm that it may be replaced.</source>
        <translation>{path} bestaat al. Kies een andere naam, of bevestig dat het bestand mag worden vervangen.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/export/files.py" line="45"/>
        <source>{path} is a folder; give a file name.</source>
        <translation>{path} is een map; geef een bestandsnaam op.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/funnel.py" line="537"/>
        <source>{stage}: more than {limit:,} a month are needed — check the rates and the deal size.</source>
        <translation>{stage}: er zijn er meer dan {limit:,} per maand nodig – controleer de percentages en de dealwaarde.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/fields.py" line="270"/>
        <location filename="../slaworkshop/services/workshops.py" line="276"/>
        <source>{table} has no field “{name}”.</source>
        <translation>{table} heeft geen veld “{name}”.</translation>
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
        <translation>{table} “{title}” is {state}.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/review.py" line="116"/>
        <source>{table} “{title}”: “{field}” is empty.</source>
        <translation>{table} “{title}”: “{field}” is leeg.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/review.py" line="101"/>
        <source>{table}: “{field}” is empty.</source>
        <translation>{table}: “{field}” is leeg.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/exchange/workshop_file.py" line="544"/>
        <source>{value} does not match the expected form</source>
        <translation>{value} heeft niet de verwachte vorm</translation>
    </message>
    <message>
        <location filename="../slaworkshop/exchange/workshop_file.py" line="540"/>
        <source>{value} is not of type {type}</source>
        <translation>{value} is niet van het type {type}</translation>
    </message>
    <message>
        <location filename="../slaworkshop/exchange/workshop_file.py" line="542"/>
        <source>{value} is not one of the allowed values</source>
        <translation>{value} is geen van de toegestane waarden</translation>
    </message>
    <message>
        <location filename="../slaworkshop/exchange/workshop_file.py" line="546"/>
        <source>{value} is not {expected}</source>
        <translation>{value} is niet {expected}</translation>
    </message>
    <message>
        <location filename="../slaworkshop/export/style.py" line="186"/>
        <source>{where} must be a file name relative to {root} (not {value})</source>
        <translation>{where} moet een bestandsnaam relatief aan {root} zijn (niet {value})</translation>
    </message>
    <message>
        <location filename="../slaworkshop/export/style.py" line="148"/>
        <source>{where} must be a number of {unit} (not {value})</source>
        <translation>{where} moet een getal in {unit} zijn (niet {value})</translation>
    </message>
    <message>
        <location filename="../slaworkshop/export/style.py" line="158"/>
        <source>{where} must be between {low:g} and {high:g} {unit} (not {value:g})</source>
        <translation>{where} moet tussen {low:g} en {high:g} {unit} liggen (niet {value:g})</translation>
    </message>
    <message>
        <location filename="../slaworkshop/export/style.py" line="212"/>
        <source>{where} “{value}” leads out of the style's folder {root}</source>
        <translation>{where} “{value}” leidt buiten de map van de stijl {root}</translation>
    </message>
    <message>
        <location filename="../slaworkshop/export/style.py" line="197"/>
        <source>{where} “{value}” leads out of the style's folder {root}; name a file inside it</source>
        <translation>{where} “{value}” leidt buiten de map van de stijl {root}; noem een bestand daarbinnen</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/exchange.py" line="332"/>
        <source>{where}: the agreement of “{key}” is not readable.</source>
        <translation>{where}: de afspraakstatus van “{key}” is niet leesbaar.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/exchange/workshop_file.py" line="560"/>
        <source>{where}: {problem}</source>
        <translation>{where}: {problem}</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/exchange.py" line="286"/>
        <source>{where}: {row} has an id of the wrong form.</source>
        <translation>{where}: {row} heeft een id in de verkeerde vorm.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/exchange.py" line="275"/>
        <source>{where}: {row} is not a set of values.</source>
        <translation>{where}: {row} is geen verzameling waarden.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/exchange.py" line="294"/>
        <source>{where}: {row}: {problem}</source>
        <translation>{where}: {row}: {problem}</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/exchange.py" line="298"/>
        <source>{where}: {row}: “{name}” holds a value the app would not store.</source>
        <translation>{where}: {row}: “{name}” bevat een waarde die de app niet zou opslaan.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/exchange.py" line="313"/>
        <source>{where}: “{name}” is not a list of the workshop.</source>
        <translation>{where}: “{name}” is geen lijst van de workshop.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/exchange.py" line="321"/>
        <source>{where}: “{name}” is not a section of the workshop.</source>
        <translation>{where}: “{name}” is geen onderdeel van de workshop.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/signoff.py" line="525"/>
        <source>{who} has not approved.</source>
        <translation>{who} heeft nog niet goedgekeurd.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/signoff.py" line="352"/>
        <source>{who} has not typed their name to approve.</source>
        <translation>{who} heeft de eigen naam nog niet getypt om goed te keuren.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/signoff.py" line="362"/>
        <source>{who}: the approval date must be a date.</source>
        <translation>{who}: de datum van goedkeuring moet een datum zijn.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/signoff.py" line="370"/>
        <source>{who}: the approval date {date} is not plausible.</source>
        <translation>{who}: de datum van goedkeuring {date} is niet aannemelijk.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/signoff.py" line="366"/>
        <source>{who}: the approval date {date} lies in the future.</source>
        <translation>{who}: de datum van goedkeuring {date} ligt in de toekomst.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/signoff.py" line="355"/>
        <source>{who}: the typed name is longer than {limit} characters.</source>
        <translation>{who}: de getypte naam is langer dan {limit} tekens.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/signoff.py" line="349"/>
        <source>{who}: the typed name must be text.</source>
        <translation>{who}: de getypte naam moet tekst zijn.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/signoff.py" line="390"/>
        <source>{who}: “{fields}” is empty.</source>
        <translation>{who}: “{fields}” is leeg.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/export/style.py" line="264"/>
        <source>“fonts” lacks “{key}”</source>
        <translation>in “fonts” ontbreekt “{key}”</translation>
    </message>
    <message>
        <location filename="../slaworkshop/export/style.py" line="257"/>
        <source>“margins_mm” lacks “{key}”</source>
        <translation>in “margins_mm” ontbreekt “{key}”</translation>
    </message>
    <message>
        <location filename="../slaworkshop/export/style.py" line="252"/>
        <source>“page_size” must be A4 or LETTER (not {value})</source>
        <translation>“page_size” moet A4 of LETTER zijn (niet {value})</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/scoring.py" line="311"/>
        <location filename="../slaworkshop/model/scoring.py" line="286"/>
        <source>“{condition}”: a quote is not closed.</source>
        <translation>“{condition}”: een aanhalingsteken is niet gesloten.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/scoring.py" line="329"/>
        <source>“{condition}”: after “{keyword}” a number is expected (no thousands separators), e.g. {keyword} 50.</source>
        <translation>“{condition}”: na “{keyword}” hoort een getal (zonder scheidingstekens voor duizendtallen), bijv. {keyword} 50.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/scoring.py" line="405"/>
        <source>“{condition}”: after “{keyword}” a value is expected.</source>
        <translation>“{condition}”: na “{keyword}” hoort een waarde.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/scoring.py" line="378"/>
        <source>“{condition}”: after “{keyword}” a value is expected. Examples: {examples}.</source>
        <translation>“{condition}”: na “{keyword}” hoort een waarde. Voorbeelden: {examples}.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/scoring.py" line="317"/>
        <source>“{condition}”: list the values, separated by commas, e.g. one of IT, Finance.</source>
        <translation>“{condition}”: som de waarden op, gescheiden door komma’s, bijv. one of IT, Finance.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/scoring.py" line="417"/>
        <source>“{condition}”: the smaller number comes first, e.g. between {high} and {low}.</source>
        <translation>“{condition}”: het kleinere getal komt eerst, bijv. between {high} and {low}.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/scoring.py" line="389"/>
        <source>“{condition}”: write the range as between 10 and 200.</source>
        <translation>“{condition}”: schrijf het bereik als between 10 and 200.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/export/style.py" line="176"/>
        <source>“{key}” must be an object {{…}} (not {type})</source>
        <translation>“{key}” moet een object {{…}} zijn (niet {type})</translation>
    </message>
    <message>
        <location filename="../slaworkshop/exchange/container.py" line="235"/>
        <source>“{name}” cannot be unpacked ({reason}).</source>
        <translation>“{name}” kan niet worden uitgepakt ({reason}).</translation>
    </message>
    <message>
        <location filename="../slaworkshop/exchange/container.py" line="191"/>
        <source>“{name}” declares inconsistent sizes; the file is damaged.</source>
        <translation>“{name}” geeft tegenstrijdige groottes op; het bestand is beschadigd.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/exchange/container.py" line="163"/>
        <source>“{name}” is a link or a folder, not a file; links are never followed.</source>
        <translation>“{name}” is een koppeling of een map, geen bestand; koppelingen worden nooit gevolgd.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/exchange/container.py" line="184"/>
        <source>“{name}” is compressed suspiciously well (a “zip bomb”); not imported.</source>
        <translation>“{name}” is verdacht sterk gecomprimeerd (een “zipbom”); niet geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/exchange/container.py" line="228"/>
        <source>“{name}” unpacks to more than it declares; not imported.</source>
        <translation>“{name}” pakt uit tot meer dan het opgeeft; niet geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/exchange/container.py" line="172"/>
        <source>“{name}” uses an unsupported compression method.</source>
        <translation>“{name}” gebruikt een niet-ondersteunde compressiemethode.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/exchange/container.py" line="176"/>
        <source>“{name}” would unpack to {size:,} bytes; that is too large.</source>
        <translation>“{name}” zou uitpakken tot {size:,} bytes; dat is te groot.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/exchange/workshop_file.py" line="576"/>
        <source>“{value}” is not a date and time with a time zone.</source>
        <translation>“{value}” is geen datum en tijd met tijdzone.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/exchange/workshop_file.py" line="570"/>
        <source>“{value}” is not a date and time.</source>
        <translation>“{value}” is geen datum en tijd.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/exchange/workshop_file.py" line="584"/>
        <source>“{value}” is not a date.</source>
        <translation>“{value}” is geen datum.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/signoff.py" line="987"/>
        <source>“{value}” is not a format; choose docx or pdf.</source>
        <translation>“{value}” is geen formaat; kies docx of pdf.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/model/funnel.py" line="92"/>
        <location filename="../slaworkshop/model/funnel.py" line="119"/>
        <source>“{value}” is not a number.</source>
        <translation>“{value}” is geen getal.</translation>
    </message>
    <message>
        <location filename="../slaworkshop/services/workshops.py" line="386"/>
        <source>“{value}” is not an agreement state.</source>
        <translation>“{value}” is geen afspraakstatus.</translation>
    </message>
</context>
</TS>
