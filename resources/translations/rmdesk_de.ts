<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About rmdesk</source>
        <translation>Über rmdesk</translation>
    </message>
    <message>
        <source>rmdesk {0}</source>
        <translation>rmdesk {0}</translation>
    </message>
    <message>
        <source>A private desk for reverse mentoring. Everything stays in one encrypted file on this computer; nothing is sent anywhere.</source>
        <translation>Ein privater Arbeitsplatz für Reverse Mentoring. Alles bleibt in einer verschlüsselten Datei auf diesem Computer; nichts wird irgendwohin gesendet.</translation>
    </message>
    <message>
        <source>Free software under the MIT licence.</source>
        <translation>Freie Software unter der MIT-Lizenz.</translation>
    </message>
    <message>
        <source>Data folder: {0}</source>
        <translation>Datenordner: {0}</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
</context>
<context>
    <name>AcknowledgementDialog</name>
    <message>
        <source>Edit acknowledgement</source>
        <translation>Würdigung bearbeiten</translation>
    </message>
    <message>
        <source>Tell my mentor</source>
        <translation>Meinem Mentor mitteilen</translation>
    </message>
    <message>
        <source>Acknowledgement received</source>
        <translation>Erhaltene Würdigung</translation>
    </message>
    <message>
        <source>Say what your mentor&apos;s contribution changed: what you tried, where, and what was different afterwards. It goes into the recognition letter.</source>
        <translation>Beschreiben Sie, was der Beitrag Ihres Mentors verändert hat: was Sie ausprobiert haben, wo, und was danach anders war. Der Text fließt in das Anerkennungsschreiben ein.</translation>
    </message>
    <message>
        <source>What {0} told you your contribution changed: what they tried, where, and what was different afterwards. It goes into the recognition letter.</source>
        <translation>Was Ihr Beitrag laut {0} verändert hat: was ausprobiert wurde, wo, und was danach anders war. Der Text fließt in das Anerkennungsschreiben ein.</translation>
    </message>
    <message>
        <source>Acknowledgement</source>
        <translation>Würdigung</translation>
    </message>
    <message>
        <source>&amp;Your words:</source>
        <translation>&amp;Ihre Worte:</translation>
    </message>
    <message>
        <source>&amp;Their words:</source>
        <translation>Worte der &amp;Führungskraft:</translation>
    </message>
    <message>
        <source>Linked action</source>
        <translation>Verknüpftes Vorhaben</translation>
    </message>
    <message>
        <source>(no action)</source>
        <translation>(kein Vorhaben)</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Vorhaben:</translation>
    </message>
    <message>
        <source>Linked goal</source>
        <translation>Verknüpftes Ziel</translation>
    </message>
    <message>
        <source>(no goal)</source>
        <translation>(kein Ziel)</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <source>Please write a few words for your mentor.</source>
        <translation>Bitte schreiben Sie ein paar Worte für Ihren Mentor.</translation>
    </message>
    <message>
        <source>Please write down what {0} said.</source>
        <translation>Bitte halten Sie fest, was {0} gesagt hat.</translation>
    </message>
    <message>
        <source>This cannot be saved: {0}</source>
        <translation>Speichern nicht möglich: {0}</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>New action</source>
        <translation>Neues Vorhaben</translation>
    </message>
    <message>
        <source>Edit action</source>
        <translation>Vorhaben bearbeiten</translation>
    </message>
    <message>
        <source>What I will try</source>
        <translation>Was ich ausprobiere</translation>
    </message>
    <message>
        <source>One concrete thing to try before we meet again</source>
        <translation>Etwas Konkretes, das ich bis zum nächsten Treffen ausprobiere</translation>
    </message>
    <message>
        <source>&amp;What I will try:</source>
        <translation>&amp;Was ich ausprobiere:</translation>
    </message>
    <message>
        <source>Linked goal</source>
        <translation>Verknüpftes Ziel</translation>
    </message>
    <message>
        <source>(no goal)</source>
        <translation>(kein Ziel)</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <source>&amp;Due by</source>
        <translation>&amp;Fällig bis</translation>
    </message>
    <message>
        <source>Has a due date</source>
        <translation>Hat ein Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Wann:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Verantwortlich:</translation>
    </message>
    <message>
        <source>Impact note</source>
        <translation>Wirkungsnotiz</translation>
    </message>
    <message>
        <source>When done: where I applied it, and what changed because of it</source>
        <translation>Nach Abschluss: wo ich es angewendet habe und was sich dadurch verändert hat</translation>
    </message>
    <message>
        <source>&amp;Impact:</source>
        <translation>W&amp;irkung:</translation>
    </message>
    <message>
        <source>Private note</source>
        <translation>Private Notiz</translation>
    </message>
    <message>
        <source>Only you see this; it never appears in shared-screen mode or exports</source>
        <translation>Nur Sie sehen diese Notiz; sie erscheint nie im Modus „Geteilter Bildschirm“ oder in Exporten</translation>
    </message>
    <message>
        <source>&amp;Private note:</source>
        <translation>&amp;Private Notiz:</translation>
    </message>
    <message>
        <source>Please say what you will try.</source>
        <translation>Bitte geben Sie an, was Sie ausprobieren.</translation>
    </message>
    <message>
        <source>This cannot be saved: {0}</source>
        <translation>Speichern nicht möglich: {0}</translation>
    </message>
</context>
<context>
    <name>ActionDoneDialog</name>
    <message>
        <source>Action done</source>
        <translation>Vorhaben erledigt</translation>
    </message>
    <message>
        <source>&amp;Where did you apply it, and what changed?</source>
        <translation>&amp;Wo haben Sie es angewendet, und was hat sich verändert?</translation>
    </message>
    <message>
        <source>&amp;Where did {0} apply it, and what changed?</source>
        <translation>&amp;Wo hat {0} es angewendet, und was hat sich verändert?</translation>
    </message>
    <message>
        <source>Impact note</source>
        <translation>Wirkungsnotiz</translation>
    </message>
    <message>
        <source>e.g. In Tuesday&apos;s review I asked the newest analyst to start; ...</source>
        <translation>z. B. Im Review am Dienstag habe ich die neueste Analystin zuerst sprechen lassen; ...</translation>
    </message>
    <message>
        <source>&amp;Tell my mentor what their contribution changed</source>
        <translation>&amp;Meinem Mentor sagen, was sein Beitrag verändert hat</translation>
    </message>
    <message>
        <source>Tell my mentor</source>
        <translation>Meinem Mentor mitteilen</translation>
    </message>
    <message>
        <source>Acknowledgement for my mentor</source>
        <translation>Würdigung für meinen Mentor</translation>
    </message>
    <message>
        <source>A few words to your mentor: what you learned from them and what it changed</source>
        <translation>Ein paar Worte an Ihren Mentor: was Sie von ihm gelernt haben und was es verändert hat</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>Als &amp;erledigt markieren</translation>
    </message>
    <message>
        <source>Write a few words for your mentor, or untick “Tell my mentor”.</source>
        <translation>Schreiben Sie ein paar Worte für Ihren Mentor, oder entfernen Sie das Häkchen bei „Meinem Mentor mitteilen“.</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>verworfen</translation>
    </message>
    <message>
        <source>What I will try</source>
        <translation>Was ich ausprobiere</translation>
    </message>
    <message>
        <source>What they will try</source>
        <translation>Vorhaben</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Wirkung</translation>
    </message>
    <message>
        <source>open, overdue</source>
        <translation>offen, überfällig</translation>
    </message>
    <message>
        <source>done, applied</source>
        <translation>erledigt, angewendet</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>What your contribution changed</source>
        <translation>Was Ihr Beitrag verändert hat</translation>
    </message>
    <message>
        <source>Linked to</source>
        <translation>Verknüpft mit</translation>
    </message>
    <message>
        <source>Action: {0}</source>
        <translation>Vorhaben: {0}</translation>
    </message>
    <message>
        <source>Goal: {0}</source>
        <translation>Ziel: {0}</translation>
    </message>
</context>
<context>
    <name>ActionsView</name>
    <message>
        <source>Save recognition letter</source>
        <translation>Anerkennungsschreiben speichern</translation>
    </message>
    <message>
        <source>the leader</source>
        <translation>die Führungskraft</translation>
    </message>
    <message>
        <source>Apply and acknowledge</source>
        <translation>Anwenden und würdigen</translation>
    </message>
    <message>
        <source>What you will try, where you applied it and what changed, and what you tell {0} their contribution made possible.</source>
        <translation>Was Sie ausprobieren, wo Sie es angewendet haben, was sich verändert hat – und was der Beitrag von {0} möglich gemacht hat.</translation>
    </message>
    <message>
        <source>What {0} will try, where they applied it and what changed, and the acknowledgements you received for your contribution.</source>
        <translation>Was {0} ausprobiert, wo es angewendet wurde, was sich verändert hat – und die Würdigungen, die Sie für Ihren Beitrag erhalten haben.</translation>
    </message>
    <message>
        <source>Applied-learning ledger</source>
        <translation>Protokoll des angewandten Lernens</translation>
    </message>
    <message>
        <source>&amp;New action…</source>
        <translation>&amp;Neues Vorhaben…</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Neues Vorhaben</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Edit action</source>
        <translation>Vorhaben bearbeiten</translation>
    </message>
    <message>
        <source>Mark &amp;done…</source>
        <translation>Als &amp;erledigt markieren…</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Als erledigt markieren</translation>
    </message>
    <message>
        <source>&amp;Tell my mentor…</source>
        <translation>&amp;Meinem Mentor mitteilen…</translation>
    </message>
    <message>
        <source>Tell my mentor</source>
        <translation>Meinem Mentor mitteilen</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete action</source>
        <translation>Vorhaben löschen</translation>
    </message>
    <message>
        <source>Sh&amp;ow:</source>
        <translation>An&amp;zeigen:</translation>
    </message>
    <message>
        <source>Show actions</source>
        <translation>Vorhaben anzeigen</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Vorhaben</translation>
    </message>
    <message>
        <source>No actions yet</source>
        <translation>Noch keine Vorhaben</translation>
    </message>
    <message>
        <source>An action is one thing to try between meetings; later you note where it was applied and what changed.</source>
        <translation>Ein Vorhaben ist eine Sache, die Sie zwischen den Treffen ausprobieren; später halten Sie fest, wo Sie es angewendet haben und was sich verändert hat.</translation>
    </message>
    <message>
        <source>Plan a first action…</source>
        <translation>Erstes Vorhaben planen…</translation>
    </message>
    <message>
        <source>Selected action</source>
        <translation>Ausgewähltes Vorhaben</translation>
    </message>
    <message>
        <source>Private note (only you)</source>
        <translation>Private Notiz (nur für Sie)</translation>
    </message>
    <message>
        <source>Acknowledgements: what your mentor&apos;s contributions changed</source>
        <translation>Würdigungen: was die Beiträge Ihres Mentors verändert haben</translation>
    </message>
    <message>
        <source>Acknowledgements received: what your contributions changed</source>
        <translation>Erhaltene Würdigungen: was Ihre Beiträge verändert haben</translation>
    </message>
    <message>
        <source>&amp;Add acknowledgement…</source>
        <translation>Würdigung hinzu&amp;fügen…</translation>
    </message>
    <message>
        <source>Add acknowledgement</source>
        <translation>Würdigung hinzufügen</translation>
    </message>
    <message>
        <source>Ed&amp;it acknowledgement…</source>
        <translation>Würdigung bearbe&amp;iten…</translation>
    </message>
    <message>
        <source>Edit acknowledgement</source>
        <translation>Würdigung bearbeiten</translation>
    </message>
    <message>
        <source>Delete ac&amp;knowledgement</source>
        <translation>Würdigung lös&amp;chen</translation>
    </message>
    <message>
        <source>Delete acknowledgement</source>
        <translation>Würdigung löschen</translation>
    </message>
    <message>
        <source>E&amp;xport recognition letter…</source>
        <translation>Anerkennungsschreiben e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export recognition letter</source>
        <translation>Anerkennungsschreiben exportieren</translation>
    </message>
    <message>
        <source>Acknowledgements</source>
        <translation>Würdigungen</translation>
    </message>
    <message>
        <source>No acknowledgements yet</source>
        <translation>Noch keine Würdigungen</translation>
    </message>
    <message>
        <source>An acknowledgement tells what a contribution made possible, in a few words; they can become a recognition letter.</source>
        <translation>Eine Würdigung sagt in wenigen Worten, was ein Beitrag möglich gemacht hat; daraus kann ein Anerkennungsschreiben werden.</translation>
    </message>
    <message>
        <source>Write an acknowledgement…</source>
        <translation>Würdigung schreiben…</translation>
    </message>
    <message>
        <source>Select an action to see its impact note.</source>
        <translation>Wählen Sie ein Vorhaben aus, um seine Wirkungsnotiz zu sehen.</translation>
    </message>
    <message>
        <source>What changed: {0}</source>
        <translation>Was sich verändert hat: {0}</translation>
    </message>
    <message>
        <source>No impact note yet.</source>
        <translation>Noch keine Wirkungsnotiz.</translation>
    </message>
    <message>
        <source>Private note (only you): {0}</source>
        <translation>Private Notiz (nur für Sie): {0}</translation>
    </message>
    <message>
        <source>Delete “{0}”? Acknowledgements that mention it stay.</source>
        <translation>„{0}“ löschen? Würdigungen, die darauf verweisen, bleiben erhalten.</translation>
    </message>
    <message>
        <source>Delete this acknowledgement?</source>
        <translation>Diese Würdigung löschen?</translation>
    </message>
    <message>
        <source>Saved the recognition letter (not encrypted).</source>
        <translation>Anerkennungsschreiben gespeichert (nicht verschlüsselt).</translation>
    </message>
    <message>
        <source>Letter not saved</source>
        <translation>Schreiben nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>AgendaItemDialog</name>
    <message>
        <source>Agenda item</source>
        <translation>Agendapunkt</translation>
    </message>
    <message>
        <source>New agenda item</source>
        <translation>Neuer Agendapunkt</translation>
    </message>
    <message>
        <source>What to talk about</source>
        <translation>Worüber Sie sprechen möchten</translation>
    </message>
    <message>
        <source>A topic, a question, or an assumption to challenge</source>
        <translation>Ein Thema, eine Frage oder eine Annahme, die hinterfragt werden soll</translation>
    </message>
    <message>
        <source>Kind of item</source>
        <translation>Art des Punkts</translation>
    </message>
    <message>
        <source>Brought by</source>
        <translation>Eingebracht von</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Time box in minutes</source>
        <translation>Zeitrahmen in Minuten</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Was:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Brought by:</source>
        <translation>&amp;Eingebracht von:</translation>
    </message>
    <message>
        <source>&amp;Time box:</source>
        <translation>&amp;Zeitrahmen:</translation>
    </message>
    <message>
        <source>Say in a few words what the item is about.</source>
        <translation>Beschreiben Sie in wenigen Worten, worum es bei dem Punkt geht.</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Assumption to challenge</source>
        <translation>Annahme zum Hinterfragen</translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation>{0} Min.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Carried over</source>
        <translation>Übernommen</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Brought by</source>
        <translation>Eingebracht von</translation>
    </message>
    <message>
        <source>Time box</source>
        <translation>Zeitrahmen</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>AgendaPanel</name>
    <message>
        <source>the leader</source>
        <translation>die Führungskraft</translation>
    </message>
    <message>
        <source>&amp;Learning intent — what does {0} want to learn today, and what will they not defend? (shared)</source>
        <translation>&amp;Lernabsicht – was möchte {0} heute lernen, und was dabei nicht verteidigen? (gemeinsam)</translation>
    </message>
    <message>
        <source>&amp;Learning intent — what do I want to learn today, and what will I not defend? (shared)</source>
        <translation>&amp;Lernabsicht – was möchte ich heute lernen, und was will ich nicht verteidigen? (gemeinsam)</translation>
    </message>
    <message>
        <source>Learning intent</source>
        <translation>Lernabsicht</translation>
    </message>
    <message>
        <source>&amp;Carry over…</source>
        <translation>Über&amp;nehmen…</translation>
    </message>
    <message>
        <source>Carry over unfinished items</source>
        <translation>Unerledigte Punkte übernehmen</translation>
    </message>
    <message>
        <source>A&amp;genda (drag, or Alt+Up/Alt+Down, to reorder):</source>
        <translation>Agen&amp;da (zum Umsortieren ziehen oder Alt+Pfeil oben/Alt+Pfeil unten):</translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation>Agendapunkte</translation>
    </message>
    <message>
        <source>Nothing on the agenda yet</source>
        <translation>Noch nichts auf der Agenda</translation>
    </message>
    <message>
        <source>Add what you want to talk about: a topic, a question, something to show. Each item can have a time box.</source>
        <translation>Tragen Sie ein, worüber Sie sprechen möchten: ein Thema, eine Frage, etwas zum Zeigen. Jeder Punkt kann einen Zeitrahmen haben.</translation>
    </message>
    <message>
        <source>Add the first item…</source>
        <translation>Ersten Punkt hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Add item…</source>
        <translation>P&amp;unkt hinzufügen…</translation>
    </message>
    <message>
        <source>Add an agenda item</source>
        <translation>Agendapunkt hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the agenda item</source>
        <translation>Agendapunkt bearbeiten</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the agenda item</source>
        <translation>Agendapunkt entfernen</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move the item up</source>
        <translation>Punkt nach oben verschieben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Move the item down</source>
        <translation>Punkt nach unten verschieben</translation>
    </message>
    <message>
        <source>Use &amp;template…</source>
        <translation>Vorlage ver&amp;wenden…</translation>
    </message>
    <message>
        <source>Add items from a template</source>
        <translation>Punkte aus einer Vorlage hinzufügen</translation>
    </message>
    <message>
        <source>Save as te&amp;mplate…</source>
        <translation>Als Vorlage &amp;speichern…</translation>
    </message>
    <message>
        <source>Save this agenda as a template</source>
        <translation>Diese Agenda als Vorlage speichern</translation>
    </message>
    <message>
        <source>Private notes — only you; never on a shared screen</source>
        <translation>Private Notizen – nur für Sie; nie auf einem geteilten Bildschirm</translation>
    </message>
    <message>
        <source>Private notes on this meeting</source>
        <translation>Private Notizen zu diesem Treffen</translation>
    </message>
    <message>
        <source>Time boxes: {0} min, {1} more than the {2}-minute meeting.</source>
        <translation>Zeitrahmen: {0} Min., {1} mehr, als das Treffen dauert ({2} Min.).</translation>
    </message>
    <message>
        <source>Time boxes: {0} of {1} min.</source>
        <translation>Zeitrahmen: {0} von {1} Min.</translation>
    </message>
    <message numerus="yes">
        <source>%n unfinished item(s) from the meeting on {0}.</source>
        <translation>
            <numerusform>%n offener Punkt aus dem Treffen am {0}.</numerusform>
            <numerusform>%n offene Punkte aus dem Treffen am {0}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to save</source>
        <translation>Nichts zu speichern</translation>
    </message>
    <message>
        <source>Add items to the agenda first.</source>
        <translation>Fügen Sie der Agenda zuerst Punkte hinzu.</translation>
    </message>
</context>
<context>
    <name>AgendaTemplateDialog</name>
    <message>
        <source>Use an agenda template</source>
        <translation>Agendavorlage verwenden</translation>
    </message>
    <message>
        <source>&amp;Templates (their items are added to this agenda):</source>
        <translation>&amp;Vorlagen (ihre Punkte werden dieser Agenda hinzugefügt):</translation>
    </message>
    <message>
        <source>Agenda templates</source>
        <translation>Agendavorlagen</translation>
    </message>
    <message>
        <source>built in</source>
        <translation>integriert</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>eigene</translation>
    </message>
    <message numerus="yes">
        <source>{0} — %n item(s), {1} min ({2})</source>
        <translation>
            <numerusform>{0} – %n Punkt, {1} Min. ({2})</numerusform>
            <numerusform>{0} – %n Punkte, {1} Min. ({2})</numerusform>
        </translation>
    </message>
    <message>
        <source>Save as template</source>
        <translation>Als Vorlage speichern</translation>
    </message>
    <message>
        <source>&amp;Name of the template:</source>
        <translation>&amp;Name der Vorlage:</translation>
    </message>
    <message>
        <source>Name of the template</source>
        <translation>Name der Vorlage</translation>
    </message>
</context>
<context>
    <name>Agreement</name>
    <message>
        <source>the leader</source>
        <translation>die Führungskraft</translation>
    </message>
    <message>
        <source>the mentor</source>
        <translation>der Mentor</translation>
    </message>
    <message>
        <source>Version {0} cannot count as confirmed.</source>
        <translation>Version {0} kann nicht als bestätigt gelten.</translation>
    </message>
    <message>
        <source>Version {0} is confirmed by both of you.</source>
        <translation>Version {0} ist von Ihnen beiden bestätigt.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>Version {0} is waiting for confirmation by {1}.</source>
        <translation>Version {0} wartet auf Bestätigung. Ausstehend: {1}.</translation>
    </message>
    <message>
        <source>The confirmations of version {0} do not cover it: the text changed after you both confirmed.</source>
        <translation>Die Bestätigungen von Version {0} gelten nicht dafür: Der Text wurde geändert, nachdem Sie beide bestätigt hatten.</translation>
    </message>
    <message>
        <source>Version {0} is newer.</source>
        <translation>Version {0} ist neuer.</translation>
    </message>
    <message>
        <source>Warning: the text stored for version {0} no longer matches the fingerprint it was saved with ({1}). It was changed outside rmdesk, so no confirmation counts for it. Compare it with the other person&apos;s copy, then save a corrected version and confirm it again.</source>
        <translation>Achtung: Der für Version {0} gespeicherte Text passt nicht mehr zu dem Fingerabdruck, mit dem er gespeichert wurde ({1}). Er wurde außerhalb von rmdesk geändert, daher gilt keine Bestätigung dafür. Vergleichen Sie ihn mit der Kopie der anderen Person, speichern Sie dann eine korrigierte Version und bestätigen Sie sie erneut.</translation>
    </message>
    <message>
        <source>Version {0} was confirmed by both of you; that does not cover this text.</source>
        <translation>Version {0} wurde von Ihnen beiden bestätigt; das gilt nicht für diesen Text.</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>unlesbar</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Führungskraft</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>✓ {0}: {1} confirmed on {2}.</source>
        <translation>✓ {0}: {1} hat am {2} bestätigt.</translation>
    </message>
    <message>
        <source>✗ {0}: the confirmation of {1} does not cover this text.</source>
        <translation>✗ {0}: Die Bestätigung vom {1} gilt nicht für diesen Text.</translation>
    </message>
    <message>
        <source>○ {0}: {1} has not confirmed yet.</source>
        <translation>○ {0}: {1} hat noch nicht bestätigt.</translation>
    </message>
    <message>
        <source>New section “{0}”:</source>
        <translation>Neuer Abschnitt „{0}“:</translation>
    </message>
    <message>
        <source>Section “{0}” is now called “{1}”.</source>
        <translation>Abschnitt „{0}“ heißt jetzt „{1}“.</translation>
    </message>
    <message>
        <source>In “{0}”:</source>
        <translation>In „{0}“:</translation>
    </message>
    <message>
        <source>Section “{0}” was removed.</source>
        <translation>Abschnitt „{0}“ wurde entfernt.</translation>
    </message>
    <message>
        <source>The order of the sections changed.</source>
        <translation>Die Reihenfolge der Abschnitte hat sich geändert.</translation>
    </message>
