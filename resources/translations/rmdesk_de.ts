<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About rmdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rmdesk {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A private desk for reverse mentoring. Everything stays in one encrypted file on this computer; nothing is sent anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free software under the MIT licence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AcknowledgementDialog</name>
    <message>
        <source>Edit acknowledgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell my mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledgement received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what your mentor&apos;s contribution changed: what you tried, where, and what was different afterwards. It goes into the recognition letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What {0} told you your contribution changed: what they tried, where, and what was different afterwards. It goes into the recognition letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Your words:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Their words:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no action)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no goal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please write a few words for your mentor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please write down what {0} said.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cannot be saved: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>New action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I will try</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One concrete thing to try before we meet again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What I will try:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no goal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Due by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has a due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When done: where I applied it, and what changed because of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Impact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only you see this; it never appears in shared-screen mode or exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Private note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please say what you will try.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cannot be saved: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionDoneDialog</name>
    <message>
        <source>Action done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Where did you apply it, and what changed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Where did {0} apply it, and what changed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. In Tuesday&apos;s review I asked the newest analyst to start; ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tell my mentor what their contribution changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell my mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledgement for my mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few words to your mentor: what you learned from them and what it changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a few words for your mentor, or untick “Tell my mentor”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I will try</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they will try</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open, overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done, applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What your contribution changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionsView</name>
    <message>
        <source>Save recognition letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply and acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you will try, where you applied it and what changed, and what you tell {0} their contribution made possible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What {0} will try, where they applied it and what changed, and the acknowledgements you received for your contribution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied-learning ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New action…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;done…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tell my mentor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell my mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sh&amp;ow:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private note (only you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledgements: what your mentor&apos;s contributions changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledgements received: what your contributions changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add acknowledgement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add acknowledgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed&amp;it acknowledgement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit acknowledgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete ac&amp;knowledgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete acknowledgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport recognition letter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export recognition letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledgements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an action to see its impact note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No impact note yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private note (only you): {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “{0}”? Acknowledgements that mention it stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this acknowledgement?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the recognition letter (not encrypted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaItemDialog</name>
    <message>
        <source>Agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to talk about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A topic, a question, or an assumption to challenge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brought by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time box in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Brought by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time box:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say in a few words what the item is about.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>{0} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carried over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brought by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaPanel</name>
    <message>
        <source>the leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Learning intent — what does {0} want to learn today, and what will they not defend? (shared)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Learning intent — what do I want to learn today, and what will I not defend? (shared)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning intent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Carry over…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carry over unfinished items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;genda (drag, or Alt+Up/Alt+Down, to reorder):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the item up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the item down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &amp;template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add items from a template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as te&amp;mplate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this agenda as a template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private notes — only you; never on a shared screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private notes on this meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time boxes: {0} min, {1} more than the {2}-minute meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time boxes: {0} of {1} min.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} unfinished item(s) from the meeting on {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add items to the agenda first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaTemplateDialog</name>
    <message>
        <source>Use an agenda template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Templates (their items are added to this agenda):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>built in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{0} — %n item(s), {1} min ({2})</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Agreement</name>
    <message>
        <source>the leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {0} cannot count as confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {0} is confirmed by both of you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {0} is waiting for confirmation by {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The confirmations of version {0} do not cover it: the text changed after you both confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {0} is newer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: the text stored for version {0} no longer matches the fingerprint it was saved with ({1}). It was changed outside rmdesk, so no confirmation counts for it. Compare it with the other person&apos;s copy, then save a corrected version and confirm it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {0} was confirmed by both of you; that does not cover this text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ {0}: {1} confirmed on {2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ {0}: the confirmation of {1} does not cover this text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>○ {0}: {1} has not confirmed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New section “{0}”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section “{0}” is now called “{1}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In “{0}”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section “{0}” was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order of the sections changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreementConfirmDialog</name>
    <message>
        <source>the leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the agreement as {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You confirm that you have read version {0} of the agreement and agree to it. Its fingerprint is:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your name as {0} to confirm ({1}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No name is recorded for {0} yet. Add it with Edit relationship, then confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not the name recorded for this side of the relationship. Type it as shown above; if the recorded name is wrong, correct it with Edit relationship.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreementDraftEditor</name>
    <message>
        <source>Add a se&amp;ction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the draft as a new, read-only version (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft of version {0}. Change what you both want changed; a section left with no title and no text is left out. Once saved, the version cannot be edited, and each of you confirms it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section {0} title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section {0} text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreementExport</name>
    <message>
        <source>The agreement (its text, both names, times)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the agreement</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreementPage</name>
    <message>
        <source>Step 4: the agreement you confirm together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you say to each other stays between you. Read this together, then each of you confirms it by typing your own name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who has confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm as &amp;leader…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm as m&amp;entor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To change the wording, skip this step and open Agreement: a changed text becomes a new version for you both to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed by you both. Nothing more to do here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The leader has confirmed; the mentor has not yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mentor has confirmed; the leader has not yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not confirmed yet. You can also do this later, in Agreement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not confirmed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreementView</name>
    <message>
        <source>Save the draft as a new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare it aloud with the copy on the other person&apos;s computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versi&amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every saved version, read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit as a new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a draft from the version shown; saving it makes the next version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm as &amp;leader…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm as &amp;mentor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Mar&amp;kdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agreement yet. Start from our template: it already names you both, your purpose, goals and rhythm. Change what you want, save it, then each of you confirms it by typing your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start from the template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes since the confirmed version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {0} — {1}{2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — confirmed by both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agreement yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes since version {0}, which you both confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export version {0}, confirmed by both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available once you have both confirmed a version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafting version {0}: not saved yet, so nobody has confirmed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write at least one section before saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the same text as version {0}; nothing to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throw away the changes in this draft? They cannot be brought back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not confirmed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Back up the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup is encrypted with the vault&apos;s passphrase. It is checked after writing, and only a complete, checked copy gets the name below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault backups (*.rmdesk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to write the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That folder does not exist: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written and verified: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was NOT written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CandidateDialog</name>
    <message>
        <source>Mentor candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expertise, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. AI tools, social media, Gen Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Expertise:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private notes about this candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private no&amp;tes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the candidate a name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CarryOverDialog</name>
    <message>
        <source>Carry over unfinished items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not finished at the meeting on {0}. &amp;Tick what to bring to this one:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfinished items</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartWidget</name>
    <message>
        <source>{0}: {1}. The Table tab lists the same numbers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckDialog</name>
    <message>
        <source>Check the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads every page of the vault and checks that it decrypts and fits together. Nothing is changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All checks passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A check FAILED. Your data may be damaged: make no big changes, restore a recent backup (Vault ▸ Restore from a backup…) or keep the file and ask for help.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckInDialog</name>
    <message>
        <source>Check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill this in together. Rate each statement from 1 to 5 and add a sentence. Anyone may skip a question: a skip is kept as a skip, not as a low score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Held on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no meeting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leader: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip &amp;all of the mentor&apos;s questions this time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip all of the mentor&apos;s questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only you see this; it never appears in shared-screen mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Private note (only you):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate or skip at least one question.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <source>Something went wrong inside rmdesk. Your vault is safe: everything saved before this moment is in it, and the vault file was not harmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If it happens again, the log can help find the cause. It holds no content from your vault: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rmdesk: something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes you made here?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;JSON (can be imported again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Markdown (to read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Shared parts only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every&amp;thing, including private notes and the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exported file is NOT encrypted: anyone who can open it can read everything in it, including your private notes and journal. Keep it somewhere safe and delete it when you no longer need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exported file is NOT encrypted: anyone who can open it can read it. Keep it somewhere safe and delete it when you no longer need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an existing folder for the export file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is the vault itself; choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {0} rows to {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember: this file is NOT encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Only reflections with this tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the tag filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only reflections linked to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything or nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Between</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only reflections written between two days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta&amp;g:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lin&amp;ked:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalEditor</name>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The leader&apos;s goal ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mentor&apos;s own goal ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wh&amp;ose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress in percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What moved the progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What moved it (optional, kept in the history)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Progress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wh&amp;y it matters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How success will show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How su&amp;ccess will show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this goal (Ctrl+S); undo with Ctrl+Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to the saved goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History and links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress history:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Li&amp;nked actions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked &amp;meetings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private reflections linked here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflections linked here (private):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: {1} %{2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}, {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No action is linked to this goal yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meeting is linked through an action yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n reflection(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GoalsTableModel</name>
    <message>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor (own goal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalsView</name>
    <message>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a goal, or press Alt+Up / Alt+Down, to change the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit purpose and focus areas…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the relationship&apos;s settings (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No purpose written yet: say why you are doing this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus areas: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arch&amp;ive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also list goals you archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the goal up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the goal down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive or restore the goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last goal change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from arch&amp;ive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the goal a title; your other changes are still here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This could not be saved: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <source>The sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each relationship in the list on the left has the same sections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where you stand on the seven steps, the one thing to do next, the next meeting and the open actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what you want to learn and why, how you will know it worked, and how far you have come. The mentor&apos;s own goals sit beside the leader&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the confidentiality agreement. Each of you confirms it by typing your name; a changed text is a new version that needs both confirmations again. Compare the short fingerprint with the other person&apos;s copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the schedule from your rhythm, agendas either of you can add to, and a live session with a timer for the shared screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what you will try, where you tried it and what changed, ending in a thank-you to the mentor and a letter they can keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check-ins every few meetings, rated by both of you, with charts and a table of the same numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your own journal, with prompts and search. Nobody else sees it, and it is never shown in shared-screen mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What rmdesk is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rmdesk keeps one reverse-mentoring relationship, or several, in a single encrypted file on this computer: why you meet, what you agreed, your meetings, what you tried and what you learned. Nothing is sent anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To set up a relationship step by step, choose Relationship → Guided setup. You can leave the guided setup at any point; what you entered is kept, and every step can be changed later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared-screen mode and the panic key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you and your mentor look at one screen, in a video call or in the same room, turn on shared-screen mode (View → Shared-screen mode, Ctrl+Shift+S). F12 turns it on at once and asks nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In this mode rmdesk does not load anything private: not your reflections, not the private notes on a meeting, not the list of mentor candidates you considered, not the private parts of actions and check-ins. They are not hidden or blurred; they are simply not read from the file. Any dialog that is open closes first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaving shared-screen mode asks for the passphrase, so nobody else at the screen can bring private content back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is protected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything is in one file encrypted with your passphrase. The passphrase is never stored, so it cannot be recovered if you forget it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+L locks rmdesk at once. It also locks itself after some minutes without activity (Vault → Lock when idle) and when the computer locks or goes to sleep, where the desktop reports it. Locking saves what you typed, closes the file, empties the window and removes from the clipboard anything you copied out of rmdesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If an older copy of the vault file is put in place of the current one, rmdesk says so when you unlock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing about your content is written to the settings file or the log, and rmdesk never uses the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is not protected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A program running as you while rmdesk is unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An administrator of this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A camera or a person looking at your screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports you save as PDF, Markdown, JSON or calendar files: they are not encrypted, and rmdesk says so each time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A whole data folder put back from an older backup: rmdesk notices an older vault file on its own, not a complete older folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharing your whole desktop on Linux outside shared-screen mode: turn the mode on before a call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup is an encrypted copy of the vault that opens with the same passphrase. rmdesk checks every copy before it counts, and restoring one checks it first and keeps the current vault as a copy in case you change your mind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Vault menu backs up now, restores a backup (after showing what it holds), changes the passphrase, checks the vault, exports and imports. With automatic backups on (Vault → Preferences), rmdesk writes one when it locks or quits after a session with changes, keeping by default the newest ten and one a week for eight weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same works from a terminal, also while the app is closed and from a scheduled task:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one copy, into that file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a dated copy in that folder, keeping the newest 14</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>put a copy back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys and help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F1 opens this guide. Help → Keyboard shortcuts lists every key rmdesk knows. Help → About rmdesk shows the version and where your data folder is.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>rmdesk guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How rmdesk works: its sections, shared-screen mode, protection, backups</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuidedStart</name>
    <message>
        <source>Guided setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;kip this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go on without saving this step; change it later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the guide; what you entered is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please check this: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import a JSON export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds the relationships of an rmdesk JSON export beside what the vault holds. The whole file is checked first and imported in one step: all or nothing. rmdesk checks beforehand that this computer has the memory the file needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON exports (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {0} rows; relationships added: {1}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LetterExport</name>
    <message>
        <source>Recognition letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dear {0},</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From {0} to {1} you mentored me. This letter records, in my own words, what your contributions changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What your contributions changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I put into practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I tried: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In my own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With thanks,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No acknowledgements were recorded in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written with rmdesk. Shared content only; nothing private is included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognition letter for {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter could not be written: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiveSessionView</name>
    <message>
        <source>Time left for this item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared &amp;notes (Ctrl+Shift+N adds a note):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared notes on this item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What we &amp;concluded:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What we concluded on this item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys: Alt+→ next item · Alt+← previous · Ctrl+T start/pause timer · Ctrl+D item done · Ctrl+Shift+N add a note · Ctrl+Shift+Q raise a question · Ctrl+Shift+C challenge an assumption · Ctrl+Shift+A add an action · Ctrl+Shift+E end the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← Previous item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next item →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back to the agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End session and mark the meeting held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start or pause the timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise a question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Challenge an assumption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agenda items yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise a question or a topic on the right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item {0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} · brought by {1} · {2} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Done (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark done (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start timer (Ctrl+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over time by {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (paused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (Ctrl+T)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiveSidePanel</name>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda items; the current one is marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions raised and assumptions challenged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assumptions challenged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assumptions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of item to raise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question or assumption to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the question or assumption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions agreed in this meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will be done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will be tried or done, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who does it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has a due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, by {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the question or assumption first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what will be done first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the vault now (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Shared-screen mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only what both of you may see (Ctrl+Shift+S; F12 enters at once)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter shared-screen mode &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New relationship…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit relationship…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause or resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete relationship…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock when &amp;idle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About rmdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;xt relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;vious relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vie&amp;w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo (passphrase: {0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the demo: its passphrase is “{0}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked: the older copy was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared-screen mode: private reflections and notes are not loaded. Leaving asks for the passphrase (Ctrl+Shift+S).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n minute(s) without activity.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Locked with the computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your last change could not be saved before locking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the passphrase to show private content again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock when idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after this many minutes without activity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Guided setup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingsModel</name>
    <message>
        <source>{0} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingsView</name>
    <message>
        <source>Meeting&amp;s:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sched&amp;ule meetings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add e&amp;xtra meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an extra meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;ove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;ncel meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export calen&amp;dar (.ics)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the schedule as a calendar file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start l&amp;ive session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the live session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before-session &amp;check…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a before-session check for this meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda and summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summar&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meetings yet. Schedule them from your rhythm, or add one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} · {1} min · {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore meeti&amp;ng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added {0} meeting(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to add: every meeting of your rhythm is already there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That time does not exist that day (clocks change); moved past it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meetings to export yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting dates (no agenda, no notes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {0} meeting(s); cancelled ones are marked cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OperationDialog</name>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus areas: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning from {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentoring {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down what you want to learn, and why now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down what the leader wants to learn from you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name a first goal: what you want to do better, and how you will see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the agreement together and each confirm it with your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put your first meeting on the calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan a meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before you meet, note what you want to learn this time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seven steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{0} at {1}, %n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>By your rhythm, around {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meeting planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (overdue since {0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (due {0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…and {0} more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Actions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseChangeDialog</name>
    <message>
        <source>Change the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hange passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase strength verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up now with the new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now with the new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the current passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a new passphrase: four or more unrelated words work well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This passphrase is too weak to protect the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new passphrase is the same as the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the new passphrase again to confirm it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase changed. The vault was reopened with the new passphrase, and the old one no longer opens it.

Backups made before now still open only with the OLD passphrase. Make a fresh backup now so that one opens with the new passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase NOT changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Passphrase needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That passphrase is not right. Shared-screen mode stays on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PathField</name>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file for: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <source>leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlainExport</name>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown text (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON data (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It includes private parts: your reflections and private notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing private is in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} will be saved as an ordinary file that is NOT encrypted: anyone who can open the file can read it, without your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save without encryption?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save unencrypted…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up &amp;automatically when I lock or quit after making changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup &amp;folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of recent backups to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep the newest:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups are encrypted with the vault&apos;s passphrase and checked before they are kept. Besides the newest ones, the newest backup of each of the last {0} weeks is kept too. rmdesk never fills the disk: when space runs low it stops and says so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language is used the next time rmdesk starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder (a full path) for the backups.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>Leader&apos;s check-in ratings (1–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor&apos;s check-in ratings (1–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leader&apos;s goals: progress (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor&apos;s own goals: progress (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions added, done and applied (running total)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings each month: in the calendar and held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>insight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>learning applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comfort with feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mentor benefit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mentor feeling heard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feeling of safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applied (done, with an impact note)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No check-ins yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No goals yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not enough answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>three</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>four</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>five</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>six</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough check-ins yet to see a trend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over the last {0} check-ins: {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough answers yet for {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leader&apos;s answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor&apos;s answers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressView</name>
    <message>
        <source>Measure and reflect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start check-in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit check-in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress: charts, table, check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-&amp;ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>a check-in every %n meeting(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No check-in is scheduled yet ({0}); plan meetings to see the next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the meeting nearest the review date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A check-in was due at the meeting on {0} ({1}); start it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next check-in: at the meeting on {0} ({1}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the check-in of {0}?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PromptEditDialog</name>
    <message>
        <source>Change prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This prompt came with rmdesk. Your wording is kept in your vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A question worth answering honestly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When to use it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the question first; a prompt cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PromptPickerDialog</name>
    <message>
        <source>Start from a prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting to link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal to link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;oment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompts by theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add prompt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;tire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (retired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;tore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>My own prompts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PurposePage</name>
    <message>
        <source>Step 1: the purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose of the relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus areas, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. AI tools, hybrid work, inclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus &amp;areas:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What do you want to understand better, and why now? A clear aim keeps your conversations useful.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What does the leader want to learn from you, and what would you like to gain yourself?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Understand how younger colleagues use AI tools in their daily work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Show how the team works in a hybrid week; learn how plans are made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus areas are a few words, separated by commas. Goals come later, in Purpose &amp; Goals.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionRow</name>
    <message>
        <source>{0}: {1} of 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded as a skip, never as a low score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One sentence: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In one sentence, why?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadyPage</name>
    <message>
        <source>You are set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What comes next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A relationship needs the other person&apos;s name before rmdesk can keep it. Go back to step 2, or start again later from Relationship → Guided setup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your relationship with {0} is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: write down the purpose (Relationship → Edit relationship).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: name a first goal in Purpose &amp; Goals: what you want to be able to do, and how you will notice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: read and confirm the agreement together, in Agreement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: plan your first meeting in Meetings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: before you meet, note what you want to learn, in Meetings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Overview always shows the next step. To walk through this setup again, choose Relationship → Guided setup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You keep your own copy as the mentor: prepare topics in Meetings and note what you are learning yourself in Purpose &amp; Goals. Packs from and to the leader&apos;s copy are exchanged from a terminal for now (rmdesk share import FILE, rmdesk share export).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press F1 here or in the main window for the guide.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecognitionLetterDialog</name>
    <message>
        <source>Recognition letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A letter your mentor can keep or show their own manager: your acknowledgements, the actions they led to and what changed, in the period you choose, and a few closing words of your own. Only shared content goes in: no private notes, no reflections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A letter to keep or show your own manager: the acknowledgements {0} gave you, the actions they led to and what changed, in the period you choose. Only shared content goes in: no private notes, no reflections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: what working with your mentor meant to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: closing words {0} wrote to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing &amp;words:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save unencrypted letter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReflectionEditor</name>
    <message>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflection text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write freely. Markdown works: *emphasis*, - lists, # headings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma, separated, tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>G&amp;oal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word count and dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pr&amp;eview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Markdown preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the whole reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied text is cleared from the clipboard after 30 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edited {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReflectionList</name>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReflectionsView</name>
    <message>
        <source>Delete reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this reflection? It cannot be undone, and search will not find it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflections are private and are not shown in shared-screen mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search reflections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words to find (Ctrl+F); end with * for a prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From a &amp;prompt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search failed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the best {0} matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflections: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelationshipDialog</name>
    <message>
        <source>New relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I am the &amp;leader, learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I am the &amp;mentor, teaching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other person&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Men&amp;tor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose of the relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus areas, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. AI tools, hybrid work, inclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Focus areas:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choosing a mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the people you could learn from and what they know. They are ranked by how many of your focus areas their expertise covers: a full match counts more than a partial one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor candidates, best match first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expertise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Candidates, best match first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add candidate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose as mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rhythm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meet ho&amp;w often:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting len&amp;gth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;view on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in every how many meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chec&amp;k-in every N meetings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lea&amp;der:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What should this relationship change for you, and why now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What does the leader want to learn from you, and what do you hope to gain?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please check this: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (chosen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{0} of %n focus area(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Select a candidate to see why they rank where they do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No candidates yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• “{0}” is one of their areas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• “{0}” partly matches “{1}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• Their expertise does not cover any focus area yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• Not covered: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderSettingsDialog</name>
    <message>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderSettingsGroup</name>
    <message>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remind me before each meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me before each meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes before the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also while the vault is &amp;locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind also while the vault is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rmdesk then keeps the start times of upcoming meetings in memory after locking (never on disk) so it can remind you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reminder says only “Reverse-mentoring meeting in 15 minutes”: no name, no agenda. Reminders need rmdesk running; for reminders when it is closed, export the meetings to your calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Minutes before:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>Reverse-mentoring meeting in 1 minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse-mentoring meeting in %n minutes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show what it holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup, type ITS passphrase (the one the vault had when the backup was made) and look at what it holds. Restoring keeps the current vault as a rollback copy in the data folder&apos;s backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Other file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase of the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase of the backup:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the backup holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore this backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes, when written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault backups (*.rmdesk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes, checked now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both integrity checks passed. Restore replaces the current vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup FAILED its integrity checks; it cannot be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored. The vault now holds what the backup held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The previous vault was kept as {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup holds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationships: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflections: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT restored; the current vault is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RhythmFields</name>
    <message>
        <source>How often you meet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every two weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting length in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RhythmPage</name>
    <message>
        <source>Step 3: your rhythm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings that come round regularly keep the exchange alive. Every two weeks or once a month suits most pairs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meet ho&amp;w often:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting &amp;length:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rmdesk plans the meetings from this rhythm in Meetings, where you can move or add any of them. A first review is set six months after the start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RmdeskTray</name>
    <message>
        <source>&amp;Show rmdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reminders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rmdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remin&amp;ders…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RolePage</name>
    <message>
        <source>Welcome: who are you in this relationship?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are you the leader who is learning, or the mentor who is teaching? The next steps follow your answer. Every step can be skipped and changed later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I am the &amp;leader, here to learn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I am the &amp;mentor, here to teach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I am the leader, here to learn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I am the mentor, here to teach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;own name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name goes into the agreement you both confirm. It stays in this encrypted file, like everything else.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RollbackPrompt</name>
    <message>
        <source>The record of this vault&apos;s newest version on this computer was changed or damaged, so rmdesk cannot tell whether this is an older copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault is older than the last version rmdesk saw on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes saved since then are not in it. A sync conflict, a copied file or someone else may have put an older copy in its place.

If you put this copy back on purpose (restored it by hand), continue: from now on it counts as the newest. Otherwise lock, and look for the newer file (other devices, your sync service&apos;s version history, rmdesk&apos;s backups folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older copy of the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue with this copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue with this copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <source>Schedule meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every two weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every month</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>You meet {0} with {1}, %n minute(s) each time. Meetings already planned, moved or cancelled are kept; only missing ones are added.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Meeting time of day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule up to this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meet &amp;at (local time):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Up to:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchResults</name>
    <message>
        <source>{0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Too weak: this could be guessed in moments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak: add more words or characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair: acceptable, but a longer phrase would be safer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryPanel</name>
    <message>
        <source>In &amp;a few words (shared):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting in a few words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;mmary of what was discussed, concluded and agreed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Mar&amp;kdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the summary as Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the summary as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a re&amp;flection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a reflection on this meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting is over. While it is fresh: what did you learn, what surprised you, what will you try? Write a reflection in your private journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting is over. Here is what you covered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The summary fills in as the meeting is held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export summary as Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export summary as PDF</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Unlock your vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is never stored. rmdesk cannot recover it, and neither can anyone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VaultErrors</name>
    <message>
        <source>The vault could not be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no vault in this data folder yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create one, or start rmdesk with the right data folder (--data-dir or RMDESK_DATA_DIR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A vault already exists here; it was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another data folder, or restore a backup over it explicitly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That passphrase does not open this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check Caps Lock and the keyboard layout, then try again. Nothing was changed. If you are sure of the passphrase, the file may not be an rmdesk vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was overwritten. Restore your latest backup, or keep the file and ask for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start of the vault file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not an rmdesk vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed. Check which data folder rmdesk is using (--data-dir), or restore a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault file is empty (0 bytes), so it was probably cut short by a crash or a sync tool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was not replaced. Restore your latest backup, or move the empty file away to start anew.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault was written by a newer version of rmdesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install the newer rmdesk to open it; this version left it untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is already open in another rmdesk window or command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the other one first. A lock left by a crashed rmdesk clears by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full, so the last change was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything saved before it is intact. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault or its folder is read-only, so nothing can be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the file&apos;s permissions or the drive&apos;s write protection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk reported an error while reading or writing the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything saved before it is intact. Check that the drive is still connected, then try again; restore a backup if it keeps happening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rmdesk is not allowed to read the vault file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the file&apos;s owner and permissions. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That file or folder path cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the path (--data-dir, RMDESK_DATA_DIR or the file name given). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase NOT changed; the old one still works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing else was changed. Free some disk space, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input file cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault is older than the last version rmdesk saw on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone or something (a sync conflict, a copied file) may have put back an older copy. If you restored it on purpose, open it in the app and choose to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is too little free space for a backup there; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free some space or choose another folder (Vault ▸ Preferences), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer does not have enough free memory to import that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed. Close other programs, or import on a computer with more memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack was refused; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for the pack again: it must arrive exactly as it was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That passphrase does not open this pack; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the words you agreed on, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pack was written from this side of the relationship; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open it in the other person&apos;s rmdesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is this vault itself; choose the other copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {0} {1} Your text is still here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VaultMenu</name>
    <message>
        <source>&amp;Back up now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;heck the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;mport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finishing the backup before quitting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic backup written and verified: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The automatic backup was NOT written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VaultNotesBanner</name>
    <message>
        <source>Vault notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and {0} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some records are damaged and are not shown: {0}. Everything else is here; restore a backup to get them back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to rmdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rmdesk keeps your reverse-mentoring relationship (goals, agreement, meetings, actions and your private reflections) in one encrypted file on this computer; nothing is sent anywhere. The file opens only with the passphrase you choose now, which is never stored and cannot be recovered if you forget it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase strength verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a passphrase: four or more unrelated words work well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This passphrase is too weak to protect the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the passphrase again to confirm it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases do not match.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WhoPage</name>
    <message>
        <source>Step 2: your mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who will you learn from? The right mentor knows your focus areas and is willing to share; someone unlike you brings the most.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;mentor&apos;s name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your mentor&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still choosing? Type a working name now. Later, Edit relationship (Ctrl+E) lets you list candidates with their expertise and ranks them by your focus areas; that list stays private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 2: the leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is the leader learning from you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;leader&apos;s name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The leader&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This copy is yours: you keep your own notes of what you two share. If the leader has sent you a pack, close this setup and open the pack instead (for now from a terminal: rmdesk share import FILE), so both copies hold the same relationship and agreement.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Relationships and sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you learn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private: never shown in shared-screen mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No relationship yet. Start one to set its purpose, choose a mentor and agree how you will work together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start a relationship…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the relationship with {0} and everything in it (goals, agreement, meetings, actions, check-ins and reflections)? This cannot be undone; a backup made earlier still holds it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