</context>
<context>
    <name>AgreementConfirmDialog</name>
    <message>
        <source>the leader</source>
        <translation>Führungskraft</translation>
    </message>
    <message>
        <source>the mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Confirm the agreement as {0}</source>
        <translation>Vereinbarung als {0} bestätigen</translation>
    </message>
    <message>
        <source>You confirm that you have read version {0} of the agreement and agree to it. Its fingerprint is:</source>
        <translation>Sie bestätigen, dass Sie Version {0} der Vereinbarung gelesen haben und ihr zustimmen. Der Fingerabdruck lautet:</translation>
    </message>
    <message>
        <source>Type your name as {0} to confirm ({1}):</source>
        <translation>Geben Sie zur Bestätigung Ihren Namen als {0} ein ({1}):</translation>
    </message>
    <message>
        <source>No name is recorded for {0} yet. Add it with Edit relationship, then confirm.</source>
        <translation>Für die Rolle {0} ist noch kein Name hinterlegt. Ergänzen Sie ihn über „Beziehung bearbeiten“ und bestätigen Sie dann.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>&amp;Bestätigen</translation>
    </message>
    <message>
        <source>That is not the name recorded for this side of the relationship. Type it as shown above; if the recorded name is wrong, correct it with Edit relationship.</source>
        <translation>Das ist nicht der Name, der für diese Seite der Beziehung hinterlegt ist. Geben Sie ihn wie oben angezeigt ein; falls der hinterlegte Name falsch ist, korrigieren Sie ihn über „Beziehung bearbeiten“.</translation>
    </message>
</context>
<context>
    <name>AgreementDraftEditor</name>
    <message>
        <source>Add a se&amp;ction</source>
        <translation>&amp;Abschnitt hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Discard draft</source>
        <translation>Entwurf &amp;verwerfen</translation>
    </message>
    <message>
        <source>&amp;Save as new version</source>
        <translation>Als neue Version &amp;speichern</translation>
    </message>
    <message>
        <source>Save the draft as a new, read-only version (Ctrl+S)</source>
        <translation>Entwurf als neue, schreibgeschützte Version speichern (Strg+S)</translation>
    </message>
    <message>
        <source>Draft of version {0}. Change what you both want changed; a section left with no title and no text is left out. Once saved, the version cannot be edited, and each of you confirms it.</source>
        <translation>Entwurf von Version {0}. Ändern Sie, was Sie beide ändern möchten; ein Abschnitt ohne Titel und ohne Text wird weggelassen. Nach dem Speichern lässt sich die Version nicht mehr bearbeiten, und Sie bestätigen sie beide.</translation>
    </message>
    <message>
        <source>Section {0}</source>
        <translation>Abschnitt {0}</translation>
    </message>
    <message>
        <source>Section {0} title</source>
        <translation>Titel von Abschnitt {0}</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Section {0} text</source>
        <translation>Text von Abschnitt {0}</translation>
    </message>
</context>
<context>
    <name>AgreementExport</name>
    <message>
        <source>The agreement (its text, both names, times)</source>
        <translation>Die Vereinbarung (Text, beide Namen, Zeitpunkte)</translation>
    </message>
    <message>
        <source>Export the agreement</source>
        <translation>Vereinbarung exportieren</translation>
    </message>
    <message>
        <source>{0} UTC</source>
        <translation>{0} UTC</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Führungskraft</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>the leader</source>
        <translation>die Führungskraft</translation>
    </message>
    <message>
        <source>the mentor</source>
        <translation>der Mentor</translation>
    </message>
    <message>
        <source>Confidentiality agreement: {0} and {1}</source>
        <translation>Vertraulichkeitsvereinbarung: {0} und {1}</translation>
    </message>
    <message>
        <source>Version {0}, saved {1}.</source>
        <translation>Version {0}, gespeichert am {1}.</translation>
    </message>
    <message>
        <source>Fingerprint: {0}</source>
        <translation>Fingerabdruck: {0}</translation>
    </message>
    <message>
        <source>SHA-256 of the canonical text: {0}</source>
        <translation>SHA-256 des kanonischen Textes: {0}</translation>
    </message>
    <message>
        <source>Confirmations</source>
        <translation>Bestätigungen</translation>
    </message>
    <message>
        <source>The fingerprint is the start of the SHA-256 of this version&apos;s canonical text. If the copy on the other person&apos;s computer shows the same fingerprint, you both confirmed the same words. This file is not encrypted.</source>
        <translation>Der Fingerabdruck ist der Anfang des SHA-256 des kanonischen Textes dieser Version. Zeigt die Kopie auf dem Computer der anderen Person denselben Fingerabdruck, haben Sie beide denselben Wortlaut bestätigt. Diese Datei ist nicht verschlüsselt.</translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation>Warnung:</translation>
    </message>
    <message>
        <source>the stored text of this version no longer matches the fingerprint it was saved with, so no confirmation counts for it.</source>
        <translation>Der gespeicherte Text dieser Version passt nicht mehr zu dem Fingerabdruck, mit dem sie gespeichert wurde; daher gilt keine Bestätigung für sie.</translation>
    </message>
    <message>
        <source>{0}: {1} has not confirmed it yet.</source>
        <translation>{0}: {1} hat sie noch nicht bestätigt.</translation>
    </message>
    <message>
        <source>{0}: {1}, confirmed {2} (fingerprint {3})</source>
        <translation>{0}: {1}, bestätigt am {2} (Fingerabdruck {3})</translation>
    </message>
    <message>
        <source>Confidentiality agreement, version {0}</source>
        <translation>Vertraulichkeitsvereinbarung, Version {0}</translation>
    </message>
</context>
<context>
    <name>AgreementPage</name>
    <message>
        <source>Step 4: the agreement you confirm together</source>
        <translation>Schritt 4: die Vereinbarung, die Sie gemeinsam bestätigen</translation>
    </message>
    <message>
        <source>What you say to each other stays between you. Read this together, then each of you confirms it by typing your own name.</source>
        <translation>Was Sie einander sagen, bleibt unter Ihnen. Lesen Sie dies gemeinsam; dann bestätigen Sie es beide, indem Sie jeweils Ihren eigenen Namen eingeben.</translation>
    </message>
    <message>
        <source>Agreement text</source>
        <translation>Text der Vereinbarung</translation>
    </message>
    <message>
        <source>Who has confirmed</source>
        <translation>Wer bestätigt hat</translation>
    </message>
    <message>
        <source>Confirm as &amp;leader…</source>
        <translation>Als &amp;Führungskraft bestätigen…</translation>
    </message>
    <message>
        <source>Confirm as m&amp;entor…</source>
        <translation>Als &amp;Mentor bestätigen…</translation>
    </message>
    <message>
        <source>To change the wording, skip this step and open Agreement: a changed text becomes a new version for you both to confirm.</source>
        <translation>Um den Wortlaut zu ändern, überspringen Sie diesen Schritt und öffnen „Vereinbarung“: Ein geänderter Text wird zu einer neuen Version, die Sie beide bestätigen.</translation>
    </message>
    <message>
        <source>Fingerprint: {0}</source>
        <translation>Fingerabdruck: {0}</translation>
    </message>
    <message>
        <source>Fingerprint {0}</source>
        <translation>Fingerabdruck {0}</translation>
    </message>
    <message>
        <source>Confirmed by you both. Nothing more to do here.</source>
        <translation>Von Ihnen beiden bestätigt. Hier ist nichts mehr zu tun.</translation>
    </message>
    <message>
        <source>The leader has confirmed; the mentor has not yet.</source>
        <translation>Die Führungskraft hat bestätigt, der Mentor noch nicht.</translation>
    </message>
    <message>
        <source>The mentor has confirmed; the leader has not yet.</source>
        <translation>Der Mentor hat bestätigt, die Führungskraft noch nicht.</translation>
    </message>
    <message>
        <source>Not confirmed yet. You can also do this later, in Agreement.</source>
        <translation>Noch nicht bestätigt. Sie können dies auch später unter „Vereinbarung“ tun.</translation>
    </message>
    <message>
        <source>Not confirmed</source>
        <translation>Nicht bestätigt</translation>
    </message>
</context>
<context>
    <name>AgreementView</name>
    <message>
        <source>Fingerprint:</source>
        <translation>Fingerabdruck:</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingerabdruck</translation>
    </message>
    <message>
        <source>Compare it aloud with the copy on the other person&apos;s computer.</source>
        <translation>Vergleichen Sie ihn laut mit der Kopie auf dem Computer der anderen Person.</translation>
    </message>
    <message>
        <source>Versi&amp;on:</source>
        <translation>&amp;Version:</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Every saved version, read-only</source>
        <translation>Alle gespeicherten Versionen, schreibgeschützt</translation>
    </message>
    <message>
        <source>&amp;Edit as a new version</source>
        <translation>Als neue Version &amp;bearbeiten</translation>
    </message>
    <message>
        <source>Start a draft from the version shown; saving it makes the next version</source>
        <translation>Einen Entwurf aus der angezeigten Version beginnen; beim Speichern entsteht die nächste Version</translation>
    </message>
    <message>
        <source>Confirm as &amp;leader…</source>
        <translation>Als &amp;Führungskraft bestätigen…</translation>
    </message>
    <message>
        <source>Confirm as &amp;mentor…</source>
        <translation>Als &amp;Mentor bestätigen…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>&amp;PDF exportieren…</translation>
    </message>
    <message>
        <source>Export Mar&amp;kdown…</source>
        <translation>Mar&amp;kdown exportieren…</translation>
    </message>
    <message>
        <source>No agreement yet</source>
        <translation>Noch keine Vereinbarung</translation>
    </message>
    <message>
        <source>Start from our template: it already names you both, your purpose, goals and rhythm. Change what you want, save it, then each of you confirms it by typing your name.</source>
        <translation>Beginnen Sie mit unserer Vorlage: Sie nennt bereits Sie beide, Ihren Zweck, Ihre Ziele und Ihren Rhythmus. Ändern Sie, was Sie möchten, speichern Sie, und dann bestätigt jede Person mit ihrem eingetippten Namen.</translation>
    </message>
    <message>
        <source>&amp;Start from the template</source>
        <translation>Mi&amp;t der Vorlage beginnen</translation>
    </message>
    <message>
        <source>Agreement text</source>
        <translation>Text der Vereinbarung</translation>
    </message>
    <message>
        <source>Changes since the confirmed version</source>
        <translation>Änderungen seit der bestätigten Version</translation>
    </message>
    <message>
        <source>Version {0} — {1}{2}</source>
        <translation>Version {0} – {1}{2}</translation>
    </message>
    <message>
        <source> — confirmed by both</source>
        <translation> – von beiden bestätigt</translation>
    </message>
    <message>
        <source>No agreement yet.</source>
        <translation>Noch keine Vereinbarung.</translation>
    </message>
    <message>
        <source>Changes since version {0}, which you both confirmed</source>
        <translation>Änderungen seit Version {0}, die Sie beide bestätigt haben</translation>
    </message>
    <message>
        <source>Export version {0}, confirmed by both</source>
        <translation>Die von beiden bestätigte Version {0} exportieren</translation>
    </message>
    <message>
        <source>Available once you have both confirmed a version</source>
        <translation>Verfügbar, sobald Sie beide eine Version bestätigt haben</translation>
    </message>
    <message>
        <source>Drafting version {0}: not saved yet, so nobody has confirmed it.</source>
        <translation>Entwurf von Version {0}: noch nicht gespeichert, daher von niemandem bestätigt.</translation>
    </message>
    <message>
        <source>Write at least one section before saving.</source>
        <translation>Schreiben Sie vor dem Speichern mindestens einen Abschnitt.</translation>
    </message>
    <message>
        <source>This is the same text as version {0}; nothing to save.</source>
        <translation>Der Text ist identisch mit Version {0}; es gibt nichts zu speichern.</translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation>Entwurf verwerfen</translation>
    </message>
    <message>
        <source>Throw away the changes in this draft? They cannot be brought back.</source>
        <translation>Die Änderungen in diesem Entwurf verwerfen? Sie lassen sich nicht wiederherstellen.</translation>
    </message>
    <message>
        <source>Not confirmed</source>
        <translation>Nicht bestätigt</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Back up the vault</source>
        <translation>Tresor sichern</translation>
    </message>
    <message>
        <source>&amp;Back up</source>
        <translation>&amp;Sichern</translation>
    </message>
    <message>
        <source>The backup is encrypted with the vault&apos;s passphrase. It is checked after writing, and only a complete, checked copy gets the name below.</source>
        <translation>Die Sicherung ist mit der Passphrase des Tresors verschlüsselt. Sie wird nach dem Schreiben geprüft, und nur eine vollständige, geprüfte Kopie erhält den unten angegebenen Namen.</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Sicherungsdatei</translation>
    </message>
    <message>
        <source>Vault backups (*.rmdesk)</source>
        <translation>Tresor-Sicherungen (*.rmdesk)</translation>
    </message>
    <message>
        <source>Backup &amp;file:</source>
        <translation>Sicherungs&amp;datei:</translation>
    </message>
    <message>
        <source>Choose where to write the backup.</source>
        <translation>Wählen Sie, wohin die Sicherung geschrieben werden soll.</translation>
    </message>
    <message>
        <source>That folder does not exist: {0}</source>
        <translation>Dieser Ordner existiert nicht: {0}</translation>
    </message>
    <message>
        <source>Backup written and verified: {0}</source>
        <translation>Sicherung geschrieben und geprüft: {0}</translation>
    </message>
    <message>
        <source>The backup was NOT written.</source>
        <translation>Die Sicherung wurde NICHT geschrieben.</translation>
    </message>
</context>
<context>
    <name>CalendarTitle</name>
    <message>
        <source>Reverse mentoring</source>
        <translation>Reverse Mentoring</translation>
    </message>
    <message>
        <source>Reverse mentoring: {0}</source>
        <translation>Reverse Mentoring: {0}</translation>
    </message>
</context>
<context>
    <name>CandidateDialog</name>
    <message>
        <source>Mentor candidate</source>
        <translation>Mentor-Kandidat</translation>
    </message>
    <message>
        <source>Candidate name</source>
        <translation>Name des Kandidaten</translation>
    </message>
    <message>
        <source>Expertise, separated by commas</source>
        <translation>Fachgebiete, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>e.g. AI tools, social media, Gen Z</source>
        <translation>z. B. KI-Tools, soziale Medien, Gen Z</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Expertise:</source>
        <translation>&amp;Fachgebiete:</translation>
    </message>
    <message>
        <source>Private notes about this candidate</source>
        <translation>Private Notizen zu diesem Kandidaten</translation>
    </message>
    <message>
        <source>Private no&amp;tes:</source>
        <translation>Private No&amp;tizen:</translation>
    </message>
    <message>
        <source>Give the candidate a name.</source>
        <translation>Geben Sie dem Kandidaten einen Namen.</translation>
    </message>
</context>
<context>
    <name>CarryOverDialog</name>
    <message>
        <source>Carry over unfinished items</source>
        <translation>Unerledigte Punkte übernehmen</translation>
    </message>
    <message>
        <source>Not finished at the meeting on {0}. &amp;Tick what to bring to this one:</source>
        <translation>Beim Treffen am {0} nicht erledigt. &amp;Markieren Sie, was Sie in dieses Treffen übernehmen möchten:</translation>
    </message>
    <message>
        <source>Unfinished items</source>
        <translation>Unerledigte Punkte</translation>
    </message>
</context>
<context>
    <name>ChartWidget</name>
    <message>
        <source>{0}: {1}. The Table tab lists the same numbers.</source>
        <translation>{0}: {1}. Der Reiter „Tabelle“ zeigt dieselben Zahlen.</translation>
    </message>
</context>
<context>
    <name>CheckDialog</name>
    <message>
        <source>Check the vault</source>
        <translation>Tresor prüfen</translation>
    </message>
    <message>
        <source>&amp;Check again</source>
        <translation>Erneut &amp;prüfen</translation>
    </message>
    <message>
        <source>Reads every page of the vault and checks that it decrypts and fits together. Nothing is changed.</source>
        <translation>Liest jede Seite des Tresors und prüft, ob sie sich entschlüsseln lässt und alles zusammenpasst. Es wird nichts verändert.</translation>
    </message>
    <message>
        <source>All checks passed.</source>
        <translation>Alle Prüfungen bestanden.</translation>
    </message>
    <message>
        <source>A check FAILED. Your data may be damaged: make no big changes, restore a recent backup (Vault ▸ Restore from a backup…) or keep the file and ask for help.</source>
        <translation>Eine Prüfung ist FEHLGESCHLAGEN. Ihre Daten sind möglicherweise beschädigt: Nehmen Sie keine größeren Änderungen vor, stellen Sie eine aktuelle Sicherung wieder her (Tresor ▸ Aus einer Sicherung wiederherstellen…) oder bewahren Sie die Datei auf und holen Sie sich Hilfe.</translation>
    </message>
</context>
<context>
    <name>CheckInDialog</name>
    <message>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>Edit check-in</source>
        <translation>Check-in bearbeiten</translation>
    </message>
    <message>
        <source>Fill this in together. Rate each statement from 1 to 5 and add a sentence. Anyone may skip a question: a skip is kept as a skip, not as a low score.</source>
        <translation>Füllen Sie dies gemeinsam aus. Bewerten Sie jede Aussage von 1 bis 5 und ergänzen Sie einen Satz. Jede Frage darf übersprungen werden: Das wird als übersprungen gespeichert, nicht als niedrige Bewertung.</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Durchgeführt am</translation>
    </message>
    <message>
        <source>&amp;Held on:</source>
        <translation>&amp;Durchgeführt am:</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <source>(no meeting)</source>
        <translation>(kein Treffen)</translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation>&amp;Treffen:</translation>
    </message>
    <message>
        <source>Leader: {0}</source>
        <translation>Führungskraft: {0}</translation>
    </message>
    <message>
        <source>Mentor: {0}</source>
        <translation>Mentor: {0}</translation>
    </message>
    <message>
        <source>Skip &amp;all of the mentor&apos;s questions this time</source>
        <translation>&amp;Alle Fragen des Mentors diesmal überspringen</translation>
    </message>
    <message>
        <source>Skip all of the mentor&apos;s questions</source>
        <translation>Alle Fragen des Mentors überspringen</translation>
    </message>
    <message>
        <source>Private note</source>
        <translation>Private Notiz</translation>
    </message>
    <message>
        <source>Only you see this; it never appears in shared-screen mode</source>
        <translation>Nur Sie sehen diese Notiz; sie erscheint nie im Modus „Geteilter Bildschirm“</translation>
    </message>
    <message>
        <source>&amp;Private note (only you):</source>
        <translation>&amp;Private Notiz (nur für Sie):</translation>
    </message>
    <message>
        <source>Rate or skip at least one question.</source>
        <translation>Bewerten oder überspringen Sie mindestens eine Frage.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Resolve differences</source>
        <translation>Abweichungen klären</translation>
    </message>
    <message>
        <source>These changed on both sides since you last exchanged. For each, choose which version to keep; your choice reaches the other person with your next pack. Rows left on Decide later keep waiting, and your version stays meanwhile.</source>
        <translation>Diese Einträge wurden seit Ihrem letzten Austausch auf beiden Seiten geändert. Wählen Sie jeweils, welche Version bleiben soll; Ihre Wahl erreicht die andere Person mit Ihrem nächsten Austauschpaket. Zeilen auf „Später entscheiden“ warten weiter; bis dahin bleibt Ihre Version bestehen.</translation>
    </message>
    <message>
        <source>Differences to settle</source>
        <translation>Zu klärende Abweichungen</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Andere Version</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Ihre Version</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>&amp;Keep the chosen versions</source>
        <translation>&amp;Gewählte Versionen behalten</translation>
    </message>
    <message>
        <source>Decide &amp;later</source>
        <translation>Später &amp;entscheiden</translation>
    </message>
    <message>
        <source>No differences are waiting.</source>
        <translation>Es warten keine Abweichungen.</translation>
    </message>
    <message numerus="yes">
        <source>(with %n of their rows that depend on it)</source>
        <translation>
            <numerusform>(mit %n davon abhängigen Eintrag der anderen Seite)</numerusform>
            <numerusform>(mit %n davon abhängigen Einträgen der anderen Seite)</numerusform>
        </translation>
    </message>
    <message>
        <source>(deleted there)</source>
        <translation>(dort gelöscht)</translation>
    </message>
    <message>
        <source>(deleted here)</source>
        <translation>(hier gelöscht)</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>Später entscheiden</translation>
    </message>
    <message>
        <source>Keep yours</source>
        <translation>Ihre Version behalten</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Andere Version übernehmen</translation>
    </message>
    <message>
        <source>Keep which version: row {0}</source>
        <translation>Welche Version behalten: Zeile {0}</translation>
    </message>
    <message>
        <source>from the other copy</source>
        <translation>aus der anderen Kopie</translation>
    </message>
    <message>
        <source>with {0}</source>
        <translation>mit {0}</translation>
    </message>
    <message>
        <source>from a pack</source>
        <translation>aus einem Austauschpaket</translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <source>Something went wrong inside rmdesk. Your vault is safe: everything saved before this moment is in it, and the vault file was not harmed.</source>
        <translation>In rmdesk ist ein Fehler aufgetreten. Ihr Tresor ist sicher: Alles, was bis zu diesem Moment gespeichert wurde, ist darin enthalten, und die Tresordatei wurde nicht beschädigt.</translation>
    </message>
    <message>
        <source>If it happens again, the log can help find the cause. It holds no content from your vault: {0}</source>
        <translation>Falls es erneut passiert, kann das Protokoll helfen, die Ursache zu finden. Es enthält keine Inhalte aus Ihrem Tresor: {0}</translation>
    </message>
    <message>
        <source>rmdesk: something went wrong</source>
        <translation>rmdesk: Ein Fehler ist aufgetreten</translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save the changes you made here?</source>
        <translation>Die hier vorgenommenen Änderungen speichern?</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message numerus="yes">
        <source>%n relationship(s)</source>
        <translation>
            <numerusform>%n Beziehung</numerusform>
            <numerusform>%n Beziehungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mentor candidate(s)</source>
        <translation>
            <numerusform>%n Mentor-Kandidat</numerusform>
            <numerusform>%n Mentor-Kandidaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n goal(s)</source>
        <translation>
            <numerusform>%n Ziel</numerusform>
            <numerusform>%n Ziele</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n progress update(s)</source>
        <translation>
            <numerusform>%n Fortschrittseintrag</numerusform>
            <numerusform>%n Fortschrittseinträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agreement version(s)</source>
        <translation>
            <numerusform>%n Vereinbarungsversion</numerusform>
            <numerusform>%n Vereinbarungsversionen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agreement confirmation(s)</source>
        <translation>
            <numerusform>%n Bestätigung der Vereinbarung</numerusform>
            <numerusform>%n Bestätigungen der Vereinbarung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n Treffen</numerusform>
            <numerusform>%n Treffen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n private meeting note(s)</source>
        <translation>
            <numerusform>%n private Notiz zu einem Treffen</numerusform>
            <numerusform>%n private Notizen zu Treffen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agenda item(s)</source>
        <translation>
            <numerusform>%n Agendapunkt</numerusform>
            <numerusform>%n Agendapunkte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n Vorhaben</numerusform>
            <numerusform>%n Vorhaben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n acknowledgement(s)</source>
        <translation>
            <numerusform>%n Würdigung</numerusform>
            <numerusform>%n Würdigungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check-in(s)</source>
        <translation>
            <numerusform>%n Check-in</numerusform>
            <numerusform>%n Check-ins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check-in answer(s)</source>
        <translation>
            <numerusform>%n Check-in-Antwort</numerusform>
            <numerusform>%n Check-in-Antworten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reflection(s)</source>
        <translation>
            <numerusform>%n Reflexion</numerusform>
            <numerusform>%n Reflexionen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reflection tag(s)</source>
        <translation>
            <numerusform>%n Schlagwort einer Reflexion</numerusform>
            <numerusform>%n Schlagwörter von Reflexionen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n prompt(s)</source>
        <translation>
            <numerusform>%n Impuls</numerusform>
            <numerusform>%n Impulse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agenda template(s)</source>
        <translation>
            <numerusform>%n Agendavorlage</numerusform>
            <numerusform>%n Agendavorlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s) to settle</source>
        <translation>
            <numerusform>%n Abweichung zu klären</numerusform>
            <numerusform>%n Abweichungen zu klären</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} added</source>
        <translation>{0} hinzugefügt</translation>
    </message>
    <message>
        <source>{0} updated</source>
        <translation>{0} aktualisiert</translation>
    </message>
    <message>
        <source>{0} deleted</source>
        <translation>{0} gelöscht</translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>noch nichts</translation>
    </message>
    <message>
        <source>nothing new</source>
        <translation>nichts Neues</translation>
    </message>
    <message>
        <source>The relationship</source>
        <translation>Die Beziehung</translation>
    </message>
    <message>
        <source>A mentor candidate</source>
        <translation>Ein Mentor-Kandidat</translation>
    </message>
    <message>
        <source>A goal</source>
        <translation>Ein Ziel</translation>
    </message>
    <message>
        <source>A progress update</source>
        <translation>Ein Fortschrittseintrag</translation>
    </message>
    <message>
        <source>An agreement version</source>
        <translation>Eine Version der Vereinbarung</translation>
    </message>
    <message>
        <source>An agreement confirmation</source>
        <translation>Eine Bestätigung der Vereinbarung</translation>
    </message>
    <message>
        <source>A meeting</source>
        <translation>Ein Treffen</translation>
    </message>
    <message>
        <source>A private meeting note</source>
        <translation>Eine private Notiz zu einem Treffen</translation>
    </message>
    <message>
        <source>An agenda item</source>
        <translation>Ein Agendapunkt</translation>
    </message>
    <message>
        <source>An action</source>
        <translation>Ein Vorhaben</translation>
    </message>
    <message>
        <source>An acknowledgement</source>
        <translation>Eine Würdigung</translation>
    </message>
    <message>
        <source>A check-in</source>
        <translation>Ein Check-in</translation>
    </message>
    <message>
        <source>A check-in answer</source>
        <translation>Eine Check-in-Antwort</translation>
    </message>
    <message>
        <source>A reflection</source>
        <translation>Eine Reflexion</translation>
    </message>
    <message>
        <source>A reflection tag</source>
        <translation>Ein Schlagwort einer Reflexion</translation>
    </message>
    <message>
        <source>A prompt</source>
        <translation>Ein Impuls</translation>
    </message>
    <message>
        <source>An agenda template</source>
        <translation>Eine Agendavorlage</translation>
    </message>
</context>
<context>
    <name>ExchangeDialog</name>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>ExchangeMenu</name>
    <message>
        <source>&amp;Open a pack…</source>
        <translation>&amp;Austauschpaket öffnen…</translation>
    </message>
    <message>
        <source>Mer&amp;ge another copy…</source>
        <translation>Mit einer anderen Kopie &amp;zusammenführen…</translation>
    </message>
    <message>
        <source>S&amp;hare with the other person…</source>
        <translation>Mit der anderen Person &amp;teilen…</translation>
    </message>
    <message>
        <source>S&amp;hare with {0}…</source>
        <translation>Mit {0} &amp;teilen…</translation>
    </message>
    <message numerus="yes">
        <source>Resolve %n di&amp;fference(s)…</source>
        <translation>
            <numerusform>%n Abweichung &amp;klären…</numerusform>
            <numerusform>%n Abweichungen &amp;klären…</numerusform>
        </translation>
    </message>
    <message>
        <source>Resolve di&amp;fferences…</source>
        <translation>Abweichungen &amp;klären…</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s) from an exchange wait for your choice: Relationship &gt; Resolve differences.</source>
        <translation>
            <numerusform>%n Abweichung aus einem Austausch wartet auf Ihre Entscheidung: Beziehung &gt; Abweichungen klären.</numerusform>
            <numerusform>%n Abweichungen aus einem Austausch warten auf Ihre Entscheidung: Beziehung &gt; Abweichungen klären.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export the vault</source>
        <translation>Tresor exportieren</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>&amp;JSON (can be imported again)</source>
        <translation>&amp;JSON (kann wieder importiert werden)</translation>
    </message>
    <message>
        <source>&amp;Markdown (to read)</source>
        <translation>&amp;Markdown (zum Lesen)</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>&amp;Shared parts only</source>
        <translation>Nur &amp;gemeinsame Teile</translation>
    </message>
    <message>
        <source>Every&amp;thing, including private notes and the journal</source>
        <translation>&amp;Alles, einschließlich privater Notizen und des Journals</translation>
    </message>
    <message>
        <source>What:</source>
        <translation>Was:</translation>
    </message>
    <message>
        <source>Export file</source>
        <translation>Exportdatei</translation>
    </message>
    <message>
        <source>Export &amp;file:</source>
        <translation>Export&amp;datei:</translation>
    </message>
    <message>
        <source>The exported file is NOT encrypted: anyone who can open it can read everything in it, including your private notes and journal. Keep it somewhere safe and delete it when you no longer need it.</source>
        <translation>Die exportierte Datei ist NICHT verschlüsselt: Wer sie öffnen kann, kann alles darin lesen, auch Ihre privaten Notizen und Ihr Journal. Bewahren Sie sie an einem sicheren Ort auf und löschen Sie sie, wenn Sie sie nicht mehr brauchen.</translation>
    </message>
    <message>
        <source>The exported file is NOT encrypted: anyone who can open it can read it. Keep it somewhere safe and delete it when you no longer need it.</source>
        <translation>Die exportierte Datei ist NICHT verschlüsselt: Wer sie öffnen kann, kann sie lesen. Bewahren Sie sie an einem sicheren Ort auf und löschen Sie sie, wenn Sie sie nicht mehr brauchen.</translation>
    </message>
    <message>
        <source>Choose an existing folder for the export file.</source>
        <translation>Wählen Sie einen vorhandenen Ordner für die Exportdatei.</translation>
    </message>
    <message>
        <source>That is the vault itself; choose another file.</source>
        <translation>Das ist der Tresor selbst; wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>Exported {0} rows to {1}.</source>
        <translation>{0} Zeilen nach {1} exportiert.</translation>
    </message>
    <message>
        <source>Remember: this file is NOT encrypted.</source>
        <translation>Denken Sie daran: Diese Datei ist NICHT verschlüsselt.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Only reflections with this tag</source>
        <translation>Nur Reflexionen mit diesem Schlagwort</translation>
    </message>
    <message>
        <source>any tag</source>
        <translation>beliebiges Schlagwort</translation>
    </message>
    <message>
        <source>Clear the tag filter</source>
        <translation>Schlagwortfilter zurücksetzen</translation>
    </message>
    <message>
        <source>Only reflections linked to</source>
        <translation>Nur Reflexionen, verknüpft mit</translation>
    </message>
    <message>
        <source>Anything or nothing</source>
        <translation>Beliebig (auch ohne Verknüpfung)</translation>
    </message>
    <message>
        <source>Meeting {0}</source>
        <translation>Treffen {0}</translation>
    </message>
    <message>
        <source>Goal: {0}</source>
        <translation>Ziel: {0}</translation>
    </message>
    <message>
        <source>&amp;Between</source>
        <translation>Zwisch&amp;en</translation>
    </message>
    <message>
        <source>Only reflections written between two days</source>
        <translation>Nur Reflexionen, die zwischen zwei Tagen geschrieben wurden</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <source>Ta&amp;g:</source>
        <translation>Schlag&amp;wort:</translation>
    </message>
    <message>
        <source>Lin&amp;ked:</source>
        <translation>&amp;Verknüpft:</translation>
    </message>
    <message>
        <source>and</source>
        <translation>und</translation>
    </message>
</context>
<context>
    <name>GoalEditor</name>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Goal title</source>
        <translation>Titel des Ziels</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>Whose goal</source>
        <translation>Wessen Ziel</translation>
    </message>
    <message>
        <source>the leader</source>
        <translation>die Führungskraft</translation>
    </message>
    <message>
        <source>the mentor</source>
        <translation>der Mentor</translation>
    </message>
    <message>
        <source>The leader&apos;s goal ({0})</source>
        <translation>Ziel der Führungskraft ({0})</translation>
    </message>
    <message>
        <source>The mentor&apos;s own goal ({0})</source>
        <translation>Eigenes Ziel des Mentors ({0})</translation>
    </message>
    <message>
        <source>Wh&amp;ose:</source>
        <translation>W&amp;essen:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Erreicht</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Progress in percent</source>
        <translation>Fortschritt in Prozent</translation>
    </message>
    <message>
        <source>What moved the progress</source>
        <translation>Was den Fortschritt bewirkt hat</translation>
    </message>
    <message>
        <source>What moved it (optional, kept in the history)</source>
        <translation>Was ihn bewirkt hat (optional, wird im Verlauf gespeichert)</translation>
    </message>
    <message>
        <source>&amp;Progress:</source>
        <translation>&amp;Fortschritt:</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Warum es wichtig ist</translation>
    </message>
    <message>
        <source>Wh&amp;y it matters:</source>
        <translation>Warum es w&amp;ichtig ist:</translation>
    </message>
    <message>
        <source>How success will show</source>
        <translation>Woran sich Erfolg zeigt</translation>
    </message>
    <message>
        <source>How su&amp;ccess will show:</source>
        <translation>&amp;Woran sich Erfolg zeigt:</translation>
    </message>
    <message>
        <source>Save &amp;goal</source>
        <translation>&amp;Ziel speichern</translation>
    </message>
    <message>
        <source>Save this goal (Ctrl+S); undo with Ctrl+Z</source>
        <translation>Dieses Ziel speichern (Strg+S); rückgängig mit Strg+Z</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Go back to the saved goal</source>
        <translation>Zum gespeicherten Ziel zurückkehren</translation>
    </message>
    <message>
        <source>History and links</source>
        <translation>Verlauf und Verknüpfungen</translation>
    </message>
    <message>
        <source>Progress history</source>
        <translation>Fortschrittsverlauf</translation>
    </message>
    <message>
        <source>Progress history:</source>
        <translation>Fortschrittsverlauf:</translation>
    </message>
    <message>
        <source>Linked actions</source>
        <translation>Verknüpfte Vorhaben</translation>
    </message>
    <message>
        <source>Li&amp;nked actions:</source>
        <translation>Verknüpfte &amp;Vorhaben:</translation>
    </message>
    <message>
        <source>Linked meetings</source>
        <translation>Verknüpfte Treffen</translation>
    </message>
    <message>
        <source>Linked &amp;meetings:</source>
        <translation>Verknü&amp;pfte Treffen:</translation>
    </message>
    <message>
        <source>Private reflections linked here</source>
        <translation>Hier verknüpfte private Reflexionen</translation>
    </message>
    <message>
        <source>Reflections linked here (private):</source>
        <translation>Hier verknüpfte Reflexionen (privat):</translation>
    </message>
    <message>
        <source>{0}: {1} %{2}</source>
        <translation>{0}: {1} %{2}</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>verworfen</translation>
    </message>
    <message>
        <source>{0}, {1}</source>
        <translation>{0}, {1}</translation>
    </message>
    <message>
        <source>No action is linked to this goal yet.</source>
        <translation>Mit diesem Ziel ist noch kein Vorhaben verknüpft.</translation>
    </message>
    <message>
        <source>No meeting is linked through an action yet.</source>
        <translation>Über ein Vorhaben ist noch kein Treffen verknüpft.</translation>
    </message>
    <message numerus="yes">
        <source>%n reflection(s)</source>
        <translation>
            <numerusform>%n Reflexion</numerusform>
            <numerusform>%n Reflexionen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GoalsTableModel</name>
    <message>
        <source>Proposed</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Erreicht</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Führungskraft</translation>
    </message>
    <message>
        <source>Mentor (own goal)</source>
        <translation>Mentor (eigenes Ziel)</translation>
    </message>
    <message>
        <source>{0} (archived)</source>
        <translation>{0} (archiviert)</translation>
    </message>
    <message>
        <source>{0} %</source>
        <translation>{0} %</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Whose</source>
        <translation>Wessen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
</context>
<context>
    <name>GoalsView</name>
    <message>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Drag a goal, or press Alt+Up / Alt+Down, to change the order</source>
        <translation>Ziehen Sie ein Ziel oder drücken Sie Alt+Pfeil oben / Alt+Pfeil unten, um die Reihenfolge zu ändern</translation>
    </message>
    <message>
        <source>No goals yet</source>
        <translation>Noch keine Ziele</translation>
    </message>
    <message>
        <source>A goal names one thing you want to do differently by the review: small enough that you can both see progress at each check-in.</source>
        <translation>Ein Ziel benennt eine Sache, die Sie bis zur Zwischenbilanz anders machen möchten – klein genug, dass Sie beide bei jedem Check-in Fortschritt sehen.</translation>
    </message>
    <message>
        <source>Add a first goal</source>
        <translation>Erstes Ziel hinzufügen</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>&amp;Edit purpose and focus areas…</source>
        <translation>Zweck und Schwerpunkte &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Opens the relationship&apos;s settings (Ctrl+E)</source>
        <translation>Öffnet die Einstellungen der Beziehung (Strg+E)</translation>
    </message>
    <message>
        <source>No purpose written yet: say why you are doing this.</source>
        <translation>Noch kein Zweck formuliert: Beschreiben Sie, warum Sie dies tun.</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <source>Focus areas: {0}</source>
        <translation>Schwerpunkte: {0}</translation>
    </message>
    <message>
        <source>&amp;Add goal</source>
        <translation>Zie&amp;l hinzufügen</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Arch&amp;ive</source>
        <translation>Ar&amp;chivieren</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Archivierte anzeigen</translation>
    </message>
    <message>
        <source>Also list goals you archived</source>
        <translation>Auch archivierte Ziele auflisten</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>Restore from arch&amp;ive</source>
        <translation>Aus dem &amp;Archiv wiederherstellen</translation>
    </message>
    <message>
        <source>New goal</source>
        <translation>Neues Ziel</translation>
    </message>
    <message>
        <source>Add goal</source>
        <translation>Ziel hinzufügen</translation>
    </message>
    <message>
        <source>Edit goal</source>
        <translation>Ziel bearbeiten</translation>
    </message>
    <message>
        <source>Move goal</source>
        <translation>Ziel verschieben</translation>
    </message>
    <message>
        <source>Restore goal</source>
        <translation>Ziel wiederherstellen</translation>
    </message>
    <message>
        <source>Archive goal</source>
        <translation>Ziel archivieren</translation>
    </message>
    <message>
        <source>Give the goal a title; your other changes are still here.</source>
        <translation>Geben Sie dem Ziel einen Titel; Ihre übrigen Änderungen bleiben erhalten.</translation>
    </message>
    <message>
        <source>This could not be saved: {0}</source>
        <translation>Speichern nicht möglich: {0}</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <source>The sections</source>
        <translation>Die Bereiche</translation>
    </message>
    <message>
        <source>Each relationship in the list on the left has the same sections.</source>
        <translation>Jede Beziehung in der Liste links hat dieselben Bereiche.</translation>
    </message>
    <message>
        <source>where you stand on the seven steps, the one thing to do next, the next meeting and the open actions.</source>
        <translation>wo Sie bei den sieben Schritten stehen, was als Nächstes zu tun ist, das nächste Treffen und die offenen Vorhaben.</translation>
    </message>
    <message>
        <source>what you want to learn and why, how you will know it worked, and how far you have come. The mentor&apos;s own goals sit beside the leader&apos;s.</source>
        <translation>was Sie lernen möchten und warum, woran Sie erkennen, dass es gewirkt hat, und wie weit Sie gekommen sind. Die eigenen Ziele des Mentors stehen neben denen der Führungskraft.</translation>
    </message>
    <message>
        <source>the confidentiality agreement. Each of you confirms it by typing your name; a changed text is a new version that needs both confirmations again. Compare the short fingerprint with the other person&apos;s copy.</source>
        <translation>die Vertraulichkeitsvereinbarung. Sie beide bestätigen sie, indem Sie Ihren Namen eingeben; ein geänderter Text ist eine neue Version, die erneut beide Bestätigungen braucht. Vergleichen Sie den kurzen Fingerabdruck mit der Kopie der anderen Person.</translation>
    </message>
    <message>
        <source>the schedule from your rhythm, agendas either of you can add to, and a live session with a timer for the shared screen.</source>
        <translation>der Terminplan nach Ihrem Rhythmus, Agenden, die Sie beide ergänzen können, und eine Live-Sitzung mit Timer für den geteilten Bildschirm.</translation>
    </message>
    <message>
        <source>what you will try, where you tried it and what changed, ending in a thank-you to the mentor and a letter they can keep.</source>
        <translation>was Sie ausprobieren, wo Sie es ausprobiert haben und was sich verändert hat – am Ende ein Dank an den Mentor und ein Anerkennungsschreiben zum Aufbewahren.</translation>
    </message>
    <message>
        <source>check-ins every few meetings, rated by both of you, with charts and a table of the same numbers.</source>
        <translation>Check-ins alle paar Treffen, von Ihnen beiden bewertet, mit Diagrammen und einer Tabelle mit denselben Zahlen.</translation>
    </message>
    <message>
        <source>your own journal, with prompts and search. Nobody else sees it, and it is never shown in shared-screen mode.</source>
        <translation>Ihr persönliches Journal, mit Impulsen und Suche. Niemand sonst sieht es, und im Modus „Geteilter Bildschirm“ wird es nie angezeigt.</translation>
    </message>
    <message>
        <source>What rmdesk is for</source>
        <translation>Wofür rmdesk da ist</translation>
    </message>
    <message>
        <source>rmdesk keeps one reverse-mentoring relationship, or several, in a single encrypted file on this computer: why you meet, what you agreed, your meetings, what you tried and what you learned. Nothing is sent anywhere.</source>
        <translation>rmdesk speichert eine oder mehrere Reverse-Mentoring-Beziehungen in einer einzigen verschlüsselten Datei auf diesem Computer: warum Sie sich treffen, was Sie vereinbart haben, Ihre Treffen, was Sie ausprobiert und was Sie gelernt haben. Nichts wird irgendwohin gesendet.</translation>
    </message>
    <message>
        <source>To set up a relationship step by step, choose Relationship → Guided setup. You can leave the guided setup at any point; what you entered is kept, and every step can be changed later.</source>
        <translation>Um eine Beziehung Schritt für Schritt einzurichten, wählen Sie Beziehung → Geführte Einrichtung. Sie können die geführte Einrichtung jederzeit verlassen; Ihre Eingaben bleiben erhalten, und jeder Schritt lässt sich später ändern.</translation>
    </message>
    <message>
        <source>Shared-screen mode and the panic key</source>
        <translation>Geteilter Bildschirm und Notfalltaste</translation>
    </message>
    <message>
        <source>When you and your mentor look at one screen, in a video call or in the same room, turn on shared-screen mode (View → Shared-screen mode, Ctrl+Shift+S). F12 turns it on at once and asks nothing.</source>
        <translation>Wenn Sie und Ihr Mentor auf denselben Bildschirm schauen, im Videoanruf oder im selben Raum, schalten Sie den Modus „Geteilter Bildschirm“ ein (Ansicht → Geteilter Bildschirm, Strg+Umschalt+S). F12 schaltet ihn sofort und ohne Rückfrage ein.</translation>
    </message>
    <message>
        <source>In this mode rmdesk does not load anything private: not your reflections, not the private notes on a meeting, not the list of mentor candidates you considered, not the private parts of actions and check-ins. They are not hidden or blurred; they are simply not read from the file. Any dialog that is open closes first.</source>
        <translation>In diesem Modus lädt rmdesk nichts Privates: nicht Ihre Reflexionen, nicht die privaten Notizen zu einem Treffen, nicht die Liste der Mentor-Kandidaten, die Sie in Betracht gezogen haben, nicht die privaten Teile von Vorhaben und Check-ins. Diese Inhalte werden nicht verborgen oder unkenntlich gemacht, sondern gar nicht erst aus der Datei gelesen. Ein geöffneter Dialog wird vorher geschlossen.</translation>
    </message>
    <message>
        <source>Leaving shared-screen mode asks for the passphrase, so nobody else at the screen can bring private content back.</source>
        <translation>Zum Verlassen des Modus „Geteilter Bildschirm“ ist die Passphrase nötig, damit niemand sonst am Bildschirm private Inhalte wieder einblenden kann.</translation>
    </message>
    <message>
        <source>What is protected</source>
        <translation>Was geschützt ist</translation>
    </message>
    <message>
        <source>Everything is in one file encrypted with your passphrase. The passphrase is never stored, so it cannot be recovered if you forget it.</source>
        <translation>Alles liegt in einer Datei, die mit Ihrer Passphrase verschlüsselt ist. Die Passphrase wird nie gespeichert; wenn Sie sie vergessen, lässt sie sich nicht wiederherstellen.</translation>
    </message>
    <message>
        <source>Ctrl+L locks rmdesk at once. It also locks itself after some minutes without activity (Vault → Lock when idle) and when the computer locks or goes to sleep, where the desktop reports it. Locking saves what you typed, closes the file, empties the window and removes from the clipboard anything you copied out of rmdesk.</source>
        <translation>Strg+L sperrt rmdesk sofort. rmdesk sperrt sich außerdem nach einigen Minuten ohne Aktivität (Tresor → Bei Inaktivität sperren) und wenn der Computer gesperrt wird oder in den Ruhezustand wechselt, sofern die Desktopumgebung dies meldet. Beim Sperren wird Ihre Eingabe gespeichert, die Datei geschlossen und das Fenster geleert; alles, was Sie aus rmdesk kopiert haben, wird aus der Zwischenablage entfernt.</translation>
    </message>
    <message>
        <source>If an older copy of the vault file is put in place of the current one, rmdesk says so when you unlock.</source>
        <translation>Wird eine ältere Kopie der Tresordatei an die Stelle der aktuellen gesetzt, meldet rmdesk dies beim Entsperren.</translation>
    </message>
    <message>
        <source>Nothing about your content is written to the settings file or the log, and rmdesk never uses the network.</source>
        <translation>Nichts über Ihre Inhalte wird in die Einstellungsdatei oder das Protokoll geschrieben, und rmdesk nutzt nie das Netzwerk.</translation>
    </message>
    <message>
        <source>What is not protected</source>
        <translation>Was nicht geschützt ist</translation>
    </message>
    <message>
        <source>A program running as you while rmdesk is unlocked.</source>
        <translation>Ein Programm, das unter Ihrem Benutzerkonto läuft, während rmdesk entsperrt ist.</translation>
    </message>
    <message>
        <source>An administrator of this computer.</source>
        <translation>Ein Administrator dieses Computers.</translation>
    </message>
    <message>
        <source>A camera or a person looking at your screen.</source>
        <translation>Eine Kamera oder eine Person, die auf Ihren Bildschirm schaut.</translation>
    </message>
    <message>
        <source>Exports you save as PDF, Markdown, JSON or calendar files: they are not encrypted, and rmdesk says so each time.</source>
        <translation>Exporte, die Sie als PDF-, Markdown-, JSON- oder Kalenderdatei speichern: Diese sind nicht verschlüsselt, und rmdesk weist jedes Mal darauf hin.</translation>
    </message>
    <message>
        <source>A whole data folder put back from an older backup: rmdesk notices an older vault file on its own, not a complete older folder.</source>
        <translation>Ein ganzer Datenordner, der aus einer älteren Sicherung zurückgespielt wird: rmdesk erkennt von sich aus eine ältere Tresordatei, aber keinen vollständigen älteren Ordner.</translation>
    </message>
    <message>
        <source>Sharing your whole desktop on Linux outside shared-screen mode: turn the mode on before a call.</source>
        <translation>Das Teilen Ihres gesamten Desktops unter Linux außerhalb des Modus „Geteilter Bildschirm“: Schalten Sie den Modus vor einem Anruf ein.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>A backup is an encrypted copy of the vault that opens with the same passphrase. rmdesk checks every copy before it counts, and restoring one checks it first and keeps the current vault as a copy in case you change your mind.</source>
        <translation>Eine Sicherung ist eine verschlüsselte Kopie des Tresors, die sich mit derselben Passphrase öffnen lässt. rmdesk prüft jede Kopie, bevor sie als Sicherung gilt. Beim Wiederherstellen wird die Sicherung zuerst geprüft, und der aktuelle Tresor bleibt als Kopie erhalten, falls Sie es sich anders überlegen.</translation>
    </message>
    <message>
        <source>The Vault menu backs up now, restores a backup (after showing what it holds), changes the passphrase, checks the vault, exports and imports. With automatic backups on (Vault → Preferences), rmdesk writes one when it locks or quits after a session with changes, keeping by default the newest ten and one a week for eight weeks.</source>
        <translation>Über das Menü Tresor können Sie sofort sichern, eine Sicherung wiederherstellen (nachdem ihr Inhalt angezeigt wurde), die Passphrase ändern, den Tresor prüfen sowie exportieren und importieren. Sind automatische Sicherungen aktiviert (Tresor → Einstellungen), erstellt rmdesk eine Sicherung, wenn es nach einer Sitzung mit Änderungen gesperrt oder beendet wird. Standardmäßig bleiben die zehn neuesten Sicherungen erhalten und acht Wochen lang je eine pro Woche.</translation>
    </message>
    <message>
        <source>The same works from a terminal, also while the app is closed and from a scheduled task:</source>
        <translation>Dasselbe geht auch im Terminal, auch bei geschlossener App und aus einer geplanten Aufgabe:</translation>
    </message>
    <message>
        <source>one copy, into that file</source>
        <translation>eine Kopie, in diese Datei</translation>
    </message>
    <message>
        <source>a dated copy in that folder, keeping the newest 14</source>
        <translation>eine datierte Kopie in diesem Ordner; die 14 neuesten bleiben erhalten</translation>
    </message>
    <message>
        <source>put a copy back</source>
        <translation>eine Kopie zurückspielen</translation>
    </message>
    <message>
        <source>Keys and help</source>
        <translation>Tasten und Hilfe</translation>
    </message>
    <message>
        <source>F1 opens this guide. Help → Keyboard shortcuts lists every key rmdesk knows. Help → About rmdesk shows the version and where your data folder is.</source>
        <translation>F1 öffnet diese Anleitung. Hilfe → Tastenkürzel listet alle Tasten auf, die rmdesk kennt. Hilfe → Über rmdesk zeigt die Version und den Speicherort Ihres Datenordners.</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>rmdesk guide</source>
        <translation>rmdesk-Anleitung</translation>
    </message>
    <message>
        <source>How rmdesk works: its sections, shared-screen mode, protection, backups</source>
        <translation>So funktioniert rmdesk: Bereiche, geteilter Bildschirm, Schutz, Sicherungen</translation>
    </message>
</context>
<context>
    <name>GuidedStart</name>
    <message>
        <source>Guided setup</source>
        <translation>Geführte Einrichtung</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Erste Schritte</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Fertigstellen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>S&amp;kip this step</source>
        <translation>Schritt ü&amp;berspringen</translation>
    </message>
    <message>
        <source>Go on without saving this step; change it later</source>
        <translation>Weiter, ohne diesen Schritt zu speichern; später änderbar</translation>
    </message>
    <message>
        <source>Close the guide; what you entered is kept</source>
        <translation>Einrichtung schließen; Ihre Eingaben bleiben erhalten</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Anleitung</translation>
    </message>
    <message>
        <source>Please check this: {0}</source>
        <translation>Bitte prüfen Sie: {0}</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Guided setup…</source>
        <translation>&amp;Geführte Einrichtung…</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>Anleit&amp;ung</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Tastenkür&amp;zel</translation>
    </message>
    <message>
        <source>&amp;About rmdesk</source>
        <translation>Über rmdes&amp;k</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import a JSON export</source>
        <translation>JSON-Export importieren</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Adds the relationships of an rmdesk JSON export beside what the vault holds. The whole file is checked first and imported in one step: all or nothing. rmdesk checks beforehand that this computer has the memory the file needs.</source>
        <translation>Fügt die Beziehungen eines rmdesk-JSON-Exports zum bestehenden Inhalt des Tresors hinzu. Die ganze Datei wird zuerst geprüft und in einem Schritt importiert: alles oder nichts. rmdesk prüft vorher, ob dieser Computer genug Arbeitsspeicher für die Datei hat.</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Zu importierende Datei</translation>
    </message>
    <message>
        <source>JSON exports (*.json)</source>
        <translation>JSON-Exporte (*.json)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>Choose the file to import.</source>
        <translation>Wählen Sie die zu importierende Datei.</translation>
    </message>
    <message>
        <source>Imported {0} rows; relationships added: {1}.</source>
        <translation>{0} Zeilen importiert; hinzugefügte Beziehungen: {1}.</translation>
    </message>
</context>
<context>
    <name>JournalEmpty</name>
    <message>
        <source>No reflections yet</source>
        <translation>Noch keine Reflexionen</translation>
    </message>
    <message>
        <source>A reflection is a few lines for yourself: what you noticed, what surprised you, what you would do differently. A prompt gives you a question to start from.</source>
        <translation>Eine Reflexion sind ein paar Zeilen nur für Sie: was Ihnen aufgefallen ist, was Sie überrascht hat, was Sie anders machen würden. Ein Impuls gibt Ihnen eine Frage als Anfang.</translation>
    </message>
    <message>
        <source>Start from a prompt…</source>
        <translation>Mit einem Impuls beginnen…</translation>
    </message>
    <message>
        <source>No reflection matches these filters</source>
        <translation>Keine Reflexion passt zu diesen Filtern</translation>
    </message>
    <message>
        <source>The tag, link or dates above leave every reflection out. Clear them to see the whole journal again.</source>
        <translation>Schlagwort, Verknüpfung oder Daten oben schließen jede Reflexion aus. Setzen Sie sie zurück, um wieder das ganze Journal zu sehen.</translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>Nichts gefunden</translation>
    </message>
    <message>
        <source>Search finds whole words in your reflections; end a word with * to find the words that begin with it. The filters above still apply.</source>
        <translation>Die Suche findet ganze Wörter in Ihren Reflexionen; beenden Sie ein Wort mit *, um alle Wörter zu finden, die damit beginnen. Die Filter oben gelten weiterhin.</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Suche leeren</translation>
    </message>
</context>
<context>
    <name>Journey</name>
    <message>
        <source>Define the purpose</source>
        <translation>Den Zweck festlegen</translation>
    </message>
    <message>
        <source>Say why you are doing this and set at least one goal.</source>
        <translation>Sagen Sie, warum Sie das tun, und setzen Sie mindestens ein Ziel.</translation>
    </message>
    <message>
        <source>Choose the right mentor</source>
        <translation>Den passenden Mentor wählen</translation>
    </message>
    <message>
        <source>Pick someone whose knowledge matches your focus areas.</source>
        <translation>Wählen Sie jemanden, dessen Wissen zu Ihren Schwerpunkten passt.</translation>
    </message>
    <message>
        <source>Agree how you will work</source>
        <translation>Vereinbaren, wie Sie zusammenarbeiten</translation>
    </message>
    <message>
        <source>Set the rhythm and both confirm the confidentiality agreement.</source>
        <translation>Legen Sie den Rhythmus fest und bestätigen Sie beide die Vertraulichkeitsvereinbarung.</translation>
    </message>
    <message>
        <source>Come to learn</source>
        <translation>Zum Lernen kommen</translation>
    </message>
    <message>
        <source>Before a meeting, note what you want to learn and will not defend.</source>
        <translation>Notieren Sie vor einem Treffen, was Sie lernen und nicht verteidigen wollen.</translation>
    </message>
    <message>
        <source>Talk openly</source>
        <translation>Offen sprechen</translation>
    </message>
    <message>
        <source>Hold a meeting with an agenda you both added to.</source>
        <translation>Führen Sie ein Treffen mit einer Agenda, zu der Sie beide beigetragen haben.</translation>
    </message>
    <message>
        <source>Apply and acknowledge</source>
        <translation>Anwenden und würdigen</translation>
    </message>
    <message>
        <source>Try what you learned and tell your mentor what it changed.</source>
        <translation>Probieren Sie aus, was Sie gelernt haben, und sagen Sie Ihrem Mentor, was es verändert hat.</translation>
    </message>
    <message>
        <source>Measure and reflect</source>
        <translation>Messen und reflektieren</translation>
    </message>
    <message>
        <source>Check in together on how it is going for both of you.</source>
        <translation>Prüfen Sie gemeinsam, wie es für Sie beide läuft.</translation>
    </message>
    <message>
        <source>Understand the purpose</source>
        <translation>Den Zweck verstehen</translation>
    </message>
    <message>
        <source>Know why the leader is doing this; set a goal of your own too.</source>
        <translation>Wissen Sie, warum die Führungskraft das tut; setzen Sie sich auch ein eigenes Ziel.</translation>
    </message>
    <message>
        <source>Bring your expertise</source>
        <translation>Ihr Fachwissen einbringen</translation>
    </message>
    <message>
        <source>Be clear about what you know that matches the focus areas.</source>
        <translation>Machen Sie deutlich, welches Wissen Sie zu den Schwerpunkten mitbringen.</translation>
    </message>
    <message>
        <source>Make it safe to be candid</source>
        <translation>Offenheit möglich machen</translation>
    </message>
    <message>
        <source>Before a meeting, note what you want to show or say plainly.</source>
        <translation>Notieren Sie vor einem Treffen, was Sie zeigen oder offen sagen wollen.</translation>
    </message>
    <message>
        <source>See it applied</source>
        <translation>Die Anwendung sehen</translation>
    </message>
    <message>
        <source>The leader tries what they learned and tells you what it changed.</source>
        <translation>Die Führungskraft probiert aus, was sie gelernt hat, und sagt Ihnen, was es verändert hat.</translation>
    </message>
</context>
<context>
    <name>LetterExport</name>
    <message>
        <source>Recognition letter</source>
        <translation>Anerkennungsschreiben</translation>
    </message>
    <message>
        <source>Dear {0},</source>
        <translation>Guten Tag {0},</translation>
    </message>
    <message>
        <source>From {0} to {1} you mentored me. This letter records, in my own words, what your contributions changed.</source>
        <translation>Zwischen {0} und {1} haben Sie mich als Mentor begleitet. Dieses Schreiben hält in meinen eigenen Worten fest, was Ihre Beiträge verändert haben.</translation>
    </message>
    <message>
        <source>What your contributions changed</source>
        <translation>Was Ihre Beiträge verändert haben</translation>
    </message>
    <message>
        <source>What I put into practice</source>
        <translation>Was ich in die Praxis umgesetzt habe</translation>
    </message>
    <message>
        <source>What I tried: {0}</source>
        <translation>Was ich ausprobiert habe: {0}</translation>
    </message>
    <message>
        <source>Goal: {0}</source>
        <translation>Ziel: {0}</translation>
    </message>
    <message>
        <source>What changed: {0}</source>
        <translation>Was sich verändert hat: {0}</translation>
    </message>
    <message>
        <source>In my own words</source>
        <translation>In meinen eigenen Worten</translation>
    </message>
    <message>
        <source>With thanks,</source>
        <translation>Mit herzlichem Dank</translation>
    </message>
    <message>
        <source>No acknowledgements were recorded in this period.</source>
        <translation>In diesem Zeitraum wurden keine Würdigungen festgehalten.</translation>
    </message>
    <message>
        <source>Written with rmdesk. Shared content only; nothing private is included.</source>
        <translation>Erstellt mit rmdesk. Nur gemeinsame Inhalte; nichts Privates ist enthalten.</translation>
    </message>
    <message>
        <source>the leader</source>
        <translation>die Führungskraft</translation>
    </message>
    <message>
        <source>Recognition letter for {0}</source>
        <translation>Anerkennungsschreiben für {0}</translation>
    </message>
    <message>
        <source>The letter could not be written: {0}</source>
        <translation>Das Schreiben konnte nicht erstellt werden: {0}</translation>
    </message>
</context>
<context>
    <name>LiveSessionView</name>
    <message>
        <source>Time left for this item</source>
        <translation>Verbleibende Zeit für diesen Punkt</translation>
    </message>
    <message>
        <source>Shared &amp;notes (Ctrl+Shift+N adds a note):</source>
        <translation>Gemeinsame &amp;Notizen (Strg+Umschalt+N fügt eine Notiz hinzu):</translation>
    </message>
    <message>
        <source>Shared notes on this item</source>
        <translation>Gemeinsame Notizen zu diesem Punkt</translation>
    </message>
    <message>
        <source>What we &amp;concluded:</source>
        <translation>Unsere &amp;Ergebnisse:</translation>
    </message>
    <message>
        <source>What we concluded on this item</source>
        <translation>Unsere Ergebnisse zu diesem Punkt</translation>
    </message>
    <message>
        <source>← Previous item</source>
        <translation>← Vorheriger Punkt</translation>
    </message>
    <message>
        <source>Previous item</source>
        <translation>Vorheriger Punkt</translation>
    </message>
    <message>
        <source>Next item →</source>
        <translation>Nächster Punkt →</translation>
    </message>
    <message>
        <source>Next item</source>
        <translation>Nächster Punkt</translation>
    </message>
    <message>
        <source>&amp;Back to the agenda</source>
        <translation>&amp;Zurück zur Agenda</translation>
    </message>
    <message>
        <source>Back to the agenda</source>
        <translation>Zurück zur Agenda</translation>
    </message>
    <message>
        <source>&amp;End session</source>
        <translation>Sitzung &amp;beenden</translation>
    </message>
    <message>
        <source>End session and mark the meeting held</source>
        <translation>Sitzung beenden und Treffen als stattgefunden markieren</translation>
    </message>
    <message>
        <source>Item done</source>
        <translation>Punkt erledigt</translation>
    </message>
    <message>
        <source>Keys: {0}</source>
        <translation>Tasten: {0}</translation>
    </message>
    <message>
        <source>No agenda items yet</source>
        <translation>Noch keine Agendapunkte</translation>
    </message>
    <message>
        <source>Raise a question or a topic on the right.</source>
        <translation>Stellen Sie rechts eine Frage, oder bringen Sie ein Thema ein.</translation>
    </message>
    <message>
        <source>Item {0} of {1}</source>
        <translation>Punkt {0} von {1}</translation>
    </message>
    <message>
        <source>{0} · brought by {1} · {2} min</source>
        <translation>{0} · eingebracht von {1} · {2} Min.</translation>
    </message>
    <message>
        <source>✓ Done (Ctrl+D)</source>
        <translation>✓ Erledigt (Strg+D)</translation>
    </message>
    <message>
        <source>Mark done (Ctrl+D)</source>
        <translation>Als erledigt markieren (Strg+D)</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Als erledigt markieren</translation>
    </message>
    <message>
        <source>Start timer (Ctrl+T)</source>
        <translation>Timer starten (Strg+T)</translation>
    </message>
    <message>
        <source>Start timer</source>
        <translation>Timer starten</translation>
    </message>
    <message>
        <source>Over time by {0}</source>
        <translation>Überzogen um {0}</translation>
    </message>
    <message>
        <source>{0} left</source>
        <translation>Noch {0}</translation>
    </message>
    <message>
        <source>{0} (paused)</source>
        <translation>{0} (pausiert)</translation>
    </message>
    <message>
        <source>Pause timer</source>
        <translation>Timer pausieren</translation>
    </message>
    <message>
        <source>{0} (Ctrl+T)</source>
        <translation>{0} (Strg+T)</translation>
    </message>
</context>
<context>
    <name>LiveSidePanel</name>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Agenda items; the current one is marked</source>
        <translation>Agendapunkte; der aktuelle ist markiert</translation>
    </message>
    <message>
        <source>Questions raised and assumptions challenged</source>
        <translation>Gestellte Fragen und hinterfragte Annahmen</translation>
    </message>
    <message>
        <source>Questions raised</source>
        <translation>Gestellte Fragen</translation>
    </message>
    <message>
        <source>Assumptions challenged</source>
        <translation>Hinterfragte Annahmen</translation>
    </message>
    <message>
        <source>Questions:</source>
        <translation>Fragen:</translation>
    </message>
    <message>
        <source>Assumptions:</source>
        <translation>Annahmen:</translation>
    </message>
    <message>
        <source>Kind of item to raise</source>
        <translation>Art des Eintrags</translation>
    </message>
    <message>
        <source>Question or assumption to add</source>
        <translation>Hinzuzufügende Frage oder Annahme</translation>
    </message>
    <message>
        <source>Type, then Enter</source>
        <translation>Eingeben, dann Eingabetaste</translation>
    </message>
    <message>
        <source>Raised by</source>
        <translation>Eingebracht von</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add the question or assumption</source>
        <translation>Frage oder Annahme hinzufügen</translation>
    </message>
    <message>
        <source>Actions agreed</source>
        <translation>Vereinbarte Vorhaben</translation>
    </message>
    <message>
        <source>Actions agreed in this meeting</source>
        <translation>In diesem Treffen vereinbarte Vorhaben</translation>
    </message>
    <message>
        <source>What will be done</source>
        <translation>Was getan wird</translation>
    </message>
    <message>
        <source>What will be tried or done, then Enter</source>
        <translation>Was ausprobiert oder getan wird, dann Eingabetaste</translation>
    </message>
    <message>
        <source>Who does it</source>
        <translation>Wer es übernimmt</translation>
    </message>
    <message>
        <source>By:</source>
        <translation>Bis:</translation>
    </message>
    <message>
        <source>Has a due date</source>
        <translation>Hat ein Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Vorhaben hinzufügen</translation>
    </message>
    <message>
        <source>Add the action</source>
        <translation>Das Vorhaben hinzufügen</translation>
    </message>
    <message>
        <source>, by {0}</source>
        <translation>, bis {0}</translation>
    </message>
    <message>
        <source>Type the question or assumption first.</source>
        <translation>Geben Sie zuerst die Frage oder Annahme ein.</translation>
    </message>
    <message>
        <source>Say what will be done first.</source>
        <translation>Geben Sie zuerst an, was getan wird.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Lock</source>
        <translation>Sperre&amp;n</translation>
    </message>
    <message>
        <source>Lock the vault now (Ctrl+L)</source>
        <translation>Tresor jetzt sperren (Strg+L)</translation>
    </message>
    <message>
        <source>&amp;Shared-screen mode</source>
        <translation>Geteilter Bil&amp;dschirm</translation>
    </message>
    <message>
        <source>Show only what both of you may see (Ctrl+Shift+S; F12 enters at once)</source>
        <translation>Nur zeigen, was Sie beide sehen dürfen (Strg+Umschalt+S; F12 schaltet sofort um)</translation>
    </message>
    <message>
        <source>Enter shared-screen mode &amp;now</source>
        <translation>Geteilten Bildschirm so&amp;fort aktivieren</translation>
    </message>
    <message>
        <source>Lock when &amp;idle…</source>
        <translation>Bei &amp;Inaktivität sperren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Vault</source>
        <translation>T&amp;resor</translation>
    </message>
    <message>
        <source>&amp;Relationship</source>
        <translation>Beziehun&amp;g</translation>
    </message>
    <message>
        <source>Vie&amp;w</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptsymbolleiste</translation>
    </message>
    <message>
        <source>Demo (passphrase: {0})</source>
        <translation>Demo (Passphrase: {0})</translation>
    </message>
    <message>
        <source>Shared screen</source>
        <translation>Geteilter Bildschirm</translation>
    </message>
    <message>
        <source>This is the demo: its passphrase is “{0}”.</source>
        <translation>Dies ist die Demo; die Passphrase lautet „{0}“.</translation>
    </message>
    <message>
        <source>Locked: the older copy was not opened.</source>
        <translation>Gesperrt: Die ältere Kopie wurde nicht geöffnet.</translation>
    </message>
    <message>
        <source>Shared-screen mode: private reflections and notes are not loaded. Leaving asks for the passphrase (Ctrl+Shift+S).</source>
        <translation>Geteilter Bildschirm: Private Reflexionen und Notizen werden nicht geladen. Zum Verlassen ist die Passphrase nötig (Strg+Umschalt+S).</translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n minute(s) without activity.</source>
        <translation>
            <numerusform>Nach %n Minute ohne Aktivität gesperrt.</numerusform>
            <numerusform>Nach %n Minuten ohne Aktivität gesperrt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Locked with the computer.</source>
        <translation>Mit dem Computer gesperrt.</translation>
    </message>
    <message>
        <source>Locked.</source>
        <translation>Gesperrt.</translation>
    </message>
    <message>
        <source>Your last change could not be saved before locking.</source>
        <translation>Ihre letzte Änderung konnte vor dem Sperren nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Type the passphrase to show private content again.</source>
        <translation>Geben Sie die Passphrase ein, um private Inhalte wieder anzuzeigen.</translation>
    </message>
    <message>
        <source>Lock when idle</source>
        <translation>Bei Inaktivität sperren</translation>
    </message>
    <message>
        <source>Lock after this many minutes without activity:</source>
        <translation>Nach so vielen Minuten ohne Aktivität sperren:</translation>
    </message>
</context>
<context>
    <name>MarkdownExport</name>
    <message>
        <source>PRIVATE — your own notes, not shared</source>
        <translation>PRIVAT – Ihre eigenen Notizen, nicht geteilt</translation>
    </message>
    <message>
        <source>{0} UTC</source>
        <translation>{0} UTC</translation>
    </message>
    <message>
        <source>everything, including private notes and the journal</source>
        <translation>alles, einschließlich privater Notizen und des Journals</translation>
    </message>
    <message>
        <source>the shared parts only (no private notes, no journal)</source>
        <translation>nur die gemeinsamen Teile (keine privaten Notizen, kein Journal)</translation>
    </message>
    <message>
        <source>This document holds {0}. It is **not encrypted**: keep it somewhere safe.</source>
        <translation>Dieses Dokument enthält {0}. Es ist **nicht verschlüsselt**: Bewahren Sie es sicher auf.</translation>
    </message>
    <message>
        <source>rmdesk export</source>
        <translation>rmdesk-Export</translation>
    </message>
    <message>
        <source>No relationships yet.</source>
        <translation>Noch keine Beziehungen.</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Ich</translation>
    </message>
    <message>
        <source>Status: {0}</source>
        <translation>Status: {0}</translation>
    </message>
    <message>
        <source>Cadence: {0}, {1} min</source>
        <translation>Rhythmus: {0}, {1} Min.</translation>
    </message>
    <message>
        <source>Started: {0}</source>
        <translation>Begonnen: {0}</translation>
    </message>
    <message>
        <source>Review: {0}</source>
        <translation>Rückschau: {0}</translation>
    </message>
    <message>
        <source>Focus areas: {0}</source>
        <translation>Schwerpunkte: {0}</translation>
    </message>
    <message>
        <source>Not written yet.</source>
        <translation>Noch nicht formuliert.</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>No goals yet.</source>
        <translation>Noch keine Ziele.</translation>
    </message>
    <message>
        <source>, archived</source>
        <translation>, archiviert</translation>
    </message>
    <message>
        <source>Owner: {0} · Status: {1}{2} · Progress: {3}%</source>
        <translation>Verantwortlich: {0} · Status: {1}{2} · Fortschritt: {3} %</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Warum:</translation>
    </message>
    <message>
        <source>Success looks like:</source>
        <translation>Woran wir Erfolg erkennen:</translation>
    </message>
    <message>
        <source>Progress log:</source>
        <translation>Fortschrittsprotokoll:</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Vereinbarung</translation>
    </message>
    <message>
        <source>No agreement yet.</source>
        <translation>Noch keine Vereinbarung.</translation>
    </message>
    <message>
        <source>Version {0} ({1})</source>
        <translation>Version {0} ({1})</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256): {0}</source>
        <translation>Fingerabdruck (SHA-256): {0}</translation>
    </message>
    <message>
        <source>Confirmations:</source>
        <translation>Bestätigungen:</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <source>{0}: {1}, {2} (fingerprint matches this version)</source>
        <translation>{0}: {1}, {2} (Fingerabdruck passt zu dieser Version)</translation>
    </message>
    <message>
        <source>{0}: {1}, {2} (fingerprint DOES NOT match this version)</source>
        <translation>{0}: {1}, {2} (Fingerabdruck passt NICHT zu dieser Version)</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <source>No meetings yet.</source>
        <translation>Noch keine Treffen.</translation>
    </message>
    <message>
        <source>, extra</source>
        <translation>, zusätzlich</translation>
    </message>
    <message>
        <source>{0} — {1}{2}, {3} min</source>
        <translation>{0} – {1}{2}, {3} Min.</translation>
    </message>
    <message>
        <source>Learning intent:</source>
        <translation>Lernabsicht:</translation>
    </message>
    <message>
        <source>Agenda:</source>
        <translation>Agenda:</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>Zusammenfassung:</translation>
    </message>
    <message>
        <source> (carried over)</source>
        <translation> (übernommen)</translation>
    </message>
    <message>
        <source>{0}, {1}, {2} min</source>
        <translation>{0}, {1}, {2} Min.</translation>
    </message>
    <message>
        <source>Shared notes: {0}</source>
        <translation>Gemeinsame Notizen: {0}</translation>
    </message>
    <message>
        <source>Outcome: {0}</source>
        <translation>Ergebnis: {0}</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Vorhaben</translation>
    </message>
    <message>
        <source>No actions yet.</source>
        <translation>Noch keine Vorhaben.</translation>
    </message>
    <message>
        <source>, due {0}</source>
        <translation>, fällig am {0}</translation>
    </message>
    <message>
        <source> — for goal “{0}”</source>
        <translation> – für das Ziel „{0}“</translation>
    </message>
    <message>
        <source>Impact: {0}</source>
        <translation>Wirkung: {0}</translation>
    </message>
    <message>
        <source>Acknowledgements</source>
        <translation>Würdigungen</translation>
    </message>
    <message>
        <source> (about “{0}”)</source>
        <translation> (zu „{0}“)</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Check-ins</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>{0}/5</source>
        <translation>{0}/5</translation>
    </message>
    <message>
        <source>no rating</source>
        <translation>keine Bewertung</translation>
    </message>
    <message>
        <source> — **chosen**</source>
        <translation> – **gewählt**</translation>
    </message>
    <message>
        <source>Mentor candidate {0}</source>
        <translation>Mentor-Kandidat {0}</translation>
    </message>
    <message>
        <source>Meeting {0}:</source>
        <translation>Treffen {0}:</translation>
    </message>
    <message>
        <source>Action “{0}”: {1}</source>
        <translation>Vorhaben „{0}“: {1}</translation>
    </message>
    <message>
        <source>Check-in {0}: {1}</source>
        <translation>Check-in {0}: {1}</translation>
    </message>
    <message>
        <source>No private notes.</source>
        <translation>Keine privaten Notizen.</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>No reflections.</source>
        <translation>Keine Reflexionen.</translation>
    </message>
    <message>
        <source>leader</source>
        <translation>Führungskraft</translation>
    </message>
    <message>
        <source>mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>wöchentlich</translation>
    </message>
    <message>
        <source>biweekly</source>
        <translation>alle zwei Wochen</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>monatlich</translation>
    </message>
    <message>
        <source>topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>assumption</source>
        <translation>Annahme</translation>
    </message>
</context>
<context>
    <name>MarkdownExportAction</name>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>verworfen</translation>
    </message>
</context>
<context>
    <name>MarkdownExportGoal</name>
    <message>
        <source>proposed</source>
        <translation>vorgeschlagen</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>achieved</source>
        <translation>erreicht</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>verworfen</translation>
    </message>
</context>
<context>
    <name>MarkdownExportMeeting</name>
    <message>
        <source>planned</source>
        <translation>geplant</translation>
    </message>
    <message>
        <source>held</source>
        <translation>stattgefunden</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgesagt</translation>
    </message>
</context>
<context>
    <name>MarkdownExportRelationship</name>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Length in minutes</source>
        <translation>Dauer in Minuten</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Tag:</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Uhrzeit:</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Dauer:</translation>
    </message>
</context>
<context>
    <name>MeetingSummaryExport</name>
    <message>
        <source>This summary holds the shared parts of the meeting only (no private notes). It is not encrypted: keep it somewhere safe.</source>
        <translation>Diese Zusammenfassung enthält nur die gemeinsamen Teile des Treffens (keine privaten Notizen). Sie ist nicht verschlüsselt: Bewahren Sie sie sicher auf.</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Assumption to challenge</source>
        <translation>Annahme zum Prüfen</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>geplant</translation>
    </message>
    <message>
        <source>held</source>
        <translation>stattgefunden</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgesagt</translation>
    </message>
    <message>
        <source>{0} (leader)</source>
        <translation>{0} (Führungskraft)</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Führungskraft</translation>
    </message>
    <message>
        <source>{0} (mentor)</source>
        <translation>{0} (Mentor)</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>not finished</source>
        <translation>nicht abgeschlossen</translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation>{0} Min.</translation>
    </message>
    <message>
        <source>Meeting summary — {0}</source>
        <translation>Zusammenfassung des Treffens – {0}</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Wann:</translation>
    </message>
    <message>
        <source>Learning intent</source>
        <translation>Lernabsicht</translation>
    </message>
    <message>
        <source>In a few words</source>
        <translation>In wenigen Worten</translation>
    </message>
    <message>
        <source>What we discussed</source>
        <translation>Was wir besprochen haben</translation>
    </message>
    <message>
        <source>No agenda items.</source>
        <translation>Keine Agendapunkte.</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notizen:</translation>
    </message>
    <message>
        <source>Concluded:</source>
        <translation>Ergebnis:</translation>
    </message>
    <message>
        <source>Questions raised</source>
        <translation>Gestellte Fragen</translation>
    </message>
    <message>
        <source>Assumptions challenged</source>
        <translation>Geprüfte Annahmen</translation>
    </message>
    <message>
        <source>Decisions and outcomes</source>
        <translation>Entscheidungen und Ergebnisse</translation>
    </message>
    <message>
        <source>Actions agreed</source>
        <translation>Vereinbarte Vorhaben</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <source>, by {0}</source>
        <translation>, bis {0}</translation>
    </message>
</context>
<context>
    <name>MeetingsModel</name>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Stattgefunden</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <source>{0}, extra</source>
        <translation>{0}, zusätzlich</translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation>{0} Min.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>MeetingsView</name>
    <message>
        <source>Meeting&amp;s:</source>
        <translation>&amp;Treffen:</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <source>Sched&amp;ule meetings…</source>
        <translation>Treffen pla&amp;nen…</translation>
    </message>
    <message>
        <source>Schedule meetings</source>
        <translation>Treffen planen</translation>
    </message>
    <message>
        <source>Add e&amp;xtra meeting…</source>
        <translation>&amp;Zusätzliches Treffen…</translation>
    </message>
    <message>
        <source>Add an extra meeting</source>
        <translation>Zusätzliches Treffen hinzufügen</translation>
    </message>
    <message>
        <source>M&amp;ove…</source>
        <translation>&amp;Verschieben…</translation>
    </message>
    <message>
        <source>Move the meeting</source>
        <translation>Treffen verschieben</translation>
    </message>
    <message>
        <source>Ca&amp;ncel meeting</source>
        <translation>Tr&amp;effen absagen</translation>
    </message>
    <message>
        <source>Cancel the meeting</source>
        <translation>Treffen absagen</translation>
    </message>
    <message>
        <source>Export calen&amp;dar (.ics)…</source>
        <translation>&amp;Kalender exportieren (.ics)…</translation>
    </message>
    <message>
        <source>Export the schedule as a calendar file</source>
        <translation>Terminplan als Kalenderdatei exportieren</translation>
    </message>
    <message>
        <source>Start l&amp;ive session</source>
        <translation>Live-S&amp;itzung starten</translation>
    </message>
    <message>
        <source>Start the live session</source>
        <translation>Live-Sitzung starten</translation>
    </message>
    <message>
        <source>Before-session &amp;check…</source>
        <translation>Vorbereitungs-&amp;Check…</translation>
    </message>
    <message>
        <source>Write a before-session check for this meeting</source>
        <translation>Vorbereitungs-Check für dieses Treffen schreiben</translation>
    </message>
    <message>
        <source>Agenda and summary</source>
        <translation>Agenda und Zusammenfassung</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Summar&amp;y</source>
        <translation>Zusammen&amp;fassung</translation>
    </message>
    <message>
        <source>No meetings yet. Schedule them from your rhythm, or add one.</source>
        <translation>Noch keine Treffen. Planen Sie sie nach Ihrem Rhythmus, oder fügen Sie eines hinzu.</translation>
    </message>
    <message>
        <source>{0} · {1} min · {2}</source>
        <translation>{0} · {1} Min. · {2}</translation>
    </message>
    <message>
        <source>Restore meeti&amp;ng</source>
        <translation>Treffen &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>Restore the meeting</source>
        <translation>Treffen wiederherstellen</translation>
    </message>
    <message numerus="yes">
        <source>Added %n meeting(s).</source>
        <translation>
            <numerusform>%n Treffen hinzugefügt.</numerusform>
            <numerusform>%n Treffen hinzugefügt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n meeting(s); cancelled ones are marked cancelled.</source>
        <translation>
            <numerusform>%n Treffen exportiert; abgesagte sind als abgesagt markiert.</numerusform>
            <numerusform>%n Treffen exportiert; abgesagte sind als abgesagt markiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to add: every meeting of your rhythm is already there.</source>
        <translation>Nichts hinzuzufügen: Alle Treffen Ihres Rhythmus sind bereits vorhanden.</translation>
    </message>
    <message>
        <source>No meetings yet</source>
        <translation>Noch keine Treffen</translation>
    </message>
    <message>
        <source>Your rhythm says how often you meet: schedule the coming meetings from it in one go, then prepare each agenda here.</source>
        <translation>Ihr Rhythmus legt fest, wie oft Sie sich treffen: Planen Sie die kommenden Treffen daraus in einem Schritt und bereiten Sie dann hier jede Agenda vor.</translation>
    </message>
    <message>
        <source>Sched&amp;ule from the rhythm…</source>
        <translation>Nach &amp;Rhythmus planen…</translation>
    </message>
    <message>
        <source>Extra meeting</source>
        <translation>Zusätzliches Treffen</translation>
    </message>
    <message>
        <source>Move meeting</source>
        <translation>Treffen verschieben</translation>
    </message>
    <message>
        <source>That time does not exist that day (clocks change); moved past it.</source>
        <translation>Diese Uhrzeit gibt es an diesem Tag nicht (Zeitumstellung); das Treffen wurde auf die nächste gültige Zeit gelegt.</translation>
    </message>
    <message>
        <source>No meetings to export yet.</source>
        <translation>Noch keine Treffen zum Exportieren.</translation>
    </message>
    <message>
        <source>The meeting dates (no agenda, no notes)</source>
        <translation>Die Termine der Treffen (ohne Agenda, ohne Notizen)</translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>Kalender exportieren</translation>
    </message>
</context>
<context>
    <name>MergeCopyDialog</name>
    <message>
        <source>Merge another copy</source>
        <translation>Mit einer anderen Kopie zusammenführen</translation>
    </message>
    <message>
        <source>Brings what another copy of this vault holds into this one: a copy from your other computer, or a conflict copy your sync tool left. Rows changed in only one copy take that copy&apos;s version; rows changed in both are shown to you to settle. The other copy is only read, never changed.</source>
        <translation>Übernimmt den Inhalt einer anderen Kopie dieses Tresors in diesen Tresor: eine Kopie von Ihrem anderen Computer oder eine Konfliktkopie, die Ihr Synchronisationsprogramm hinterlassen hat. Einträge, die nur in einer Kopie geändert wurden, erhalten die Version dieser Kopie; in beiden geänderte Einträge werden Ihnen zur Klärung angezeigt. Die andere Kopie wird nur gelesen, nie verändert.</translation>
    </message>
    <message>
        <source>Other copy</source>
        <translation>Andere Kopie</translation>
    </message>
    <message>
        <source>rmdesk vaults (*.rmdesk *.db);;All files (*)</source>
        <translation>rmdesk-Tresore (*.rmdesk *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Other copy:</source>
        <translation>Andere &amp;Kopie:</translation>
    </message>
    <message>
        <source>The other copy&apos;s passphrase</source>
        <translation>Passphrase der anderen Kopie</translation>
    </message>
    <message>
        <source>Its &amp;passphrase:</source>
        <translation>Deren &amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Look first</source>
        <translation>&amp;Zuerst ansehen</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>Zusammen&amp;führen</translation>
    </message>
    <message>
        <source>Choose the other copy.</source>
        <translation>Wählen Sie die andere Kopie.</translation>
    </message>
    <message>
        <source>Type the other copy&apos;s passphrase.</source>
        <translation>Geben Sie die Passphrase der anderen Kopie ein.</translation>
    </message>
    <message>
        <source>Merging would bring: {0}.</source>
        <translation>Das Zusammenführen würde Folgendes bringen: {0}.</translation>
    </message>
    <message>
        <source>Merged: {0}.</source>
        <translation>Zusammengeführt: {0}.</translation>
    </message>
    <message>
        <source>Choose which version to keep in Relationship &gt; Resolve differences (nothing is lost meanwhile).</source>
        <translation>Wählen Sie unter Beziehung &gt; Abweichungen klären, welche Version bleiben soll (bis dahin geht nichts verloren).</translation>
    </message>
</context>
<context>
    <name>OpenPackDialog</name>
    <message>
        <source>Open a pack</source>
        <translation>Austauschpaket öffnen</translation>
    </message>
    <message>
        <source>Takes in the pack the other person shared with you: their changes join yours, and what changed on both sides is shown to you to settle. You see what would change before anything is written.</source>
        <translation>Übernimmt das Austauschpaket, das die andere Person mit Ihnen geteilt hat: Deren Änderungen kommen zu Ihren hinzu, und was auf beiden Seiten geändert wurde, wird Ihnen zur Klärung angezeigt. Sie sehen, was sich ändern würde, bevor etwas geschrieben wird.</translation>
    </message>
    <message>
        <source>Pack file</source>
        <translation>Datei des Austauschpakets</translation>
    </message>
    <message>
        <source>rmdesk packs (*.rmpack);;All files (*)</source>
        <translation>rmdesk-Austauschpakete (*.rmpack);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Pack file:</source>
        <translation>&amp;Datei des Austauschpakets:</translation>
    </message>
    <message>
        <source>Pack passphrase</source>
        <translation>Passphrase des Austauschpakets</translation>
    </message>
    <message>
        <source>The &amp;words you agreed on:</source>
        <translation>&amp;Vereinbarte Wörter:</translation>
    </message>
    <message>
        <source>Keep it as a &amp;new relationship</source>
        <translation>Als &amp;neue Beziehung anlegen</translation>
    </message>
    <message>
        <source>&amp;Look first</source>
        <translation>&amp;Zuerst ansehen</translation>
    </message>
    <message>
        <source>&amp;Take it in</source>
        <translation>Ü&amp;bernehmen</translation>
    </message>
    <message>
        <source>You already have a relationship with {0} that you set up yourself. Should this pack from {1} go into it, so you keep one relationship with one history?</source>
        <translation>Sie haben bereits eine Beziehung mit {0}, die Sie selbst eingerichtet haben. Soll dieses Austauschpaket von {1} darin aufgehen, damit Sie eine einzige Beziehung mit einem einzigen Verlauf behalten?</translation>
    </message>
    <message>
        <source>Add it to my &amp;relationship with {0}</source>
        <translation>Meiner Beziehung mit {0} &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Choose the pack file.</source>
        <translation>Wählen Sie die Datei des Austauschpakets.</translation>
    </message>
    <message>
        <source>Type the words you agreed on.</source>
        <translation>Geben Sie die vereinbarten Wörter ein.</translation>
    </message>
    <message>
        <source>Looking at what would change…</source>
        <translation>Es wird geprüft, was sich ändern würde…</translation>
    </message>
    <message>
        <source>A new relationship with {0} would be created.</source>
        <translation>Eine neue Beziehung mit {0} würde angelegt.</translation>
    </message>
    <message>
        <source>Your relationship with {0} would change.</source>
        <translation>Ihre Beziehung mit {0} würde sich ändern.</translation>
    </message>
    <message>
        <source>What would change: {0}.</source>
        <translation>Was sich ändern würde: {0}.</translation>
    </message>
    <message>
        <source>the other person</source>
        <translation>der anderen Person</translation>
    </message>
    <message>
        <source>Created the relationship with {0}: {1}.</source>
        <translation>Beziehung mit {0} angelegt: {1}.</translation>
    </message>
    <message>
        <source>Updated the relationship with {0}: {1}.</source>
        <translation>Beziehung mit {0} aktualisiert: {1}.</translation>
    </message>
    <message>
        <source>Some things changed on both sides. Choose which version to keep in Relationship &gt; Resolve differences (nothing is lost meanwhile).</source>
        <translation>Einiges wurde auf beiden Seiten geändert. Wählen Sie unter Beziehung &gt; Abweichungen klären, welche Version bleiben soll (bis dahin geht nichts verloren).</translation>
    </message>
    <message>
        <source>Neither of you has an agreement yet.</source>
        <translation>Sie haben beide noch keine Vereinbarung.</translation>
    </message>
    <message>
        <source>Your agreement matches {0}&apos;s: fingerprint {1}.</source>
        <translation>Ihre Vereinbarung stimmt mit der von {0} überein: Fingerabdruck {1}.</translation>
    </message>
    <message>
        <source>Your agreement differs from {0}&apos;s (yours {1}, theirs {2}): settle the differences, then share again.</source>
        <translation>Ihre Vereinbarung weicht von der von {0} ab (Ihre: {1}, dort: {2}): Klären Sie die Abweichungen, und teilen Sie dann erneut.</translation>
    </message>
</context>
<context>
    <name>OperationDialog</name>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Fertig.</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>Focus areas: {0}</source>
        <translation>Schwerpunkte: {0}</translation>
    </message>
    <message>
        <source>Learning from {0}</source>
        <translation>Lernen von {0}</translation>
    </message>
    <message>
        <source>Mentoring {0}</source>
        <translation>Mentoring für {0}</translation>
    </message>
    <message>
        <source>Write down what you want to learn, and why now.</source>
        <translation>Halten Sie fest, was Sie lernen möchten und warum gerade jetzt.</translation>
    </message>
    <message>
        <source>Write down what the leader wants to learn from you.</source>
        <translation>Halten Sie fest, was die Führungskraft von Ihnen lernen möchte.</translation>
    </message>
    <message>
        <source>Write the purpose</source>
        <translation>Zweck formulieren</translation>
    </message>
    <message>
        <source>Name a first goal: what you want to do better, and how you will see it.</source>
        <translation>Nennen Sie ein erstes Ziel: was Sie besser machen möchten und woran Sie das erkennen.</translation>
    </message>
    <message>
        <source>Add a goal</source>
        <translation>Ziel hinzufügen</translation>
    </message>
    <message>
        <source>Read the agreement together and each confirm it with your name.</source>
        <translation>Lesen Sie die Vereinbarung gemeinsam, und bestätigen Sie sie beide mit Ihrem Namen.</translation>
    </message>
    <message>
        <source>Open the agreement</source>
        <translation>Vereinbarung öffnen</translation>
    </message>
    <message>
        <source>Put your first meeting on the calendar.</source>
        <translation>Tragen Sie Ihr erstes Treffen in den Kalender ein.</translation>
    </message>
    <message>
        <source>Plan a meeting</source>
        <translation>Treffen planen</translation>
    </message>
    <message>
        <source>Before you meet, note what you want to learn this time.</source>
        <translation>Notieren Sie vor dem Treffen, was Sie diesmal lernen möchten.</translation>
    </message>
    <message>
        <source>Prepare the meeting</source>
        <translation>Treffen vorbereiten</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>Was als Nächstes zu tun ist</translation>
    </message>
    <message>
        <source>✓ Done</source>
        <translation>✓ Erledigt</translation>
    </message>
    <message>
        <source>→ Next</source>
        <translation>→ Als Nächstes</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>The seven steps</source>
        <translation>Die sieben Schritte</translation>
    </message>
    <message>
        <source>Edit relationship</source>
        <translation>Beziehung bearbeiten</translation>
    </message>
    <message>
        <source>Open {0}</source>
        <translation>{0} öffnen</translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation>Nächstes Treffen</translation>
    </message>
    <message numerus="yes">
        <source>{0} at {1}, %n minute(s)</source>
        <translation>
            <numerusform>{0} um {1}, %n Minute</numerusform>
            <numerusform>{0} um {1}, %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>By your rhythm, around {0}.</source>
        <translation>Laut Ihrem Rhythmus etwa am {0}.</translation>
    </message>
    <message>
        <source>No meeting planned.</source>
        <translation>Kein Treffen geplant.</translation>
    </message>
    <message>
        <source>Open Meetings</source>
        <translation>Treffen öffnen</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>Offene Vorhaben</translation>
    </message>
    <message>
        <source>Nothing open.</source>
        <translation>Nichts offen.</translation>
    </message>
    <message>
        <source> (overdue since {0})</source>
        <translation> (überfällig seit {0})</translation>
    </message>
    <message>
        <source> (due {0})</source>
        <translation> (fällig am {0})</translation>
    </message>
    <message>
        <source>…and {0} more.</source>
        <translation>…und {0} weitere.</translation>
    </message>
    <message>
        <source>Open Actions</source>
        <translation>Vorhaben öffnen</translation>
    </message>
</context>
<context>
    <name>PassphraseChangeDialog</name>
    <message>
        <source>Change the passphrase</source>
        <translation>Passphrase ändern</translation>
    </message>
    <message>
        <source>C&amp;hange passphrase</source>
        <translation>Passphrase än&amp;dern</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Aktuelle Passphrase</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Neue Passphrase</translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation>Neue Passphrase wiederholen</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase:</source>
        <translation>&amp;Aktuelle Passphrase:</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Neue Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Stärke:</translation>
    </message>
    <message>
        <source>Passphrase strength verdict</source>
        <translation>Bewertung der Passphrase-Stärke</translation>
    </message>
    <message>
        <source>&amp;Back up now with the new passphrase</source>
        <translation>Jetzt mit der neuen Passphrase &amp;sichern</translation>
    </message>
    <message>
        <source>Back up now with the new passphrase</source>
        <translation>Jetzt mit der neuen Passphrase sichern</translation>
    </message>
    <message>
        <source>Type the current passphrase.</source>
        <translation>Geben Sie die aktuelle Passphrase ein.</translation>
    </message>
    <message>
        <source>Choose a new passphrase: four or more unrelated words work well.</source>
        <translation>Wählen Sie eine neue Passphrase: Vier oder mehr voneinander unabhängige Wörter eignen sich gut.</translation>
    </message>
    <message>
        <source>This passphrase is too weak to protect the vault.</source>
        <translation>Diese Passphrase ist zu schwach, um den Tresor zu schützen.</translation>
    </message>
    <message>
        <source>The new passphrase is the same as the current one.</source>
        <translation>Die neue Passphrase ist dieselbe wie die aktuelle.</translation>
    </message>
    <message>
        <source>Type the new passphrase again to confirm it.</source>
        <translation>Geben Sie die neue Passphrase zur Bestätigung erneut ein.</translation>
    </message>
    <message>
        <source>Passphrase changed. The vault was reopened with the new passphrase, and the old one no longer opens it.

Backups made before now still open only with the OLD passphrase. Make a fresh backup now so that one opens with the new passphrase.</source>
        <translation>Passphrase geändert. Der Tresor wurde mit der neuen Passphrase erneut geöffnet; die alte Passphrase öffnet ihn nicht mehr.

Bisherige Sicherungen lassen sich weiterhin nur mit der ALTEN Passphrase öffnen. Erstellen Sie jetzt eine neue Sicherung, damit es eine gibt, die sich mit der neuen Passphrase öffnen lässt.</translation>
    </message>
    <message>
        <source>Passphrase NOT changed.</source>
        <translation>Passphrase NICHT geändert.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Passphrase needed</source>
        <translation>Passphrase erforderlich</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Checking the passphrase</source>
        <translation>Passphrase wird geprüft</translation>
    </message>
    <message>
        <source>That passphrase is not right. Shared-screen mode stays on.</source>
        <translation>Diese Passphrase ist nicht richtig. Der Modus „Geteilter Bildschirm“ bleibt aktiv.</translation>
    </message>
</context>
<context>
    <name>PathField</name>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Aus&amp;wählen…</translation>
    </message>
    <message>
        <source>Choose a file for: {0}</source>
        <translation>Datei auswählen für: {0}</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Speichern unter</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <source>leader</source>
        <translation>Führungskraft</translation>
    </message>
    <message>
        <source>mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
</context>
<context>
    <name>PlainExport</name>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Markdown text (*.md)</source>
        <translation>Markdown-Text (*.md)</translation>
    </message>
    <message>
        <source>Calendar (*.ics)</source>
        <translation>Kalender (*.ics)</translation>
    </message>
    <message>
        <source>JSON data (*.json)</source>
        <translation>JSON-Daten (*.json)</translation>
    </message>
    <message>
        <source>It includes private parts: your reflections and private notes.</source>
        <translation>Die Datei enthält private Teile: Ihre Reflexionen und privaten Notizen.</translation>
    </message>
    <message>
        <source>Nothing private is in it.</source>
        <translation>Die Datei enthält nichts Privates.</translation>
    </message>
    <message>
        <source>{0} will be saved as an ordinary file that is NOT encrypted: anyone who can open the file can read it, without your passphrase.</source>
        <translation>{0} wird als gewöhnliche Datei gespeichert, die NICHT verschlüsselt ist: Wer die Datei öffnen kann, kann sie ohne Ihre Passphrase lesen.</translation>
    </message>
    <message>
        <source>Save without encryption?</source>
        <translation>Ohne Verschlüsselung speichern?</translation>
    </message>
    <message>
        <source>&amp;Save unencrypted…</source>
        <translation>&amp;Unverschlüsselt speichern…</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Back up &amp;automatically when I lock or quit after making changes</source>
        <translation>&amp;Automatisch sichern, wenn ich nach Änderungen sperre oder beende</translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation>Automatische Sicherungen</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Sicherungsordner</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Aus&amp;wählen…</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Sicherungsordner auswählen</translation>
    </message>
    <message>
        <source>Backup &amp;folder:</source>
        <translation>Sicherungs&amp;ordner:</translation>
    </message>
    <message>
        <source>Number of recent backups to keep</source>
        <translation>Anzahl der neuesten Sicherungen, die aufbewahrt werden</translation>
    </message>
    <message>
        <source>&amp;Keep the newest:</source>
        <translation>Die neuesten &amp;behalten:</translation>
    </message>
    <message>
        <source>Backups are encrypted with the vault&apos;s passphrase and checked before they are kept. Besides the newest ones, the newest backup of each of the last {0} weeks is kept too. rmdesk never fills the disk: when space runs low it stops and says so.</source>
        <translation>Sicherungen werden mit der Passphrase des Tresors verschlüsselt und vor dem Aufbewahren geprüft. Neben den neuesten Sicherungen wird auch die jeweils neueste jeder der letzten {0} Wochen aufbewahrt. rmdesk füllt nie den Datenträger: Wird der Speicherplatz knapp, hält rmdesk an und meldet dies.</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Sprache der Oberfläche</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>The new language is used the next time rmdesk starts.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von rmdesk.</translation>
    </message>
    <message>
        <source>Choose a folder (a full path) for the backups.</source>
        <translation>Wählen Sie einen Ordner (vollständiger Pfad) für die Sicherungen.</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>Leader&apos;s check-in ratings (1–5)</source>
        <translation>Check-in-Bewertungen der Führungskraft (1–5)</translation>
    </message>
    <message>
        <source>Mentor&apos;s check-in ratings (1–5)</source>
        <translation>Check-in-Bewertungen des Mentors (1–5)</translation>
    </message>
    <message>
        <source>Leader&apos;s goals: progress (%)</source>
        <translation>Ziele der Führungskraft: Fortschritt (%)</translation>
    </message>
    <message>
        <source>Mentor&apos;s own goals: progress (%)</source>
        <translation>Eigene Ziele des Mentors: Fortschritt (%)</translation>
    </message>
    <message>
        <source>Actions added, done and applied (running total)</source>
        <translation>Vorhaben hinzugefügt, erledigt und angewendet (kumuliert)</translation>
    </message>
    <message>
        <source>Meetings each month: in the calendar and held</source>
        <translation>Treffen pro Monat: im Kalender und stattgefunden</translation>
    </message>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>applied (done, with an impact note)</source>
        <translation>angewendet (erledigt, mit Notiz zur Wirkung)</translation>
    </message>
    <message>
        <source>in the calendar</source>
        <translation>im Kalender</translation>
    </message>
    <message>
        <source>held</source>
        <translation>stattgefunden</translation>
    </message>
    <message>
        <source>No check-ins yet.</source>
        <translation>Noch keine Check-ins.</translation>
    </message>
    <message>
        <source>No goals yet.</source>
        <translation>Noch keine Ziele.</translation>
    </message>
    <message>
        <source>Nothing yet.</source>
        <translation>Noch nichts.</translation>
    </message>
    <message>
        <source>up</source>
        <translation>steigend</translation>
    </message>
    <message>
        <source>flat</source>
        <translation>gleichbleibend</translation>
    </message>
    <message>
        <source>down</source>
        <translation>fallend</translation>
    </message>
    <message>
        <source>not enough answers</source>
        <translation>zu wenige Antworten</translation>
    </message>
    <message>
        <source>zero</source>
        <translation>null</translation>
    </message>
    <message>
        <source>one</source>
        <translation>eins</translation>
    </message>
    <message>
        <source>two</source>
        <translation>zwei</translation>
    </message>
    <message>
        <source>three</source>
        <translation>drei</translation>
    </message>
    <message>
        <source>four</source>
        <translation>vier</translation>
    </message>
    <message>
        <source>five</source>
        <translation>fünf</translation>
    </message>
    <message>
        <source>six</source>
        <translation>sechs</translation>
    </message>
    <message>
        <source>seven</source>
        <translation>sieben</translation>
    </message>
    <message>
        <source>eight</source>
        <translation>acht</translation>
    </message>
    <message>
        <source>nine</source>
        <translation>neun</translation>
    </message>
    <message>
        <source>Not enough check-ins yet to see a trend.</source>
        <translation>Noch zu wenige Check-ins, um einen Trend zu erkennen.</translation>
    </message>
    <message>
        <source>{0} {1}</source>
        <translation>{0} {1}</translation>
    </message>
    <message>
        <source>Over the last {0} check-ins: {1}.</source>
        <translation>In den letzten {0} Check-ins: {1}.</translation>
    </message>
    <message>
        <source>Not enough answers yet for {0}.</source>
        <translation>Noch zu wenige Antworten für {0}.</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>nicht beantwortet</translation>
    </message>
    <message>
        <source>{0}%</source>
        <translation>{0} %</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Datenreihe</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>{0}: skipped</source>
        <translation>{0}: übersprungen</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>no answers</source>
        <translation>keine Antworten</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Stattgefunden am</translation>
    </message>
    <message>
        <source>Leader&apos;s answers</source>
        <translation>Antworten der Führungskraft</translation>
    </message>
    <message>
        <source>Mentor&apos;s answers</source>
        <translation>Antworten des Mentors</translation>
    </message>
</context>
<context>
    <name>ProgressView</name>
    <message>
        <source>Measure and reflect</source>
        <translation>Messen und reflektieren</translation>
    </message>
    <message>
        <source>Trend summary</source>
        <translation>Trendübersicht</translation>
    </message>
    <message>
        <source>Next check-in</source>
        <translation>Nächster Check-in</translation>
    </message>
    <message>
        <source>&amp;Start check-in…</source>
        <translation>Check-in &amp;starten…</translation>
    </message>
    <message>
        <source>Start check-in</source>
        <translation>Check-in starten</translation>
    </message>
    <message>
        <source>&amp;Edit check-in…</source>
        <translation>Check-in &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Edit check-in</source>
        <translation>Check-in bearbeiten</translation>
    </message>
    <message>
        <source>De&amp;lete check-in</source>
        <translation>Check-in &amp;löschen</translation>
    </message>
    <message>
        <source>Delete check-in</source>
        <translation>Check-in löschen</translation>
    </message>
    <message>
        <source>Progress: charts, table, check-ins</source>
        <translation>Fortschritt: Diagramme, Tabelle, Check-ins</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>&amp;Diagramme</translation>
    </message>
    <message>
        <source>Progress numbers</source>
        <translation>Fortschrittszahlen</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>&amp;Tabelle</translation>
    </message>
    <message>
        <source>Recorded check-ins</source>
        <translation>Erfasste Check-ins</translation>
    </message>
    <message>
        <source>No check-ins yet</source>
        <translation>Noch keine Check-ins</translation>
    </message>
    <message>
        <source>Start the first check-in…</source>
        <translation>Ersten Check-in beginnen…</translation>
    </message>
    <message>
        <source>Check-&amp;ins</source>
        <translation>Check-&amp;ins</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>A check-in is a few questions you both answer now and then, to see how the relationship is going. {0}</source>
        <translation>Ein Check-in sind einige Fragen, die Sie beide von Zeit zu Zeit beantworten, um zu sehen, wie die Beziehung läuft. {0}</translation>
    </message>
    <message numerus="yes">
        <source>a check-in every %n meeting(s)</source>
        <translation>
            <numerusform>ein Check-in je %n Treffen</numerusform>
            <numerusform>ein Check-in je %n Treffen</numerusform>
        </translation>
    </message>
    <message>
        <source>No check-in is scheduled yet ({0}); plan meetings to see the next.</source>
        <translation>Noch kein Check-in geplant ({0}); planen Sie Treffen, um den nächsten zu sehen.</translation>
    </message>
    <message>
        <source>the meeting nearest the review date</source>
        <translation>das Treffen, das dem Überprüfungsdatum am nächsten liegt</translation>
    </message>
    <message>
        <source>A check-in was due at the meeting on {0} ({1}); start it now.</source>
        <translation>Beim Treffen am {0} ({1}) war ein Check-in fällig; starten Sie ihn jetzt.</translation>
    </message>
    <message>
        <source>Next check-in: at the meeting on {0} ({1}).</source>
        <translation>Nächster Check-in: beim Treffen am {0} ({1}).</translation>
    </message>
    <message>
        <source>Delete the check-in of {0}?</source>
        <translation>Check-in vom {0} löschen?</translation>
    </message>
</context>
<context>
    <name>PromptEditDialog</name>
    <message>
        <source>Change prompt</source>
        <translation>Impuls ändern</translation>
    </message>
    <message>
        <source>New prompt</source>
        <translation>Neuer Impuls</translation>
    </message>
    <message>
        <source>This prompt came with rmdesk. Your wording is kept in your vault.</source>
        <translation>Dieser Impuls ist in rmdesk enthalten. Ihre Formulierung wird in Ihrem Tresor gespeichert.</translation>
    </message>
    <message>
        <source>A question worth answering honestly</source>
        <translation>Eine Frage, die eine ehrliche Antwort verdient</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thema:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Wann:</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Frage:</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>When to use it</source>
        <translation>Wann er sich eignet</translation>
    </message>
    <message>
        <source>Prompt text</source>
        <translation>Text des Impulses</translation>
    </message>
    <message>
        <source>Write the question first; a prompt cannot be empty.</source>
        <translation>Schreiben Sie zuerst die Frage; ein Impuls darf nicht leer sein.</translation>
    </message>
</context>
<context>
    <name>PromptPickerDialog</name>
    <message>
        <source>Start from a prompt</source>
        <translation>Mit einem Impuls beginnen</translation>
    </message>
    <message>
        <source>Moment</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>No meeting</source>
        <translation>Kein Treffen</translation>
    </message>
    <message>
        <source>Meeting to link</source>
        <translation>Zu verknüpfendes Treffen</translation>
    </message>
    <message>
        <source>No goal</source>
        <translation>Kein Ziel</translation>
    </message>
    <message>
        <source>Goal to link</source>
        <translation>Zu verknüpfendes Ziel</translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation>&amp;Treffen:</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <source>M&amp;oment:</source>
        <translation>Zeit&amp;punkt:</translation>
    </message>
    <message>
        <source>Prompts by theme</source>
        <translation>Impulse nach Thema</translation>
    </message>
    <message>
        <source>Chosen prompt</source>
        <translation>Gewählter Impuls</translation>
    </message>
    <message>
        <source>&amp;Add prompt…</source>
        <translation>Impuls &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>Ä&amp;ndern…</translation>
    </message>
    <message>
        <source>Re&amp;tire</source>
        <translation>A&amp;rchivieren</translation>
    </message>
    <message>
        <source>&amp;Show retired</source>
        <translation>Archivierte &amp;einblenden</translation>
    </message>
    <message>
        <source>Start &amp;writing</source>
        <translation>&amp;Schreiben beginnen</translation>
    </message>
    <message>
        <source>{0} (retired)</source>
        <translation>{0} (archiviert)</translation>
    </message>
    <message>
        <source>Res&amp;tore</source>
        <translation>Re&amp;aktivieren</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>Any time</source>
        <translation>Jederzeit</translation>
    </message>
    <message>
        <source>After a meeting</source>
        <translation>Nach einem Treffen</translation>
    </message>
    <message>
        <source>On a goal</source>
        <translation>Zu einem Ziel</translation>
    </message>
    <message>
        <source>Before a session</source>
        <translation>Vor einer Sitzung</translation>
    </message>
    <message>
        <source>My own prompts</source>
        <translation>Eigene Impulse</translation>
    </message>
</context>
<context>
    <name>PurposePage</name>
    <message>
        <source>Step 1: the purpose</source>
        <translation>Schritt 1: der Zweck</translation>
    </message>
    <message>
        <source>Purpose of the relationship</source>
        <translation>Zweck der Mentoring-Beziehung</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Zweck:</translation>
    </message>
    <message>
        <source>Focus areas, separated by commas</source>
        <translation>Schwerpunkte, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>e.g. AI tools, hybrid work, inclusion</source>
        <translation>z. B. KI-Tools, hybrides Arbeiten, Inklusion</translation>
    </message>
    <message>
        <source>Focus &amp;areas:</source>
        <translation>&amp;Schwerpunkte:</translation>
    </message>
    <message>
        <source>What do you want to understand better, and why now? A clear aim keeps your conversations useful.</source>
        <translation>Was möchten Sie besser verstehen, und warum gerade jetzt? Ein klarer Zweck hält Ihre Gespräche zielgerichtet.</translation>
    </message>
    <message>
        <source>What does the leader want to learn from you, and what would you like to gain yourself?</source>
        <translation>Was möchte die Führungskraft von Ihnen lernen, und was möchten Sie selbst daraus mitnehmen?</translation>
    </message>
    <message>
        <source>e.g. Understand how younger colleagues use AI tools in their daily work</source>
        <translation>z. B. Verstehen, wie jüngere Kolleginnen und Kollegen KI-Tools im Arbeitsalltag nutzen</translation>
    </message>
    <message>
        <source>e.g. Show how the team works in a hybrid week; learn how plans are made</source>
        <translation>z. B. Zeigen, wie das Team in einer hybriden Woche arbeitet; lernen, wie Pläne entstehen</translation>
    </message>
    <message>
        <source>Focus areas are a few words, separated by commas. Goals come later, in Purpose &amp; Goals.</source>
        <translation>Schwerpunkte sind wenige Wörter, durch Kommas getrennt. Ziele folgen später unter „Zweck &amp; Ziele“.</translation>
    </message>
</context>
<context>
    <name>QuestionRow</name>
    <message>
        <source>{0}: {1} of 5</source>
        <translation>{0}: {1} von 5</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Skip: {0}</source>
        <translation>Überspringen: {0}</translation>
    </message>
    <message>
        <source>Recorded as a skip, never as a low score</source>
        <translation>Wird als übersprungen erfasst, nie als niedrige Bewertung</translation>
    </message>
    <message>
        <source>One sentence: {0}</source>
        <translation>Ein Satz: {0}</translation>
    </message>
    <message>
        <source>In one sentence, why?</source>
        <translation>Warum, in einem Satz?</translation>
    </message>
</context>
<context>
    <name>ReadyPage</name>
    <message>
        <source>You are set up</source>
        <translation>Alles ist eingerichtet</translation>
    </message>
    <message>
        <source>What comes next</source>
        <translation>Wie es weitergeht</translation>
    </message>
    <message>
        <source>Nothing was saved yet.</source>
        <translation>Es wurde noch nichts gespeichert.</translation>
    </message>
    <message>
        <source>A relationship needs the other person&apos;s name before rmdesk can keep it. Go back to step 2, or start again later from Relationship → Guided setup.</source>
        <translation>Eine Beziehung braucht den Namen der anderen Person, bevor rmdesk sie speichern kann. Gehen Sie zurück zu Schritt 2, oder beginnen Sie später erneut über Beziehung → Geführte Einrichtung.</translation>
    </message>
    <message>
        <source>Your relationship with {0} is saved.</source>
        <translation>Ihre Mentoring-Beziehung mit {0} ist gespeichert.</translation>
    </message>
    <message>
        <source>Next: write down the purpose (Relationship → Edit relationship).</source>
        <translation>Als Nächstes: Halten Sie den Zweck fest (Beziehung → Beziehung bearbeiten).</translation>
    </message>
    <message>
        <source>Next: name a first goal in Purpose &amp; Goals: what you want to be able to do, and how you will notice.</source>
        <translation>Als Nächstes: Benennen Sie unter „Zweck &amp; Ziele“ ein erstes Ziel: was Sie können möchten und woran Sie es merken werden.</translation>
    </message>
    <message>
        <source>Next: read and confirm the agreement together, in Agreement.</source>
        <translation>Als Nächstes: Lesen und bestätigen Sie die Vereinbarung gemeinsam, unter „Vereinbarung“.</translation>
    </message>
    <message>
        <source>Next: plan your first meeting in Meetings.</source>
        <translation>Als Nächstes: Planen Sie Ihr erstes Treffen unter „Treffen“.</translation>
    </message>
    <message>
        <source>Next: before you meet, note what you want to learn, in Meetings.</source>
        <translation>Als Nächstes: Notieren Sie vor dem Treffen unter „Treffen“, was Sie lernen möchten.</translation>
    </message>
    <message>
        <source>The Overview always shows the next step. To walk through this setup again, choose Relationship → Guided setup.</source>
        <translation>Die Übersicht zeigt immer den nächsten Schritt. Um diese Einrichtung erneut zu durchlaufen, wählen Sie Beziehung → Geführte Einrichtung.</translation>
    </message>
    <message>
        <source>You keep your own copy as the mentor: prepare topics in Meetings and note what you are learning yourself in Purpose &amp; Goals. Exchange packs with the leader: Relationship → Share with… and Open a pack….</source>
        <translation>Als Mentor führen Sie Ihre eigene Kopie: Bereiten Sie unter „Treffen“ Themen vor, und notieren Sie unter „Zweck &amp; Ziele“, was Sie selbst lernen. Austauschpakete mit der Führungskraft tauschen Sie über Beziehung → Mit … teilen… und Austauschpaket öffnen… aus.</translation>
    </message>
    <message>
        <source>Press F1 here or in the main window for the guide.</source>
        <translation>Drücken Sie hier oder im Hauptfenster F1, um die Anleitung zu öffnen.</translation>
    </message>
</context>
<context>
    <name>RecognitionLetterDialog</name>
    <message>
        <source>Recognition letter</source>
        <translation>Anerkennungsschreiben</translation>
    </message>
    <message>
        <source>A letter your mentor can keep or show their own manager: your acknowledgements, the actions they led to and what changed, in the period you choose, and a few closing words of your own. Only shared content goes in: no private notes, no reflections.</source>
        <translation>Ein Schreiben, das Ihr Mentor behalten oder der eigenen Führungskraft zeigen kann: Ihre Würdigungen, die Vorhaben, zu denen sie geführt haben, und was sich verändert hat, im gewählten Zeitraum, dazu ein paar abschließende Worte von Ihnen. Es enthält nur gemeinsame Inhalte: keine privaten Notizen, keine Reflexionen.</translation>
    </message>
    <message>
        <source>A letter to keep or show your own manager: the acknowledgements {0} gave you, the actions they led to and what changed, in the period you choose. Only shared content goes in: no private notes, no reflections.</source>
        <translation>Ein Schreiben zum Behalten oder zum Vorzeigen bei Ihrer eigenen Führungskraft: die Würdigungen, die {0} Ihnen ausgesprochen hat, die Vorhaben, zu denen sie geführt haben, und was sich verändert hat, im gewählten Zeitraum. Es enthält nur gemeinsame Inhalte: keine privaten Notizen, keine Reflexionen.</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Zeitraum von</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>Zeitraum bis</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;bis</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <source>Closing words</source>
        <translation>Abschließende Worte</translation>
    </message>
    <message>
        <source>Optional: what working with your mentor meant to you</source>
        <translation>Optional: was Ihnen die Zusammenarbeit mit Ihrem Mentor bedeutet hat</translation>
    </message>
    <message>
        <source>Optional: closing words {0} wrote to you</source>
        <translation>Optional: abschließende Worte, die {0} Ihnen geschrieben hat</translation>
    </message>
    <message>
        <source>Closing &amp;words:</source>
        <translation>Abschließende &amp;Worte:</translation>
    </message>
    <message>
        <source>&amp;PDF</source>
        <translation>&amp;PDF</translation>
    </message>
    <message>
        <source>&amp;Markdown</source>
        <translation>&amp;Markdown</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>The letter</source>
        <translation>Das Schreiben</translation>
    </message>
    <message>
        <source>&amp;Save unencrypted letter…</source>
        <translation>Unverschlüsseltes Schreiben &amp;speichern…</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Der Zeitraum endet, bevor er beginnt.</translation>
    </message>
</context>
<context>
    <name>ReflectionEditor</name>
    <message>
        <source>Prompt</source>
        <translation>Impuls</translation>
    </message>
    <message>
        <source>Reflection text</source>
        <translation>Text der Reflexion</translation>
    </message>
    <message>
        <source>Write freely. Markdown works: *emphasis*, - lists, # headings.</source>
        <translation>Schreiben Sie frei. Markdown funktioniert: *Betonung*, - Listen, # Überschriften.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>comma, separated, tags</source>
        <translation>Schlagwörter, durch Kommas, getrennt</translation>
    </message>
    <message>
        <source>No meeting</source>
        <translation>Kein Treffen</translation>
    </message>
    <message>
        <source>Linked meeting</source>
        <translation>Verknüpftes Treffen</translation>
    </message>
    <message>
        <source>No goal</source>
        <translation>Kein Ziel</translation>
    </message>
    <message>
        <source>Linked goal</source>
        <translation>Verknüpftes Ziel</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>&amp;Schlagwörter:</translation>
    </message>
    <message>
        <source>G&amp;oal:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation>&amp;Treffen:</translation>
    </message>
    <message>
        <source>Word count and dates</source>
        <translation>Wortzahl und Daten</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Speicherstatus</translation>
    </message>
    <message>
        <source>Pr&amp;eview</source>
        <translation>V&amp;orschau</translation>
    </message>
    <message>
        <source>Show Markdown preview</source>
        <translation>Markdown-Vorschau anzeigen</translation>
    </message>
    <message>
        <source>&amp;Copy text</source>
        <translation>Text &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the whole reflection</source>
        <translation>Die ganze Reflexion kopieren</translation>
    </message>
    <message>
        <source>Copied text is cleared from the clipboard after 30 s</source>
        <translation>Kopierter Text wird nach 30 s aus der Zwischenablage gelöscht</translation>
    </message>
    <message>
        <source>Words: {0}</source>
        <translation>Wörter: {0}</translation>
    </message>
    <message>
        <source>created {0}</source>
        <translation>erstellt am {0}</translation>
    </message>
    <message>
        <source>edited {0}</source>
        <translation>bearbeitet am {0}</translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation>noch nicht gespeichert</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
</context>
<context>
    <name>ReflectionList</name>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Written {0}</source>
        <translation>Geschrieben am {0}</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Reflexion</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Linked to</source>
        <translation>Verknüpft mit</translation>
    </message>
</context>
<context>
    <name>ReflectionsView</name>
    <message>
        <source>Delete reflection</source>
        <translation>Reflexion löschen</translation>
    </message>
    <message>
        <source>Delete this reflection? It cannot be undone, and search will not find it.</source>
        <translation>Diese Reflexion löschen? Das lässt sich nicht rückgängig machen, und die Suche findet sie danach nicht mehr.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Reflections are private and are not shown in shared-screen mode.</source>
        <translation>Reflexionen sind privat und werden im Modus „Geteilter Bildschirm“ nicht angezeigt.</translation>
    </message>
    <message>
        <source>Meeting {0}</source>
        <translation>Treffen {0}</translation>
    </message>
    <message>
        <source>Search reflections</source>
        <translation>Reflexionen durchsuchen</translation>
    </message>
    <message>
        <source>Words to find (Ctrl+F); end with * for a prefix</source>
        <translation>Suchbegriffe (Strg+F); mit * am Ende für Wortanfänge</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Suche leeren</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>Su&amp;chen:</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>&amp;New reflection</source>
        <translation>&amp;Neue Reflexion</translation>
    </message>
    <message>
        <source>From a &amp;prompt…</source>
        <translation>Aus einem &amp;Impuls…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Nicht gelöscht</translation>
    </message>
    <message>
        <source>Search failed: {0}</source>
        <translation>Suche fehlgeschlagen: {0}</translation>
    </message>
    <message>
        <source>Showing the best {0} matches</source>
        <translation>Die {0} besten Treffer werden angezeigt</translation>
    </message>
    <message>
        <source>Found: {0}</source>
        <translation>Gefunden: {0}</translation>
    </message>
    <message>
        <source>counting…</source>
        <translation>wird gezählt…</translation>
    </message>
    <message>
        <source>Reflections: {0}</source>
        <translation>Reflexionen: {0}</translation>
    </message>
</context>
<context>
    <name>RelationshipDialog</name>
    <message>
        <source>New relationship</source>
        <translation>Neue Beziehung</translation>
    </message>
    <message>
        <source>Edit relationship</source>
        <translation>Beziehung bearbeiten</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>I am the &amp;leader, learning</source>
        <translation>Ich bin die &amp;Führungskraft und lerne</translation>
    </message>
    <message>
        <source>I am the &amp;mentor, teaching</source>
        <translation>Ich bin &amp;Mentor und vermittle Wissen</translation>
    </message>
    <message>
        <source>My role:</source>
        <translation>Meine Rolle:</translation>
    </message>
    <message>
        <source>My name</source>
        <translation>Mein Name</translation>
    </message>
    <message>
        <source>The other person&apos;s name</source>
        <translation>Name der anderen Person</translation>
    </message>
    <message>
        <source>My &amp;name:</source>
        <translation>Mein &amp;Name:</translation>
    </message>
    <message>
        <source>Men&amp;tor:</source>
        <translation>Men&amp;tor:</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>Purpose of the relationship</source>
        <translation>Zweck der Mentoring-Beziehung</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Zweck:</translation>
    </message>
    <message>
        <source>Focus areas, separated by commas</source>
        <translation>Schwerpunkte, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>e.g. AI tools, hybrid work, inclusion</source>
        <translation>z. B. KI-Tools, hybrides Arbeiten, Inklusion</translation>
    </message>
    <message>
        <source>&amp;Focus areas:</source>
        <translation>&amp;Schwerpunkte:</translation>
    </message>
    <message>
        <source>Choosing a mentor</source>
        <translation>Mentor auswählen</translation>
    </message>
    <message>
        <source>List the people you could learn from and what they know. They are ranked by how many of your focus areas their expertise covers: a full match counts more than a partial one.</source>
        <translation>Listen Sie die Personen auf, von denen Sie lernen könnten, und was sie wissen. Sie werden danach gereiht, wie viele Ihrer Schwerpunkte ihr Fachwissen abdeckt: Eine volle Übereinstimmung zählt mehr als eine teilweise.</translation>
    </message>
    <message>
        <source>Mentor candidates, best match first</source>
        <translation>Mentor-Kandidaten, beste Übereinstimmung zuerst</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Expertise</source>
        <translation>Fachwissen</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Übereinstimmung</translation>
    </message>
    <message>
        <source>&amp;Candidates, best match first:</source>
        <translation>K&amp;andidaten, beste Übereinstimmung zuerst:</translation>
    </message>
    <message>
        <source>Why this rank</source>
        <translation>Warum dieser Rang</translation>
    </message>
    <message>
        <source>&amp;Add candidate…</source>
        <translation>Kandidaten &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>C&amp;hoose as mentor</source>
        <translation>Als Mentor &amp;wählen</translation>
    </message>
    <message>
        <source>Rhythm</source>
        <translation>Rhythmus</translation>
    </message>
    <message>
        <source>Meet ho&amp;w often:</source>
        <translation>Wie &amp;oft treffen:</translation>
    </message>
    <message>
        <source>Meeting len&amp;gth:</source>
        <translation>&amp;Dauer eines Treffens:</translation>
    </message>
    <message>
        <source>&amp;Start date:</source>
        <translation>Sta&amp;rtdatum:</translation>
    </message>
    <message>
        <source>Re&amp;view on</source>
        <translation>Zwischenbi&amp;lanz am</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Datum der Zwischenbilanz</translation>
    </message>
    <message>
        <source>Review:</source>
        <translation>Zwischenbilanz:</translation>
    </message>
    <message>
        <source>Check-in every how many meetings</source>
        <translation>Check-in nach jeweils wie vielen Treffen</translation>
    </message>
    <message>
        <source>Chec&amp;k-in every N meetings:</source>
        <translation>&amp;Check-in alle N Treffen:</translation>
    </message>
    <message>
        <source>Lea&amp;der:</source>
        <translation>Führungs&amp;kraft:</translation>
    </message>
    <message>
        <source>What should this relationship change for you, and why now?</source>
        <translation>Was soll diese Beziehung für Sie verändern, und warum gerade jetzt?</translation>
    </message>
    <message>
        <source>What does the leader want to learn from you, and what do you hope to gain?</source>
        <translation>Was möchte die Führungskraft von Ihnen lernen, und was erhoffen Sie sich selbst?</translation>
    </message>
    <message>
        <source>Please check this: {0}</source>
        <translation>Bitte prüfen Sie: {0}</translation>
    </message>
    <message>
        <source> (chosen)</source>
        <translation> (gewählt)</translation>
    </message>
    <message numerus="yes">
        <source>{0} of %n focus area(s)</source>
        <translation>
            <numerusform>{0} von %n Schwerpunkt</numerusform>
            <numerusform>{0} von %n Schwerpunkten</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a candidate to see why they rank where they do.</source>
        <translation>Wählen Sie einen Eintrag aus, um zu sehen, warum er auf diesem Rang steht.</translation>
    </message>
    <message>
        <source>No candidates yet.</source>
        <translation>Noch keine Kandidaten.</translation>
    </message>
    <message>
        <source>• “{0}” is one of their areas.</source>
        <translation>• „{0}“ gehört zu den Fachgebieten.</translation>
    </message>
    <message>
        <source>• “{0}” partly matches “{1}”.</source>
        <translation>• „{0}“ passt teilweise zu „{1}“.</translation>
    </message>
    <message>
        <source>• Their expertise does not cover any focus area yet.</source>
        <translation>• Das Fachwissen deckt noch keinen Schwerpunkt ab.</translation>
    </message>
    <message>
        <source>• Not covered: {0}.</source>
        <translation>• Nicht abgedeckt: {0}.</translation>
    </message>
</context>
<context>
    <name>RelationshipMenu</name>
    <message>
        <source>&amp;New relationship…</source>
        <translation>&amp;Neue Beziehung…</translation>
    </message>
    <message>
        <source>&amp;Edit relationship…</source>
        <translation>Beziehung bea&amp;rbeiten…</translation>
    </message>
    <message>
        <source>&amp;Pause or resume</source>
        <translation>&amp;Pausieren oder fortsetzen</translation>
    </message>
    <message>
        <source>Mark &amp;completed</source>
        <translation>Als abgeschlossen &amp;markieren</translation>
    </message>
    <message>
        <source>&amp;Delete relationship…</source>
        <translation>Beziehung &amp;löschen…</translation>
    </message>
    <message>
        <source>Ne&amp;xt relationship</source>
        <translation>Nä&amp;chste Beziehung</translation>
    </message>
    <message>
        <source>Pre&amp;vious relationship</source>
        <translation>&amp;Vorherige Beziehung</translation>
    </message>
</context>
<context>
    <name>ReminderSettingsDialog</name>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
</context>
<context>
    <name>ReminderSettingsGroup</name>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>&amp;Remind me before each meeting</source>
        <translation>Vor jedem Treffen &amp;erinnern</translation>
    </message>
    <message>
        <source>Remind me before each meeting</source>
        <translation>Vor jedem Treffen erinnern</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Minutes before the meeting</source>
        <translation>Minuten vor dem Treffen</translation>
    </message>
    <message>
        <source>Also while the vault is &amp;locked</source>
        <translation>Auch bei gesperrtem &amp;Tresor</translation>
    </message>
    <message>
        <source>Remind also while the vault is locked</source>
        <translation>Auch bei gesperrtem Tresor erinnern</translation>
    </message>
    <message>
        <source>rmdesk then keeps the start times of upcoming meetings in memory after locking (never on disk) so it can remind you.</source>
        <translation>rmdesk behält dann die Anfangszeiten der kommenden Treffen nach dem Sperren im Arbeitsspeicher (nie auf der Festplatte), um Sie erinnern zu können.</translation>
    </message>
    <message>
        <source>The reminder says only “Reverse-mentoring meeting in 15 minutes”: no name, no agenda. Reminders need rmdesk running; for reminders when it is closed, export the meetings to your calendar.</source>
        <translation>Die Erinnerung lautet nur „Reverse-Mentoring-Treffen in 15 Minuten“: kein Name, keine Agenda. Erinnerungen erscheinen nur, solange rmdesk läuft; für Erinnerungen bei geschlossenem rmdesk exportieren Sie die Treffen in Ihren Kalender.</translation>
    </message>
    <message>
        <source>&amp;Minutes before:</source>
        <translation>&amp;Minuten vorher:</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>Reverse-mentoring meeting in 1 minute</source>
        <translation>Reverse-Mentoring-Treffen in 1 Minute</translation>
    </message>
    <message>
        <source>Reverse-mentoring meeting in {0} minutes</source>
        <translation>Reverse-Mentoring-Treffen in {0} Minuten</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Aus einer Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Show what it holds</source>
        <translation>&amp;Inhalt anzeigen</translation>
    </message>
    <message>
        <source>Choose a backup, type ITS passphrase (the one the vault had when the backup was made) and look at what it holds. Restoring keeps the current vault as a rollback copy in the data folder&apos;s backups.</source>
        <translation>Wählen Sie eine Sicherung, geben Sie DEREN Passphrase ein (die der Tresor beim Erstellen der Sicherung hatte) und sehen Sie sich den Inhalt an. Beim Wiederherstellen wird der aktuelle Tresor als Rückfallkopie im Sicherungsordner des Datenordners aufbewahrt.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>No backups found</source>
        <translation>Keine Sicherungen gefunden</translation>
    </message>
    <message>
        <source>Backups made with Vault &gt; Back up now… (and automatic ones) are listed here. A backup kept elsewhere, on a USB stick for instance, can be chosen as a file.</source>
        <translation>Hier stehen die Sicherungen aus Tresor &gt; Jetzt sichern… (und die automatischen). Eine Sicherung an einem anderen Ort, etwa auf einem USB-Stick, können Sie als Datei auswählen.</translation>
    </message>
    <message>
        <source>Choose a backup file…</source>
        <translation>Sicherungsdatei auswählen…</translation>
    </message>
    <message>
        <source>&amp;Other file…</source>
        <translation>&amp;Andere Datei…</translation>
    </message>
    <message>
        <source>Choose another backup file</source>
        <translation>Eine andere Sicherungsdatei wählen</translation>
    </message>
    <message>
        <source>Passphrase of the backup</source>
        <translation>Passphrase der Sicherung</translation>
    </message>
    <message>
        <source>&amp;Passphrase of the backup:</source>
        <translation>&amp;Passphrase der Sicherung:</translation>
    </message>
    <message>
        <source>What the backup holds</source>
        <translation>Inhalt der Sicherung</translation>
    </message>
    <message>
        <source>&amp;Restore this backup</source>
        <translation>Diese Sicherung &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>Diese Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>yes, when written</source>
        <translation>ja, beim Schreiben</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Sicherung wählen</translation>
    </message>
    <message>
        <source>Vault backups (*.rmdesk)</source>
        <translation>Tresor-Sicherungen (*.rmdesk)</translation>
    </message>
    <message>
        <source>yes, checked now</source>
        <translation>ja, soeben geprüft</translation>
    </message>
    <message>
        <source>Both integrity checks passed. Restore replaces the current vault.</source>
        <translation>Beide Integritätsprüfungen bestanden. Die Wiederherstellung ersetzt den aktuellen Tresor.</translation>
    </message>
    <message>
        <source>This backup FAILED its integrity checks; it cannot be restored.</source>
        <translation>Diese Sicherung hat die Integritätsprüfungen NICHT bestanden; sie kann nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>Restored. The vault now holds what the backup held.</source>
        <translation>Wiederhergestellt. Der Tresor enthält jetzt den Inhalt der Sicherung.</translation>
    </message>
    <message>
        <source>The previous vault was kept as {0}</source>
        <translation>Der bisherige Tresor wurde aufbewahrt als {0}</translation>
    </message>
    <message>
        <source>This backup holds:</source>
        <translation>Diese Sicherung enthält:</translation>
    </message>
    <message>
        <source>Relationships: {0}</source>
        <translation>Beziehungen: {0}</translation>
    </message>
    <message>
        <source>Meetings: {0}</source>
        <translation>Treffen: {0}</translation>
    </message>
    <message>
        <source>Reflections: {0}</source>
        <translation>Reflexionen: {0}</translation>
    </message>
    <message>
        <source>NOT restored; the current vault is unchanged.</source>
        <translation>NICHT wiederhergestellt; der aktuelle Tresor ist unverändert.</translation>
    </message>
</context>
<context>
    <name>RhythmFields</name>
    <message>
        <source>How often you meet</source>
        <translation>Wie oft Sie sich treffen</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Jede Woche</translation>
    </message>
    <message>
        <source>Every two weeks</source>
        <translation>Alle zwei Wochen</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Jeden Monat</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Meeting length in minutes</source>
        <translation>Dauer eines Treffens in Minuten</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
</context>
<context>
    <name>RhythmPage</name>
    <message>
        <source>Step 3: your rhythm</source>
        <translation>Schritt 3: Ihr Rhythmus</translation>
    </message>
    <message>
        <source>Meetings that come round regularly keep the exchange alive. Every two weeks or once a month suits most pairs.</source>
        <translation>Regelmäßige Treffen halten den Austausch lebendig. Alle zwei Wochen oder einmal im Monat passt für die meisten Tandems.</translation>
    </message>
    <message>
        <source>Meet ho&amp;w often:</source>
        <translation>Wie &amp;oft treffen:</translation>
    </message>
    <message>
        <source>Meeting &amp;length:</source>
        <translation>&amp;Dauer eines Treffens:</translation>
    </message>
    <message>
        <source>&amp;Start date:</source>
        <translation>Sta&amp;rtdatum:</translation>
    </message>
    <message>
        <source>rmdesk plans the meetings from this rhythm in Meetings, where you can move or add any of them. A first review is set six months after the start.</source>
        <translation>rmdesk plant die Treffen nach diesem Rhythmus unter „Treffen“; dort können Sie jedes davon verschieben oder weitere hinzufügen. Eine erste Zwischenbilanz ist sechs Monate nach dem Start vorgesehen.</translation>
    </message>
</context>
<context>
    <name>RmdeskTray</name>
    <message>
        <source>&amp;Show rmdesk</source>
        <translation>rmdesk &amp;anzeigen</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>Jetzt &amp;sperren</translation>
    </message>
    <message>
        <source>&amp;Reminders…</source>
        <translation>&amp;Erinnerungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>rmdesk</source>
        <translation>rmdesk</translation>
    </message>
    <message>
        <source>Remin&amp;ders…</source>
        <translation>Erinnerun&amp;gen…</translation>
    </message>
</context>
<context>
    <name>RolePage</name>
    <message>
        <source>Welcome: who are you in this relationship?</source>
        <translation>Willkommen: Welche Rolle haben Sie in dieser Beziehung?</translation>
    </message>
    <message>
        <source>Are you the leader who is learning, or the mentor who is teaching? The next steps follow your answer. Every step can be skipped and changed later.</source>
        <translation>Sind Sie die Führungskraft, die lernt, oder der Mentor, der sein Wissen weitergibt? Die nächsten Schritte richten sich nach Ihrer Antwort. Jeder Schritt kann übersprungen und später geändert werden.</translation>
    </message>
    <message>
        <source>I am the &amp;leader, here to learn</source>
        <translation>Ich bin die &amp;Führungskraft und möchte lernen</translation>
    </message>
    <message>
        <source>I am the &amp;mentor, here to teach</source>
        <translation>Ich bin &amp;Mentor und gebe Wissen weiter</translation>
    </message>
    <message>
        <source>I am the leader, here to learn</source>
        <translation>Ich bin die Führungskraft und möchte lernen</translation>
    </message>
    <message>
        <source>I am the mentor, here to teach</source>
        <translation>Ich bin Mentor und gebe Wissen weiter</translation>
    </message>
    <message>
        <source>Your own name</source>
        <translation>Ihr eigener Name</translation>
    </message>
    <message>
        <source>Your &amp;own name:</source>
        <translation>Ihr &amp;eigener Name:</translation>
    </message>
    <message>
        <source>Your name goes into the agreement you both confirm. It stays in this encrypted file, like everything else.</source>
        <translation>Ihr Name erscheint in der Vereinbarung, die Sie beide bestätigen. Er bleibt wie alles andere in dieser verschlüsselten Datei.</translation>
    </message>
    <message>
        <source>Has the leader already shared a pack with you? Open it instead of typing: the relationship and the agreement arrive as the leader set them up.</source>
        <translation>Hat die Führungskraft bereits ein Austauschpaket mit Ihnen geteilt? Öffnen Sie es, statt alles einzugeben: Beziehung und Vereinbarung kommen so an, wie die Führungskraft sie eingerichtet hat.</translation>
    </message>
    <message>
        <source>Open a &amp;pack from your leader…</source>
        <translation>&amp;Austauschpaket Ihrer Führungskraft öffnen…</translation>
    </message>
    <message>
        <source>Open a pack from your leader</source>
        <translation>Austauschpaket Ihrer Führungskraft öffnen</translation>
    </message>
</context>
<context>
    <name>RollbackPrompt</name>
    <message>
        <source>The record of this vault&apos;s newest version on this computer was changed or damaged, so rmdesk cannot tell whether this is an older copy.</source>
        <translation>Der Eintrag über die neueste Version dieses Tresors auf diesem Computer wurde verändert oder beschädigt. Daher kann rmdesk nicht erkennen, ob dies eine ältere Kopie ist.</translation>
    </message>
    <message>
        <source>This vault is older than the last version rmdesk saw on this computer.</source>
        <translation>Dieser Tresor ist älter als die letzte Version, die rmdesk auf diesem Computer gesehen hat.</translation>
    </message>
    <message>
        <source>Changes saved since then are not in it. A sync conflict, a copied file or someone else may have put an older copy in its place.

If you put this copy back on purpose (restored it by hand), continue: from now on it counts as the newest. Otherwise lock, and look for the newer file (other devices, your sync service&apos;s version history, rmdesk&apos;s backups folder).</source>
        <translation>Seitdem gespeicherte Änderungen sind darin nicht enthalten. Ein Synchronisationskonflikt, eine kopierte Datei oder eine andere Person könnte eine ältere Kopie an seine Stelle gesetzt haben.

Wenn Sie diese Kopie absichtlich zurückgelegt haben (von Hand wiederhergestellt), fahren Sie fort: Ab jetzt gilt sie als die neueste. Andernfalls sperren Sie den Tresor und suchen die neuere Datei (andere Geräte, Versionsverlauf Ihres Synchronisationsdienstes, Sicherungsordner von rmdesk).</translation>
    </message>
    <message>
        <source>Older copy of the vault</source>
        <translation>Ältere Kopie des Tresors</translation>
    </message>
    <message>
        <source>&amp;Continue with this copy</source>
        <translation>Mit dieser Kopie &amp;fortfahren</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Sperren</translation>
    </message>
    <message>
        <source>Continue with this copy</source>
        <translation>Mit dieser Kopie fortfahren</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Sperren</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <source>Schedule meetings</source>
        <translation>Treffen planen</translation>
    </message>
    <message>
        <source>every week</source>
        <translation>jede Woche</translation>
    </message>
    <message>
        <source>every two weeks</source>
        <translation>alle zwei Wochen</translation>
    </message>
    <message>
        <source>every month</source>
        <translation>jeden Monat</translation>
    </message>
    <message numerus="yes">
        <source>You meet {0} with {1}, %n minute(s) each time. Meetings already planned, moved or cancelled are kept; only missing ones are added.</source>
        <translation>
            <numerusform>Sie treffen sich {0} mit {1}, jeweils %n Minute. Bereits geplante, verschobene oder abgesagte Treffen bleiben erhalten; nur fehlende werden ergänzt.</numerusform>
            <numerusform>Sie treffen sich {0} mit {1}, jeweils %n Minuten. Bereits geplante, verschobene oder abgesagte Treffen bleiben erhalten; nur fehlende werden ergänzt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Meeting time of day</source>
        <translation>Uhrzeit des Treffens</translation>
    </message>
    <message>
        <source>Schedule up to this day</source>
        <translation>Bis zu diesem Tag planen</translation>
    </message>
    <message>
        <source>Meet &amp;at (local time):</source>
        <translation>Treffen &amp;um (Ortszeit):</translation>
    </message>
    <message>
        <source>&amp;Up to:</source>
        <translation>&amp;Bis:</translation>
    </message>
</context>
<context>
    <name>SearchResults</name>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Purpose &amp; Goals</source>
        <translation>Zweck &amp; Ziele</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Vereinbarung</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Vorhaben</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Reflections (private)</source>
        <translation>Reflexionen (privat)</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <source>Share with {0}</source>
        <translation>Mit {0} teilen</translation>
    </message>
    <message>
        <source>Writes one encrypted file with what you and {0} share: the purpose, both people&apos;s goals and progress, the agreement with its confirmations, meetings with agenda items, shared notes and outcomes, actions, acknowledgements and check-in ratings. Give {0} the file (a USB stick, your own file share) and read the words below aloud; {0} opens it with Open a pack.</source>
        <translation>Schreibt eine verschlüsselte Datei mit dem, was Sie und {0} teilen: den Zweck, die Ziele und Fortschritte beider Seiten, die Vereinbarung mit ihren Bestätigungen, Treffen mit Agendapunkten, gemeinsame Notizen und Ergebnisse, Vorhaben, Würdigungen und Check-in-Bewertungen. Geben Sie {0} die Datei (per USB-Stick oder über Ihre eigene Dateifreigabe), und lesen Sie die Wörter unten laut vor; {0} öffnet sie mit „Austauschpaket öffnen“.</translation>
    </message>
    <message>
        <source>Never in the pack: your reflections, private meeting notes, mentor candidates, the fields only the leader sees, and other relationships.</source>
        <translation>Nie im Austauschpaket: Ihre Reflexionen, private Notizen zu Treffen, Mentor-Kandidaten, die Felder, die nur die Führungskraft sieht, und andere Beziehungen.</translation>
    </message>
    <message>
        <source>Pack passphrase</source>
        <translation>Passphrase des Austauschpakets</translation>
    </message>
    <message>
        <source>New &amp;words</source>
        <translation>&amp;Neue Wörter</translation>
    </message>
    <message>
        <source>Propose new words</source>
        <translation>Neue Wörter vorschlagen</translation>
    </message>
    <message>
        <source>Pack &amp;passphrase:</source>
        <translation>&amp;Passphrase des Austauschpakets:</translation>
    </message>
    <message>
        <source>Read the words aloud to {0}, or type words you both agree on.</source>
        <translation>Lesen Sie {0} die Wörter laut vor, oder geben Sie Wörter ein, auf die Sie sich beide einigen.</translation>
    </message>
    <message>
        <source>Pack file</source>
        <translation>Datei des Austauschpakets</translation>
    </message>
    <message>
        <source>rmdesk packs (*.rmpack)</source>
        <translation>rmdesk-Austauschpakete (*.rmpack)</translation>
    </message>
    <message>
        <source>Save &amp;to:</source>
        <translation>Speichern &amp;unter:</translation>
    </message>
    <message>
        <source>Write the p&amp;ack</source>
        <translation>Austauschpaket &amp;erstellen</translation>
    </message>
    <message>
        <source>Those words are too easy to guess. Use the proposed words (New words), or four or more words of your own. Nothing was written.</source>
        <translation>Diese Wörter sind zu leicht zu erraten. Verwenden Sie die vorgeschlagenen Wörter („Neue Wörter“) oder vier oder mehr eigene Wörter. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Choose an existing folder for the pack.</source>
        <translation>Wählen Sie einen vorhandenen Ordner für das Austauschpaket.</translation>
    </message>
    <message>
        <source>That is the vault itself; choose another file.</source>
        <translation>Das ist der Tresor selbst; wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>Wrote the pack for {0} to {1} (encrypted).</source>
        <translation>Austauschpaket für {0} in {1} geschrieben (verschlüsselt).</translation>
    </message>
    <message>
        <source>In it: {0}.</source>
        <translation>Enthalten: {0}.</translation>
    </message>
    <message>
        <source>Agreement fingerprint: {0}. {1} sees the same after opening it.</source>
        <translation>Fingerabdruck der Vereinbarung: {0}. {1} sieht nach dem Öffnen denselben.</translation>
    </message>
    <message>
        <source>Now read the words aloud to {0}.</source>
        <translation>Lesen Sie {0} jetzt die Wörter laut vor.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Too weak: this could be guessed in moments.</source>
        <translation>Zu schwach: Das ließe sich im Nu erraten.</translation>
    </message>
    <message>
        <source>Weak: add more words or characters.</source>
        <translation>Schwach: Fügen Sie weitere Wörter oder Zeichen hinzu.</translation>
    </message>
    <message>
        <source>Fair: acceptable, but a longer phrase would be safer.</source>
        <translation>Mittel: akzeptabel, aber eine längere Phrase wäre sicherer.</translation>
    </message>
    <message>
        <source>Good.</source>
        <translation>Gut.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Stark.</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Stärke der Passphrase</translation>
    </message>
</context>
<context>
    <name>SummaryPanel</name>
    <message>
        <source>In &amp;a few words (shared):</source>
        <translation>In &amp;wenigen Worten (gemeinsam):</translation>
    </message>
    <message>
        <source>The meeting in a few words</source>
        <translation>Das Treffen in wenigen Worten</translation>
    </message>
    <message>
        <source>Su&amp;mmary of what was discussed, concluded and agreed:</source>
        <translation>Z&amp;usammenfassung der Gespräche, Ergebnisse und Vereinbarungen:</translation>
    </message>
    <message>
        <source>Meeting summary</source>
        <translation>Zusammenfassung des Treffens</translation>
    </message>
    <message>
        <source>Export Mar&amp;kdown…</source>
        <translation>Als &amp;Markdown exportieren…</translation>
    </message>
    <message>
        <source>Export the summary as Markdown</source>
        <translation>Zusammenfassung als Markdown exportieren</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Als &amp;PDF exportieren…</translation>
    </message>
    <message>
        <source>Export the summary as PDF</source>
        <translation>Zusammenfassung als PDF exportieren</translation>
    </message>
    <message>
        <source>Write a re&amp;flection…</source>
        <translation>Refle&amp;xion schreiben…</translation>
    </message>
    <message>
        <source>Write a reflection on this meeting</source>
        <translation>Reflexion zu diesem Treffen schreiben</translation>
    </message>
    <message>
        <source>The meeting is over. While it is fresh: what did you learn, what surprised you, what will you try? Write a reflection in your private journal.</source>
        <translation>Das Treffen ist vorbei. Solange es noch frisch ist: Was haben Sie gelernt, was hat Sie überrascht, was werden Sie ausprobieren? Schreiben Sie eine Reflexion in Ihr privates Journal.</translation>
    </message>
    <message>
        <source>The meeting is over. Here is what you covered.</source>
        <translation>Das Treffen ist vorbei. Das haben Sie besprochen.</translation>
    </message>
    <message>
        <source>The summary fills in as the meeting is held.</source>
        <translation>Die Zusammenfassung füllt sich im Verlauf des Treffens.</translation>
    </message>
    <message>
        <source>The meeting summary</source>
        <translation>Die Zusammenfassung des Treffens</translation>
    </message>
    <message>
        <source>Export summary as Markdown</source>
        <translation>Zusammenfassung als Markdown exportieren</translation>
    </message>
    <message>
        <source>Export summary as PDF</source>
        <translation>Zusammenfassung als PDF exportieren</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Unlock your vault</source>
        <translation>Tresor entsperren</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>Opening the vault</source>
        <translation>Tresor wird geöffnet</translation>
    </message>
    <message>
        <source>Unlock problem</source>
        <translation>Problem beim Entsperren</translation>
    </message>
    <message>
        <source>The passphrase is never stored. rmdesk cannot recover it, and neither can anyone else.</source>
        <translation>Die Passphrase wird nie gespeichert. rmdesk kann sie nicht wiederherstellen, und auch sonst niemand.</translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation>Geben Sie zuerst Ihre Passphrase ein.</translation>
    </message>
</context>
<context>
    <name>VaultErrors</name>
    <message>
        <source>The vault could not be used.</source>
        <translation>Der Tresor konnte nicht verwendet werden.</translation>
    </message>
    <message>
        <source>There is no vault in this data folder yet.</source>
        <translation>In diesem Datenordner gibt es noch keinen Tresor.</translation>
    </message>
    <message>
        <source>Create one, or start rmdesk with the right data folder (--data-dir or RMDESK_DATA_DIR).</source>
        <translation>Legen Sie einen an, oder starten Sie rmdesk mit dem richtigen Datenordner (--data-dir oder RMDESK_DATA_DIR).</translation>
    </message>
    <message>
        <source>A vault already exists here; it was left untouched.</source>
        <translation>Hier gibt es bereits einen Tresor; er blieb unverändert.</translation>
    </message>
    <message>
        <source>Choose another data folder, or restore a backup over it explicitly.</source>
        <translation>Wählen Sie einen anderen Datenordner, oder stellen Sie ausdrücklich eine Sicherung darüber wieder her.</translation>
    </message>
    <message>
        <source>That passphrase does not open this vault.</source>
        <translation>Diese Passphrase öffnet diesen Tresor nicht.</translation>
    </message>
    <message>
        <source>Check Caps Lock and the keyboard layout, then try again. Nothing was changed. If you are sure of the passphrase, the file may not be an rmdesk vault.</source>
        <translation>Prüfen Sie die Feststelltaste und das Tastaturlayout, und versuchen Sie es dann erneut. Es wurde nichts geändert. Wenn Sie sich der Passphrase sicher sind, ist die Datei möglicherweise kein rmdesk-Tresor.</translation>
    </message>
    <message>
        <source>The vault file is damaged.</source>
        <translation>Die Tresordatei ist beschädigt.</translation>
    </message>
    <message>
        <source>Nothing was overwritten. Restore your latest backup, or keep the file and ask for help.</source>
        <translation>Es wurde nichts überschrieben. Stellen Sie Ihre letzte Sicherung wieder her, oder bewahren Sie die Datei auf und holen Sie sich Hilfe.</translation>
    </message>
    <message>
        <source>The start of the vault file is damaged.</source>
        <translation>Der Anfang der Tresordatei ist beschädigt.</translation>
    </message>
    <message>
        <source>This file is not an rmdesk vault.</source>
        <translation>Diese Datei ist kein rmdesk-Tresor.</translation>
    </message>
    <message>
        <source>Nothing was changed. Check which data folder rmdesk is using (--data-dir), or restore a backup.</source>
        <translation>Es wurde nichts geändert. Prüfen Sie, welchen Datenordner rmdesk verwendet (--data-dir), oder stellen Sie eine Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The vault file is empty (0 bytes), so it was probably cut short by a crash or a sync tool.</source>
        <translation>Die Tresordatei ist leer (0 Byte). Vermutlich wurde sie durch einen Absturz oder ein Synchronisationsprogramm abgeschnitten.</translation>
    </message>
    <message>
        <source>It was not replaced. Restore your latest backup, or move the empty file away to start anew.</source>
        <translation>Sie wurde nicht ersetzt. Stellen Sie Ihre letzte Sicherung wieder her, oder verschieben Sie die leere Datei, um neu zu beginnen.</translation>
    </message>
    <message>
        <source>This vault was written by a newer version of rmdesk.</source>
        <translation>Dieser Tresor wurde von einer neueren Version von rmdesk geschrieben.</translation>
    </message>
    <message>
        <source>Install the newer rmdesk to open it; this version left it untouched.</source>
        <translation>Installieren Sie die neuere Version von rmdesk, um ihn zu öffnen; diese Version hat ihn nicht verändert.</translation>
    </message>
    <message>
        <source>The vault is already open in another rmdesk window or command.</source>
        <translation>Der Tresor ist bereits in einem anderen rmdesk-Fenster oder -Befehl geöffnet.</translation>
    </message>
    <message>
        <source>Close the other one first. A lock left by a crashed rmdesk clears by itself.</source>
        <translation>Schließen Sie zuerst das andere. Eine Sperre, die ein abgestürztes rmdesk hinterlassen hat, löst sich von selbst.</translation>
    </message>
    <message>
        <source>The disk is full, so the last change was not saved.</source>
        <translation>Der Datenträger ist voll, daher wurde die letzte Änderung nicht gespeichert.</translation>
    </message>
    <message>
        <source>Everything saved before it is intact. Free some space and try again.</source>
        <translation>Alles zuvor Gespeicherte ist unversehrt. Geben Sie etwas Speicherplatz frei, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The vault or its folder is read-only, so nothing can be saved.</source>
        <translation>Der Tresor oder sein Ordner ist schreibgeschützt, daher kann nichts gespeichert werden.</translation>
    </message>
    <message>
        <source>Check the file&apos;s permissions or the drive&apos;s write protection.</source>
        <translation>Prüfen Sie die Berechtigungen der Datei oder den Schreibschutz des Laufwerks.</translation>
    </message>
    <message>
        <source>The disk reported an error while reading or writing the vault.</source>
        <translation>Der Datenträger hat beim Lesen oder Schreiben des Tresors einen Fehler gemeldet.</translation>
    </message>
    <message>
        <source>Everything saved before it is intact. Check that the drive is still connected, then try again; restore a backup if it keeps happening.</source>
        <translation>Alles zuvor Gespeicherte ist unversehrt. Prüfen Sie, ob das Laufwerk noch verbunden ist, und versuchen Sie es erneut; stellen Sie eine Sicherung wieder her, wenn der Fehler wiederholt auftritt.</translation>
    </message>
    <message>
        <source>rmdesk is not allowed to read the vault file.</source>
        <translation>rmdesk darf die Tresordatei nicht lesen.</translation>
    </message>
    <message>
        <source>Check the file&apos;s owner and permissions. Nothing was changed.</source>
        <translation>Prüfen Sie Eigentümer und Berechtigungen der Datei. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>That file or folder path cannot be used.</source>
        <translation>Dieser Datei- oder Ordnerpfad kann nicht verwendet werden.</translation>
    </message>
    <message>
        <source>Check the path (--data-dir, RMDESK_DATA_DIR or the file name given). Nothing was changed.</source>
        <translation>Prüfen Sie den Pfad (--data-dir, RMDESK_DATA_DIR oder den angegebenen Dateinamen). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Passphrase NOT changed; the old one still works.</source>
        <translation>Passphrase NICHT geändert; die alte gilt weiterhin.</translation>
    </message>
    <message>
        <source>Nothing else was changed. Free some disk space, then try again.</source>
        <translation>Sonst wurde nichts geändert. Geben Sie etwas Speicherplatz frei, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The input file cannot be used.</source>
        <translation>Die Eingabedatei kann nicht verwendet werden.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>This vault is older than the last version rmdesk saw on this computer.</source>
        <translation>Dieser Tresor ist älter als die letzte Version, die rmdesk auf diesem Computer gesehen hat.</translation>
    </message>
    <message>
        <source>Someone or something (a sync conflict, a copied file) may have put back an older copy. If you restored it on purpose, open it in the app and choose to continue.</source>
        <translation>Jemand oder etwas (ein Synchronisationskonflikt, eine kopierte Datei) hat möglicherweise eine ältere Kopie zurückgelegt. Wenn Sie sie absichtlich wiederhergestellt haben, öffnen Sie sie in der App und wählen Sie dort „Mit dieser Kopie fortfahren“.</translation>
    </message>
    <message>
        <source>There is too little free space for a backup there; nothing was written.</source>
        <translation>Dort ist zu wenig Speicherplatz für eine Sicherung frei; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Free some space or choose another folder (Vault ▸ Preferences), then try again.</source>
        <translation>Geben Sie Speicherplatz frei oder wählen Sie einen anderen Ordner (Tresor ▸ Einstellungen), und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>This computer does not have enough free memory to import that file.</source>
        <translation>Dieser Computer hat nicht genug freien Arbeitsspeicher, um diese Datei zu importieren.</translation>
    </message>
    <message>
        <source>Nothing was changed. Close other programs, or import on a computer with more memory.</source>
        <translation>Es wurde nichts geändert. Schließen Sie andere Programme, oder importieren Sie auf einem Computer mit mehr Arbeitsspeicher.</translation>
    </message>
    <message>
        <source>The pack was refused; nothing was changed.</source>
        <translation>Das Austauschpaket wurde abgelehnt; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Ask for the pack again: it must arrive exactly as it was written.</source>
        <translation>Lassen Sie sich das Austauschpaket erneut senden: Es muss genau so ankommen, wie es geschrieben wurde.</translation>
    </message>
    <message>
        <source>That passphrase does not open this pack; nothing was changed.</source>
        <translation>Diese Passphrase öffnet dieses Austauschpaket nicht; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Check the words you agreed on, then try again.</source>
        <translation>Prüfen Sie die vereinbarten Wörter, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>This pack was written from this side of the relationship; nothing was changed.</source>
        <translation>Dieses Austauschpaket wurde auf dieser Seite der Beziehung erstellt; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Open it in the other person&apos;s rmdesk.</source>
        <translation>Öffnen Sie es im rmdesk der anderen Person.</translation>
    </message>
    <message>
        <source>That is this vault itself; choose the other copy.</source>
        <translation>Das ist dieser Tresor selbst; wählen Sie die andere Kopie.</translation>
    </message>
    <message>
        <source>Not saved: {0}</source>
        <translation>Nicht gespeichert: {0}</translation>
    </message>
    <message>
        <source>Not saved: {0} {1} Your text is still here.</source>
        <translation>Nicht gespeichert: {0} {1} Ihr Text ist noch da.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Nicht exportiert</translation>
    </message>
</context>
<context>
    <name>VaultMenu</name>
    <message>
        <source>&amp;Back up now…</source>
        <translation>Jetzt &amp;sichern…</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>Aus Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation>&amp;Passphrase ändern…</translation>
    </message>
    <message>
        <source>C&amp;heck the vault</source>
        <translation>&amp;Tresor prüfen</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>I&amp;mport…</source>
        <translation>I&amp;mportieren…</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Finishing the backup before quitting…</source>
        <translation>Sicherung wird vor dem Beenden abgeschlossen…</translation>
    </message>
    <message>
        <source>Automatic backup written and verified: {0}</source>
        <translation>Automatische Sicherung geschrieben und geprüft: {0}</translation>
    </message>
    <message>
        <source>The automatic backup was NOT written.</source>
        <translation>Die automatische Sicherung wurde NICHT geschrieben.</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Sicherung fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>VaultNotesBanner</name>
    <message>
        <source>Vault notes</source>
        <translation>Hinweise zum Tresor</translation>
    </message>
    <message>
        <source> and {0} more</source>
        <translation> und {0} weitere</translation>
    </message>
    <message>
        <source>Some records are damaged and are not shown: {0}. Everything else is here; restore a backup to get them back.</source>
        <translation>Einige Einträge sind beschädigt und werden nicht angezeigt: {0}. Alles andere ist vorhanden; stellen Sie eine Sicherung wieder her, um sie zurückzubekommen.</translation>
    </message>
</context>
<context>
    <name>ViewKeys</name>
    <message>
        <source>Purpose &amp; Goals</source>
        <translation>Zweck &amp; Ziele</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Vereinbarung</translation>
    </message>
    <message>
        <source>Meetings: the agenda list</source>
        <translation>Treffen: die Agendaliste</translation>
    </message>
    <message>
        <source>Meetings: live session</source>
        <translation>Treffen: Live-Sitzung</translation>
    </message>
    <message>
        <source>Reflections</source>
        <translation>Reflexionen</translation>
    </message>
    <message>
        <source>Add a goal</source>
        <translation>Ziel hinzufügen</translation>
    </message>
    <message>
        <source>Move the goal up</source>
        <translation>Ziel nach oben verschieben</translation>
    </message>
    <message>
        <source>Move the goal down</source>
        <translation>Ziel nach unten verschieben</translation>
    </message>
    <message>
        <source>Archive or restore the goal</source>
        <translation>Ziel archivieren oder wiederherstellen</translation>
    </message>
    <message>
        <source>Undo the last goal change</source>
        <translation>Letzte Zieländerung rückgängig machen</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Save the goal</source>
        <translation>Ziel speichern</translation>
    </message>
    <message>
        <source>Save the draft as a new version</source>
        <translation>Entwurf als neue Version speichern</translation>
    </message>
    <message>
        <source>Move the item up</source>
        <translation>Punkt nach oben verschieben</translation>
    </message>
    <message>
        <source>Move the item down</source>
        <translation>Punkt nach unten verschieben</translation>
    </message>
    <message>
        <source>Remove the item</source>
        <translation>Punkt entfernen</translation>
    </message>
    <message>
        <source>Next item</source>
        <translation>Nächster Punkt</translation>
    </message>
    <message>
        <source>Previous item</source>
        <translation>Vorheriger Punkt</translation>
    </message>
    <message>
        <source>Start or pause the timer</source>
        <translation>Timer starten oder pausieren</translation>
    </message>
    <message>
        <source>Item done</source>
        <translation>Punkt erledigt</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Raise a question</source>
        <translation>Frage stellen</translation>
    </message>
    <message>
        <source>Challenge an assumption</source>
        <translation>Annahme hinterfragen</translation>
    </message>
    <message>
        <source>Add an action</source>
        <translation>Vorhaben hinzufügen</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>Sitzung beenden</translation>
    </message>
    <message>
        <source>Search the reflections</source>
        <translation>Reflexionen durchsuchen</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to rmdesk</source>
        <translation>Willkommen bei rmdesk</translation>
    </message>
    <message>
        <source>rmdesk keeps your reverse-mentoring relationship (goals, agreement, meetings, actions and your private reflections) in one encrypted file on this computer; nothing is sent anywhere. The file opens only with the passphrase you choose now, which is never stored and cannot be recovered if you forget it.</source>
        <translation>rmdesk bewahrt Ihre Reverse-Mentoring-Beziehung (Ziele, Vereinbarung, Treffen, Vorhaben und Ihre privaten Reflexionen) in einer verschlüsselten Datei auf diesem Computer auf; nichts wird irgendwohin gesendet. Die Datei lässt sich nur mit der Passphrase öffnen, die Sie jetzt wählen. Sie wird nie gespeichert und kann nicht wiederhergestellt werden, wenn Sie sie vergessen.</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Neue Passphrase</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Passphrase wiederholen</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Neue Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Stärke:</translation>
    </message>
    <message>
        <source>Passphrase strength verdict</source>
        <translation>Bewertung der Passphrase-Stärke</translation>
    </message>
    <message>
        <source>&amp;Create vault</source>
        <translation>Tresor &amp;anlegen</translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation>Tresor anlegen</translation>
    </message>
    <message>
        <source>Creating the vault</source>
        <translation>Tresor wird angelegt</translation>
    </message>
    <message>
        <source>Choose a passphrase: four or more unrelated words work well.</source>
        <translation>Wählen Sie eine Passphrase: Vier oder mehr Wörter ohne Zusammenhang eignen sich gut.</translation>
    </message>
    <message>
        <source>This passphrase is too weak to protect the vault.</source>
        <translation>Diese Passphrase ist zu schwach, um den Tresor zu schützen.</translation>
    </message>
    <message>
        <source>Type the passphrase again to confirm it.</source>
        <translation>Geben Sie die Passphrase zur Bestätigung erneut ein.</translation>
    </message>
    <message>
        <source>The two passphrases do not match.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein.</translation>
    </message>
</context>
<context>
    <name>WhoPage</name>
    <message>
        <source>Step 2: your mentor</source>
        <translation>Schritt 2: Ihr Mentor</translation>
    </message>
    <message>
        <source>Who will you learn from? The right mentor knows your focus areas and is willing to share; someone unlike you brings the most.</source>
        <translation>Von wem werden Sie lernen? Der passende Mentor kennt sich in Ihren Schwerpunkten aus und teilt sein Wissen gern; wer anders ist als Sie, bringt Ihnen am meisten.</translation>
    </message>
    <message>
        <source>Your &amp;mentor&apos;s name:</source>
        <translation>Name Ihres &amp;Mentors:</translation>
    </message>
    <message>
        <source>Your mentor&apos;s name</source>
        <translation>Name Ihres Mentors</translation>
    </message>
    <message>
        <source>Still choosing? Type a working name now. Later, Edit relationship (Ctrl+E) lets you list candidates with their expertise and ranks them by your focus areas; that list stays private.</source>
        <translation>Noch in der Auswahl? Geben Sie jetzt einen vorläufigen Namen ein. Später können Sie unter „Beziehung bearbeiten“ (Strg+E) Kandidaten mit ihrem Fachwissen erfassen, und rmdesk reiht sie nach Ihren Schwerpunkten; diese Liste bleibt privat.</translation>
    </message>
    <message>
        <source>Step 2: the leader</source>
        <translation>Schritt 2: die Führungskraft</translation>
    </message>
    <message>
        <source>Who is the leader learning from you?</source>
        <translation>Wer ist die Führungskraft, die von Ihnen lernt?</translation>
    </message>
    <message>
        <source>The &amp;leader&apos;s name:</source>
        <translation>Name der &amp;Führungskraft:</translation>
    </message>
    <message>
        <source>The leader&apos;s name</source>
        <translation>Name der Führungskraft</translation>
    </message>
    <message>
        <source>This copy is yours: you keep your own notes of what you two share. If the leader has already shared a pack with you, close this setup and choose Relationship → Open a pack… instead: both copies then hold the same relationship and agreement.</source>
        <translation>Diese Kopie gehört Ihnen: Sie führen Ihre eigenen Notizen zu dem, was Sie beide teilen. Wenn die Führungskraft bereits ein Austauschpaket mit Ihnen geteilt hat, schließen Sie diese Einrichtung, und wählen Sie stattdessen Beziehung → Austauschpaket öffnen…: Dann enthalten beide Kopien dieselbe Beziehung und Vereinbarung.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Relationships and sections</source>
        <translation>Beziehungen und Bereiche</translation>
    </message>
    <message>
        <source>you learn</source>
        <translation>Sie lernen</translation>
    </message>
    <message>
        <source>you mentor</source>
        <translation>Sie als Mentor</translation>
    </message>
    <message>
        <source>, paused</source>
        <translation>, pausiert</translation>
    </message>
    <message>
        <source>, completed</source>
        <translation>, abgeschlossen</translation>
    </message>
    <message>
        <source>Private: never shown in shared-screen mode</source>
        <translation>Privat: wird im Modus „Geteilter Bildschirm“ nie angezeigt</translation>
    </message>
    <message>
        <source>&amp;Start a relationship…</source>
        <translation>Beziehung &amp;beginnen…</translation>
    </message>
    <message>
        <source>No relationship yet</source>
        <translation>Noch keine Beziehung</translation>
    </message>
    <message>
        <source>A relationship holds everything you do with one person: its purpose, the agreement you confirm together, your meetings and what you learn.</source>
        <translation>Eine Beziehung enthält alles, was Sie mit einer Person tun: ihren Zweck, die Vereinbarung, die Sie gemeinsam bestätigen, Ihre Treffen und was Sie lernen.</translation>
    </message>
    <message>
        <source>Delete relationship</source>
        <translation>Beziehung löschen</translation>
    </message>
    <message>
        <source>Delete the relationship with {0} and everything in it (goals, agreement, meetings, actions, check-ins and reflections)? This cannot be undone; a backup made earlier still holds it.</source>
        <translation>Die Beziehung mit {0} und alles darin löschen (Ziele, Vereinbarung, Treffen, Vorhaben, Check-ins und Reflexionen)? Das lässt sich nicht rückgängig machen; eine früher erstellte Sicherung enthält sie noch.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <source>Mark &amp;completed</source>
        <translation>Als &amp;abgeschlossen markieren</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
</context>
</TS>
