<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About rmdesk</source>
        <translation>À propos de rmdesk</translation>
    </message>
    <message>
        <source>rmdesk {0}</source>
        <translation>rmdesk {0}</translation>
    </message>
    <message>
        <source>A private desk for reverse mentoring. Everything stays in one encrypted file on this computer; nothing is sent anywhere.</source>
        <translation>Un espace privé pour le mentorat inversé. Tout reste dans un seul fichier chiffré sur cet ordinateur&#xa0;; rien n&apos;est envoyé nulle part.</translation>
    </message>
    <message>
        <source>Free software under the MIT licence.</source>
        <translation>Logiciel libre sous licence MIT.</translation>
    </message>
    <message>
        <source>Data folder: {0}</source>
        <translation>Dossier des données&#xa0;: {0}</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
</context>
<context>
    <name>AcknowledgementDialog</name>
    <message>
        <source>Edit acknowledgement</source>
        <translation>Modifier la reconnaissance</translation>
    </message>
    <message>
        <source>Tell my mentor</source>
        <translation>Le dire à mon mentor</translation>
    </message>
    <message>
        <source>Acknowledgement received</source>
        <translation>Reconnaissance reçue</translation>
    </message>
    <message>
        <source>Say what your mentor&apos;s contribution changed: what you tried, where, and what was different afterwards. It goes into the recognition letter.</source>
        <translation>Dites ce que l&apos;apport de votre mentor a changé&#xa0;: ce que vous avez essayé, où, et ce qui a été différent ensuite. Ce texte figurera dans la lettre de reconnaissance.</translation>
    </message>
    <message>
        <source>What {0} told you your contribution changed: what they tried, where, and what was different afterwards. It goes into the recognition letter.</source>
        <translation>Ce que, selon {0}, votre apport a changé&#xa0;: ce qui a été essayé, où, et ce qui a été différent ensuite. Ce texte figurera dans la lettre de reconnaissance.</translation>
    </message>
    <message>
        <source>Acknowledgement</source>
        <translation>Reconnaissance</translation>
    </message>
    <message>
        <source>&amp;Your words:</source>
        <translation>&amp;Vos mots&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Their words:</source>
        <translation>Mots du &amp;dirigeant&#xa0;:</translation>
    </message>
    <message>
        <source>Linked action</source>
        <translation>Action liée</translation>
    </message>
    <message>
        <source>(no action)</source>
        <translation>(aucune action)</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Action&#xa0;:</translation>
    </message>
    <message>
        <source>Linked goal</source>
        <translation>Objectif lié</translation>
    </message>
    <message>
        <source>(no goal)</source>
        <translation>(aucun objectif)</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>O&amp;bjectif&#xa0;:</translation>
    </message>
    <message>
        <source>Please write a few words for your mentor.</source>
        <translation>Veuillez écrire quelques mots pour votre mentor.</translation>
    </message>
    <message>
        <source>Please write down what {0} said.</source>
        <translation>Veuillez noter ce que {0} a dit.</translation>
    </message>
    <message>
        <source>This cannot be saved: {0}</source>
        <translation>Impossible d&apos;enregistrer&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>New action</source>
        <translation>Nouvelle action</translation>
    </message>
    <message>
        <source>Edit action</source>
        <translation>Modifier l&apos;action</translation>
    </message>
    <message>
        <source>What I will try</source>
        <translation>Ce que je vais essayer</translation>
    </message>
    <message>
        <source>One concrete thing to try before we meet again</source>
        <translation>Une chose concrète à essayer avant notre prochaine rencontre</translation>
    </message>
    <message>
        <source>&amp;What I will try:</source>
        <translation>&amp;Ce que je vais essayer&#xa0;:</translation>
    </message>
    <message>
        <source>Linked goal</source>
        <translation>Objectif lié</translation>
    </message>
    <message>
        <source>(no goal)</source>
        <translation>(aucun objectif)</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>O&amp;bjectif&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Due by</source>
        <translation>&amp;Date limite</translation>
    </message>
    <message>
        <source>Has a due date</source>
        <translation>A une date limite</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Date limite</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Quand&#xa0;:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut&#xa0;:</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable&#xa0;:</translation>
    </message>
    <message>
        <source>Impact note</source>
        <translation>Note d&apos;impact</translation>
    </message>
    <message>
        <source>When done: where I applied it, and what changed because of it</source>
        <translation>Une fois fait&#xa0;: où je l&apos;ai appliqué, et ce que cela a changé</translation>
    </message>
    <message>
        <source>&amp;Impact:</source>
        <translation>&amp;Impact&#xa0;:</translation>
    </message>
    <message>
        <source>Private note</source>
        <translation>Note privée</translation>
    </message>
    <message>
        <source>Only you see this; it never appears in shared-screen mode or exports</source>
        <translation>Vous seul la voyez&#xa0;; elle n&apos;apparaît jamais en mode écran partagé ni dans les exports</translation>
    </message>
    <message>
        <source>&amp;Private note:</source>
        <translation>Note &amp;privée&#xa0;:</translation>
    </message>
    <message>
        <source>Please say what you will try.</source>
        <translation>Veuillez indiquer ce que vous allez essayer.</translation>
    </message>
    <message>
        <source>This cannot be saved: {0}</source>
        <translation>Impossible d&apos;enregistrer&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>ActionDoneDialog</name>
    <message>
        <source>Action done</source>
        <translation>Action terminée</translation>
    </message>
    <message>
        <source>&amp;Where did you apply it, and what changed?</source>
        <translation>Où l&apos;avez-vous &amp;appliqué, et qu&apos;est-ce qui a changé&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Where did {0} apply it, and what changed?</source>
        <translation>Où {0} l&apos;a-t-il &amp;appliqué, et qu&apos;est-ce qui a changé&#xa0;?</translation>
    </message>
    <message>
        <source>Impact note</source>
        <translation>Note d&apos;impact</translation>
    </message>
    <message>
        <source>e.g. In Tuesday&apos;s review I asked the newest analyst to start; ...</source>
        <translation>p. ex. À la revue de mardi, j&apos;ai demandé à l&apos;analyste la plus récemment arrivée de commencer&#xa0;; ...</translation>
    </message>
    <message>
        <source>&amp;Tell my mentor what their contribution changed</source>
        <translation>&amp;Dire à mon mentor ce que son apport a changé</translation>
    </message>
    <message>
        <source>Tell my mentor</source>
        <translation>Le dire à mon mentor</translation>
    </message>
    <message>
        <source>Acknowledgement for my mentor</source>
        <translation>Reconnaissance pour mon mentor</translation>
    </message>
    <message>
        <source>A few words to your mentor: what you learned from them and what it changed</source>
        <translation>Quelques mots à votre mentor&#xa0;: ce que vous avez appris de lui et ce que cela a changé</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>Marquer comme &amp;terminée</translation>
    </message>
    <message>
        <source>Write a few words for your mentor, or untick “Tell my mentor”.</source>
        <translation>Écrivez quelques mots pour votre mentor, ou décochez «&#xa0;Le dire à mon mentor&#xa0;».</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>open</source>
        <translation>ouverte</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>abandonnée</translation>
    </message>
    <message>
        <source>What I will try</source>
        <translation>Ce que je vais essayer</translation>
    </message>
    <message>
        <source>What they will try</source>
        <translation>Actions du dirigeant</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>open, overdue</source>
        <translation>ouverte, en retard</translation>
    </message>
    <message>
        <source>done, applied</source>
        <translation>terminée, appliquée</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>What your contribution changed</source>
        <translation>Ce que votre apport a changé</translation>
    </message>
    <message>
        <source>Linked to</source>
        <translation>Lié à</translation>
    </message>
    <message>
        <source>Action: {0}</source>
        <translation>Action&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Goal: {0}</source>
        <translation>Objectif&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>ActionsView</name>
    <message>
        <source>Save recognition letter</source>
        <translation>Enregistrer la lettre de reconnaissance</translation>
    </message>
    <message>
        <source>the leader</source>
        <translation>le dirigeant</translation>
    </message>
    <message>
        <source>Apply and acknowledge</source>
        <translation>Appliquer et reconnaître</translation>
    </message>
    <message>
        <source>What you will try, where you applied it and what changed, and what you tell {0} their contribution made possible.</source>
        <translation>Ce que vous allez essayer, où vous l&apos;avez appliqué et ce qui a changé, et ce que l&apos;apport de {0} a rendu possible.</translation>
    </message>
    <message>
        <source>What {0} will try, where they applied it and what changed, and the acknowledgements you received for your contribution.</source>
        <translation>Ce que {0} va essayer, où cela a été appliqué et ce qui a changé, ainsi que les reconnaissances reçues pour votre apport.</translation>
    </message>
    <message>
        <source>Applied-learning ledger</source>
        <translation>Registre des apprentissages appliqués</translation>
    </message>
    <message>
        <source>&amp;New action…</source>
        <translation>&amp;Nouvelle action…</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Nouvelle action</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Edit action</source>
        <translation>Modifier l&apos;action</translation>
    </message>
    <message>
        <source>Mark &amp;done…</source>
        <translation>Marquer comme &amp;terminée…</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Marquer comme terminée</translation>
    </message>
    <message>
        <source>&amp;Tell my mentor…</source>
        <translation>Le &amp;dire à mon mentor…</translation>
    </message>
    <message>
        <source>Tell my mentor</source>
        <translation>Le dire à mon mentor</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Delete action</source>
        <translation>Supprimer l&apos;action</translation>
    </message>
    <message>
        <source>Sh&amp;ow:</source>
        <translation>&amp;Afficher&#xa0;:</translation>
    </message>
    <message>
        <source>Show actions</source>
        <translation>Afficher les actions</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>No actions yet</source>
        <translation>Aucune action pour l&apos;instant</translation>
    </message>
    <message>
        <source>An action is one thing to try between meetings; later you note where it was applied and what changed.</source>
        <translation>Une action est une chose à essayer entre deux rencontres&#xa0;; ensuite, vous notez où elle a été appliquée et ce qui a changé.</translation>
    </message>
    <message>
        <source>Plan a first action…</source>
        <translation>Planifier une première action…</translation>
    </message>
    <message>
        <source>Selected action</source>
        <translation>Action sélectionnée</translation>
    </message>
    <message>
        <source>Private note (only you)</source>
        <translation>Note privée (vous seul)</translation>
    </message>
    <message>
        <source>Acknowledgements: what your mentor&apos;s contributions changed</source>
        <translation>Reconnaissances&#xa0;: ce que les apports de votre mentor ont changé</translation>
    </message>
    <message>
        <source>Acknowledgements received: what your contributions changed</source>
        <translation>Reconnaissances reçues&#xa0;: ce que vos apports ont changé</translation>
    </message>
    <message>
        <source>&amp;Add acknowledgement…</source>
        <translation>Ajouter une &amp;reconnaissance…</translation>
    </message>
    <message>
        <source>Add acknowledgement</source>
        <translation>Ajouter une reconnaissance</translation>
    </message>
    <message>
        <source>Ed&amp;it acknowledgement…</source>
        <translation>Modifier la re&amp;connaissance…</translation>
    </message>
    <message>
        <source>Edit acknowledgement</source>
        <translation>Modifier la reconnaissance</translation>
    </message>
    <message>
        <source>Delete ac&amp;knowledgement</source>
        <translation>Supprimer la reconnaissanc&amp;e</translation>
    </message>
    <message>
        <source>Delete acknowledgement</source>
        <translation>Supprimer la reconnaissance</translation>
    </message>
    <message>
        <source>E&amp;xport recognition letter…</source>
        <translation>E&amp;xporter la lettre de reconnaissance…</translation>
    </message>
    <message>
        <source>Export recognition letter</source>
        <translation>Exporter la lettre de reconnaissance</translation>
    </message>
    <message>
        <source>Acknowledgements</source>
        <translation>Reconnaissances</translation>
    </message>
    <message>
        <source>No acknowledgements yet</source>
        <translation>Aucune reconnaissance pour l&apos;instant</translation>
    </message>
    <message>
        <source>An acknowledgement tells what a contribution made possible, in a few words; they can become a recognition letter.</source>
        <translation>Une reconnaissance dit en quelques mots ce qu&apos;un apport a rendu possible&#xa0;; elles peuvent devenir une lettre de reconnaissance.</translation>
    </message>
    <message>
        <source>Write an acknowledgement…</source>
        <translation>Écrire une reconnaissance…</translation>
    </message>
    <message>
        <source>Select an action to see its impact note.</source>
        <translation>Sélectionnez une action pour voir sa note d&apos;impact.</translation>
    </message>
    <message>
        <source>What changed: {0}</source>
        <translation>Ce qui a changé&#xa0;: {0}</translation>
    </message>
    <message>
        <source>No impact note yet.</source>
        <translation>Pas encore de note d&apos;impact.</translation>
    </message>
    <message>
        <source>Private note (only you): {0}</source>
        <translation>Note privée (vous seul)&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Delete “{0}”? Acknowledgements that mention it stay.</source>
        <translation>Supprimer «&#xa0;{0}&#xa0;»&#xa0;? Les reconnaissances qui la mentionnent sont conservées.</translation>
    </message>
    <message>
        <source>Delete this acknowledgement?</source>
        <translation>Supprimer cette reconnaissance&#xa0;?</translation>
    </message>
    <message>
        <source>Saved the recognition letter (not encrypted).</source>
        <translation>Lettre de reconnaissance enregistrée (non chiffrée).</translation>
    </message>
    <message>
        <source>Letter not saved</source>
        <translation>Lettre non enregistrée</translation>
    </message>
</context>
<context>
    <name>AgendaItemDialog</name>
    <message>
        <source>Agenda item</source>
        <translation>Point de l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>New agenda item</source>
        <translation>Nouveau point de l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>What to talk about</source>
        <translation>Sujet à aborder</translation>
    </message>
    <message>
        <source>A topic, a question, or an assumption to challenge</source>
        <translation>Un thème, une question ou une hypothèse à remettre en question</translation>
    </message>
    <message>
        <source>Kind of item</source>
        <translation>Type de point</translation>
    </message>
    <message>
        <source>Brought by</source>
        <translation>Apporté par</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Time box in minutes</source>
        <translation>Durée allouée en minutes</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Quoi&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Brought by:</source>
        <translation>&amp;Apporté par&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Time box:</source>
        <translation>&amp;Durée allouée&#xa0;:</translation>
    </message>
    <message>
        <source>Say in a few words what the item is about.</source>
        <translation>Dites en quelques mots de quoi traite ce point.</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>Topic</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Assumption to challenge</source>
        <translation>Hypothèse à remettre en question</translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation>{0} min</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Traité</translation>
    </message>
    <message>
        <source>Carried over</source>
        <translation>Reporté</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Brought by</source>
        <translation>Apporté par</translation>
    </message>
    <message>
        <source>Time box</source>
        <translation>Durée allouée</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>AgendaPanel</name>
    <message>
        <source>the leader</source>
        <translation>le dirigeant</translation>
    </message>
    <message>
        <source>&amp;Learning intent — what does {0} want to learn today, and what will they not defend? (shared)</source>
        <translation>Int&amp;ention d&apos;apprentissage — qu&apos;est-ce que {0} veut apprendre aujourd&apos;hui, et qu&apos;est-ce qui ne sera pas défendu&#xa0;? (partagé)</translation>
    </message>
    <message>
        <source>&amp;Learning intent — what do I want to learn today, and what will I not defend? (shared)</source>
        <translation>Int&amp;ention d&apos;apprentissage — qu&apos;est-ce que je veux apprendre aujourd&apos;hui, et qu&apos;est-ce que je ne défendrai pas&#xa0;? (partagé)</translation>
    </message>
    <message>
        <source>Learning intent</source>
        <translation>Intention d&apos;apprentissage</translation>
    </message>
    <message>
        <source>&amp;Carry over…</source>
        <translation>&amp;Reporter…</translation>
    </message>
    <message>
        <source>Carry over unfinished items</source>
        <translation>Reporter les points non traités</translation>
    </message>
    <message>
        <source>A&amp;genda (drag, or Alt+Up/Alt+Down, to reorder):</source>
        <translation>Ordre du &amp;jour (glisser, ou Alt+Haut/Alt+Bas, pour réordonner)&#xa0;:</translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation>Points de l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>Nothing on the agenda yet</source>
        <translation>Rien à l&apos;ordre du jour pour l&apos;instant</translation>
    </message>
    <message>
        <source>Add what you want to talk about: a topic, a question, something to show. Each item can have a time box.</source>
        <translation>Ajoutez ce dont vous voulez parler&#xa0;: un sujet, une question, quelque chose à montrer. Chaque point peut avoir une durée allouée.</translation>
    </message>
    <message>
        <source>Add the first item…</source>
        <translation>Ajouter le premier point…</translation>
    </message>
    <message>
        <source>&amp;Add item…</source>
        <translation>&amp;Ajouter un point…</translation>
    </message>
    <message>
        <source>Add an agenda item</source>
        <translation>Ajouter un point à l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Edit the agenda item</source>
        <translation>Modifier le point</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the agenda item</source>
        <translation>Retirer le point</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move the item up</source>
        <translation>Monter le point</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Move the item down</source>
        <translation>Descendre le point</translation>
    </message>
    <message>
        <source>Use &amp;template…</source>
        <translation>Utiliser un mo&amp;dèle…</translation>
    </message>
    <message>
        <source>Add items from a template</source>
        <translation>Ajouter des points depuis un modèle</translation>
    </message>
    <message>
        <source>Save as te&amp;mplate…</source>
        <translation>Enre&amp;gistrer comme modèle…</translation>
    </message>
    <message>
        <source>Save this agenda as a template</source>
        <translation>Enregistrer cet ordre du jour comme modèle</translation>
    </message>
    <message>
        <source>Private notes — only you; never on a shared screen</source>
        <translation>Notes privées — vous seul&#xa0;; jamais sur un écran partagé</translation>
    </message>
    <message>
        <source>Private notes on this meeting</source>
        <translation>Notes privées sur cette rencontre</translation>
    </message>
    <message>
        <source>Time boxes: {0} min, {1} more than the {2}-minute meeting.</source>
        <translation>Durées allouées&#xa0;: {0} min, soit {1} de plus que la rencontre de {2} minutes.</translation>
    </message>
    <message>
        <source>Time boxes: {0} of {1} min.</source>
        <translation>Durées allouées&#xa0;: {0} sur {1} min.</translation>
    </message>
    <message numerus="yes">
        <source>%n unfinished item(s) from the meeting on {0}.</source>
        <translation>
            <numerusform>%n point non terminé de la rencontre du {0}.</numerusform>
            <numerusform>%n points non terminés de la rencontre du {0}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to save</source>
        <translation>Rien à enregistrer</translation>
    </message>
    <message>
        <source>Add items to the agenda first.</source>
        <translation>Ajoutez d&apos;abord des points à l&apos;ordre du jour.</translation>
    </message>
</context>
<context>
    <name>AgendaTemplateDialog</name>
    <message>
        <source>Use an agenda template</source>
        <translation>Utiliser un modèle d&apos;ordre du jour</translation>
    </message>
    <message>
        <source>&amp;Templates (their items are added to this agenda):</source>
        <translation>&amp;Modèles (leurs points sont ajoutés à cet ordre du jour)&#xa0;:</translation>
    </message>
    <message>
        <source>Agenda templates</source>
        <translation>Modèles d&apos;ordre du jour</translation>
    </message>
    <message>
        <source>built in</source>
        <translation>intégré</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>personnel</translation>
    </message>
    <message numerus="yes">
        <source>{0} — %n item(s), {1} min ({2})</source>
        <translation>
            <numerusform>{0} — %n point, {1} min ({2})</numerusform>
            <numerusform>{0} — %n points, {1} min ({2})</numerusform>
        </translation>
    </message>
    <message>
        <source>Save as template</source>
        <translation>Enregistrer comme modèle</translation>
    </message>
    <message>
        <source>&amp;Name of the template:</source>
        <translation>&amp;Nom du modèle&#xa0;:</translation>
    </message>
    <message>
        <source>Name of the template</source>
        <translation>Nom du modèle</translation>
    </message>
</context>
<context>
    <name>Agreement</name>
    <message>
        <source>the leader</source>
        <translation>le dirigeant</translation>
    </message>
    <message>
        <source>the mentor</source>
        <translation>le mentor</translation>
    </message>
    <message>
        <source>Version {0} cannot count as confirmed.</source>
        <translation>La version {0} ne peut pas être considérée comme confirmée.</translation>
    </message>
    <message>
        <source>Version {0} is confirmed by both of you.</source>
        <translation>La version {0} est confirmée par vous deux.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>Version {0} is waiting for confirmation by {1}.</source>
        <translation>La version {0} attend encore une confirmation&#xa0;: {1}.</translation>
    </message>
    <message>
        <source>The confirmations of version {0} do not cover it: the text changed after you both confirmed.</source>
        <translation>Les confirmations de la version {0} ne la couvrent pas&#xa0;: le texte a changé après vos confirmations.</translation>
    </message>
    <message>
        <source>Version {0} is newer.</source>
        <translation>La version {0} est plus récente.</translation>
    </message>
    <message>
        <source>Warning: the text stored for version {0} no longer matches the fingerprint it was saved with ({1}). It was changed outside rmdesk, so no confirmation counts for it. Compare it with the other person&apos;s copy, then save a corrected version and confirm it again.</source>
        <translation>Attention&#xa0;: le texte enregistré pour la version {0} ne correspond plus à l&apos;empreinte avec laquelle il a été enregistré ({1}). Il a été modifié en dehors de rmdesk&#xa0;; aucune confirmation ne vaut donc pour lui. Comparez-le avec la copie de l&apos;autre personne, puis enregistrez une version corrigée et confirmez-la à nouveau.</translation>
    </message>
    <message>
        <source>Version {0} was confirmed by both of you; that does not cover this text.</source>
        <translation>La version {0} a été confirmée par vous deux&#xa0;; cela ne couvre pas ce texte.</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>illisible</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Dirigeant</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>✓ {0}: {1} confirmed on {2}.</source>
        <translation>✓ {0}&#xa0;: {1} a confirmé le {2}.</translation>
    </message>
    <message>
        <source>✗ {0}: the confirmation of {1} does not cover this text.</source>
        <translation>✗ {0}&#xa0;: la confirmation du {1} ne couvre pas ce texte.</translation>
    </message>
    <message>
        <source>○ {0}: {1} has not confirmed yet.</source>
        <translation>○ {0}&#xa0;: {1} n&apos;a pas encore confirmé.</translation>
    </message>
    <message>
        <source>New section “{0}”:</source>
        <translation>Nouvelle section «&#xa0;{0}&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <source>Section “{0}” is now called “{1}”.</source>
        <translation>La section «&#xa0;{0}&#xa0;» s&apos;appelle désormais «&#xa0;{1}&#xa0;».</translation>
    </message>
    <message>
        <source>In “{0}”:</source>
        <translation>Dans «&#xa0;{0}&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <source>Section “{0}” was removed.</source>
        <translation>La section «&#xa0;{0}&#xa0;» a été supprimée.</translation>
    </message>
    <message>
        <source>The order of the sections changed.</source>
        <translation>L&apos;ordre des sections a changé.</translation>
    </message>
</context>
<context>
    <name>AgreementConfirmDialog</name>
    <message>
        <source>the leader</source>
        <translation>dirigeant</translation>
    </message>
    <message>
        <source>the mentor</source>
        <translation>mentor</translation>
    </message>
    <message>
        <source>Confirm the agreement as {0}</source>
        <translation>Confirmer l&apos;accord en tant que {0}</translation>
    </message>
    <message>
        <source>You confirm that you have read version {0} of the agreement and agree to it. Its fingerprint is:</source>
        <translation>Vous confirmez avoir lu la version {0} de l&apos;accord et l&apos;accepter. Son empreinte est&#xa0;:</translation>
    </message>
    <message>
        <source>Type your name as {0} to confirm ({1}):</source>
        <translation>Saisissez votre nom en tant que {0} pour confirmer ({1})&#xa0;:</translation>
    </message>
    <message>
        <source>No name is recorded for {0} yet. Add it with Edit relationship, then confirm.</source>
        <translation>Aucun nom n&apos;est encore enregistré pour le rôle {0}. Ajoutez-le avec «&#xa0;Modifier la relation&#xa0;», puis confirmez.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>&amp;Confirmer</translation>
    </message>
    <message>
        <source>That is not the name recorded for this side of the relationship. Type it as shown above; if the recorded name is wrong, correct it with Edit relationship.</source>
        <translation>Ce n&apos;est pas le nom enregistré pour ce côté de la relation. Saisissez-le tel qu&apos;indiqué ci-dessus&#xa0;; si le nom enregistré est erroné, corrigez-le avec «&#xa0;Modifier la relation&#xa0;».</translation>
    </message>
</context>
<context>
    <name>AgreementDraftEditor</name>
    <message>
        <source>Add a se&amp;ction</source>
        <translation>Ajouter une se&amp;ction</translation>
    </message>
    <message>
        <source>&amp;Discard draft</source>
        <translation>&amp;Abandonner le brouillon</translation>
    </message>
    <message>
        <source>&amp;Save as new version</source>
        <translation>&amp;Enregistrer comme nouvelle version</translation>
    </message>
    <message>
        <source>Save the draft as a new, read-only version (Ctrl+S)</source>
        <translation>Enregistrer le brouillon comme nouvelle version en lecture seule (Ctrl+S)</translation>
    </message>
    <message>
        <source>Draft of version {0}. Change what you both want changed; a section left with no title and no text is left out. Once saved, the version cannot be edited, and each of you confirms it.</source>
        <translation>Brouillon de la version {0}. Modifiez ce que vous voulez modifier tous les deux&#xa0;; une section sans titre ni texte est omise. Une fois enregistrée, la version ne peut plus être modifiée, et chacun de vous la confirme.</translation>
    </message>
    <message>
        <source>Section {0}</source>
        <translation>Section {0}</translation>
    </message>
    <message>
        <source>Section {0} title</source>
        <translation>Titre de la section {0}</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Section {0} text</source>
        <translation>Texte de la section {0}</translation>
    </message>
</context>
<context>
    <name>AgreementExport</name>
    <message>
        <source>The agreement (its text, both names, times)</source>
        <translation>L&apos;accord (son texte, les deux noms, les dates)</translation>
    </message>
    <message>
        <source>Export the agreement</source>
        <translation>Exporter l&apos;accord</translation>
    </message>
    <message>
        <source>{0} UTC</source>
        <translation>{0} UTC</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Dirigeant</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>the leader</source>
        <translation>le dirigeant</translation>
    </message>
    <message>
        <source>the mentor</source>
        <translation>le mentor</translation>
    </message>
    <message>
        <source>Confidentiality agreement: {0} and {1}</source>
        <translation>Accord de confidentialité&#xa0;: {0} et {1}</translation>
    </message>
    <message>
        <source>Version {0}, saved {1}.</source>
        <translation>Version {0}, enregistrée le {1}.</translation>
    </message>
    <message>
        <source>Fingerprint: {0}</source>
        <translation>Empreinte&#xa0;: {0}</translation>
    </message>
    <message>
        <source>SHA-256 of the canonical text: {0}</source>
        <translation>SHA-256 du texte canonique&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Confirmations</source>
        <translation>Confirmations</translation>
    </message>
    <message>
        <source>The fingerprint is the start of the SHA-256 of this version&apos;s canonical text. If the copy on the other person&apos;s computer shows the same fingerprint, you both confirmed the same words. This file is not encrypted.</source>
        <translation>L’empreinte est le début du SHA-256 du texte canonique de cette version. Si la copie sur l’ordinateur de l’autre personne affiche la même empreinte, vous avez confirmé tous les deux le même texte. Ce fichier n’est pas chiffré.</translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation>Attention&#xa0;:</translation>
    </message>
    <message>
        <source>the stored text of this version no longer matches the fingerprint it was saved with, so no confirmation counts for it.</source>
        <translation>le texte enregistré de cette version ne correspond plus à l’empreinte avec laquelle il a été enregistré&#xa0;; aucune confirmation ne vaut donc pour lui.</translation>
    </message>
    <message>
        <source>{0}: {1} has not confirmed it yet.</source>
        <translation>{0}&#xa0;: {1} ne l’a pas encore confirmé.</translation>
    </message>
    <message>
        <source>{0}: {1}, confirmed {2} (fingerprint {3})</source>
        <translation>{0}&#xa0;: {1}, confirmé le {2} (empreinte {3})</translation>
    </message>
    <message>
        <source>Confidentiality agreement, version {0}</source>
        <translation>Accord de confidentialité, version {0}</translation>
    </message>
</context>
<context>
    <name>AgreementPage</name>
    <message>
        <source>Step 4: the agreement you confirm together</source>
        <translation>Étape 4&#xa0;: l&apos;accord que vous confirmez ensemble</translation>
    </message>
    <message>
        <source>What you say to each other stays between you. Read this together, then each of you confirms it by typing your own name.</source>
        <translation>Ce que vous vous dites reste entre vous. Lisez ceci ensemble, puis chacun de vous le confirme en saisissant son propre nom.</translation>
    </message>
    <message>
        <source>Agreement text</source>
        <translation>Texte de l&apos;accord</translation>
    </message>
    <message>
        <source>Who has confirmed</source>
        <translation>Qui a confirmé</translation>
    </message>
    <message>
        <source>Confirm as &amp;leader…</source>
        <translation>Confirmer en tant que &amp;dirigeant…</translation>
    </message>
    <message>
        <source>Confirm as m&amp;entor…</source>
        <translation>Confirmer en tant que m&amp;entor…</translation>
    </message>
    <message>
        <source>To change the wording, skip this step and open Agreement: a changed text becomes a new version for you both to confirm.</source>
        <translation>Pour modifier le texte, passez cette étape et ouvrez «&#xa0;Accord&#xa0;»&#xa0;: un texte modifié devient une nouvelle version que vous confirmez tous les deux.</translation>
    </message>
    <message>
        <source>Fingerprint: {0}</source>
        <translation>Empreinte&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Fingerprint {0}</source>
        <translation>Empreinte {0}</translation>
    </message>
    <message>
        <source>Confirmed by you both. Nothing more to do here.</source>
        <translation>Confirmé par vous deux. Plus rien à faire ici.</translation>
    </message>
    <message>
        <source>The leader has confirmed; the mentor has not yet.</source>
        <translation>Le dirigeant a confirmé&#xa0;; le mentor pas encore.</translation>
    </message>
    <message>
        <source>The mentor has confirmed; the leader has not yet.</source>
        <translation>Le mentor a confirmé&#xa0;; le dirigeant pas encore.</translation>
    </message>
    <message>
        <source>Not confirmed yet. You can also do this later, in Agreement.</source>
        <translation>Pas encore confirmé. Vous pouvez aussi le faire plus tard, dans «&#xa0;Accord&#xa0;».</translation>
    </message>
    <message>
        <source>Not confirmed</source>
        <translation>Non confirmé</translation>
    </message>
</context>
<context>
    <name>AgreementView</name>
    <message>
        <source>Fingerprint:</source>
        <translation>Empreinte&#xa0;:</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <source>Compare it aloud with the copy on the other person&apos;s computer.</source>
        <translation>Comparez-la à voix haute avec la copie sur l&apos;ordinateur de l&apos;autre personne.</translation>
    </message>
    <message>
        <source>Versi&amp;on:</source>
        <translation>&amp;Version&#xa0;:</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Every saved version, read-only</source>
        <translation>Toutes les versions enregistrées, en lecture seule</translation>
    </message>
    <message>
        <source>&amp;Edit as a new version</source>
        <translation>&amp;Modifier en tant que nouvelle version</translation>
    </message>
    <message>
        <source>Start a draft from the version shown; saving it makes the next version</source>
        <translation>Commencer un brouillon à partir de la version affichée&#xa0;; l&apos;enregistrer crée la version suivante</translation>
    </message>
    <message>
        <source>Confirm as &amp;leader…</source>
        <translation>Confirmer en tant que &amp;dirigeant…</translation>
    </message>
    <message>
        <source>Confirm as &amp;mentor…</source>
        <translation>Confirmer en tant que m&amp;entor…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exporter en &amp;PDF…</translation>
    </message>
    <message>
        <source>Export Mar&amp;kdown…</source>
        <translation>Exporter en Mar&amp;kdown…</translation>
    </message>
    <message>
        <source>No agreement yet</source>
        <translation>Pas encore d&apos;accord</translation>
    </message>
    <message>
        <source>Start from our template: it already names you both, your purpose, goals and rhythm. Change what you want, save it, then each of you confirms it by typing your name.</source>
        <translation>Partez de notre modèle&#xa0;: il mentionne déjà vos deux noms, votre but, vos objectifs et votre rythme. Modifiez ce que vous voulez, enregistrez, puis chacun le confirme en saisissant son nom.</translation>
    </message>
    <message>
        <source>&amp;Start from the template</source>
        <translation>Partir du modè&amp;le</translation>
    </message>
    <message>
        <source>Agreement text</source>
        <translation>Texte de l&apos;accord</translation>
    </message>
    <message>
        <source>Changes since the confirmed version</source>
        <translation>Modifications depuis la version confirmée</translation>
    </message>
    <message>
        <source>Version {0} — {1}{2}</source>
        <translation>Version {0} — {1}{2}</translation>
    </message>
    <message>
        <source> — confirmed by both</source>
        <translation> — confirmée par les deux</translation>
    </message>
    <message>
        <source>No agreement yet.</source>
        <translation>Pas encore d&apos;accord.</translation>
    </message>
    <message>
        <source>Changes since version {0}, which you both confirmed</source>
        <translation>Modifications depuis la version {0}, que vous avez confirmée tous les deux</translation>
    </message>
    <message>
        <source>Export version {0}, confirmed by both</source>
        <translation>Exporter la version {0}, confirmée par les deux</translation>
    </message>
    <message>
        <source>Available once you have both confirmed a version</source>
        <translation>Disponible dès que vous avez tous deux confirmé une version</translation>
    </message>
    <message>
        <source>Drafting version {0}: not saved yet, so nobody has confirmed it.</source>
        <translation>Brouillon de la version {0}&#xa0;: pas encore enregistré, donc personne ne l&apos;a confirmé.</translation>
    </message>
    <message>
        <source>Write at least one section before saving.</source>
        <translation>Rédigez au moins une section avant d&apos;enregistrer.</translation>
    </message>
    <message>
        <source>This is the same text as version {0}; nothing to save.</source>
        <translation>Ce texte est identique à la version {0}&#xa0;; rien à enregistrer.</translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation>Abandonner le brouillon</translation>
    </message>
    <message>
        <source>Throw away the changes in this draft? They cannot be brought back.</source>
        <translation>Abandonner les modifications de ce brouillon&#xa0;? Elles ne pourront pas être récupérées.</translation>
    </message>
    <message>
        <source>Not confirmed</source>
        <translation>Non confirmé</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Back up the vault</source>
        <translation>Sauvegarder le coffre</translation>
    </message>
    <message>
        <source>&amp;Back up</source>
        <translation>&amp;Sauvegarder</translation>
    </message>
    <message>
        <source>The backup is encrypted with the vault&apos;s passphrase. It is checked after writing, and only a complete, checked copy gets the name below.</source>
        <translation>La sauvegarde est chiffrée avec la phrase secrète du coffre. Elle est vérifiée après l&apos;écriture, et seule une copie complète et vérifiée reçoit le nom ci-dessous.</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Fichier de sauvegarde</translation>
    </message>
    <message>
        <source>Vault backups (*.rmdesk)</source>
        <translation>Sauvegardes du coffre (*.rmdesk)</translation>
    </message>
    <message>
        <source>Backup &amp;file:</source>
        <translation>&amp;Fichier de sauvegarde&#xa0;:</translation>
    </message>
    <message>
        <source>Choose where to write the backup.</source>
        <translation>Choisissez où écrire la sauvegarde.</translation>
    </message>
    <message>
        <source>That folder does not exist: {0}</source>
        <translation>Ce dossier n&apos;existe pas&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Backup written and verified: {0}</source>
        <translation>Sauvegarde écrite et vérifiée&#xa0;: {0}</translation>
    </message>
    <message>
        <source>The backup was NOT written.</source>
        <translation>La sauvegarde n&apos;a PAS été écrite.</translation>
    </message>
</context>
<context>
    <name>CalendarTitle</name>
    <message>
        <source>Reverse mentoring</source>
        <translation>Mentorat inversé</translation>
    </message>
    <message>
        <source>Reverse mentoring: {0}</source>
        <translation>Mentorat inversé&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>CandidateDialog</name>
    <message>
        <source>Mentor candidate</source>
        <translation>Candidat mentor</translation>
    </message>
    <message>
        <source>Candidate name</source>
        <translation>Nom du candidat</translation>
    </message>
    <message>
        <source>Expertise, separated by commas</source>
        <translation>Domaines d&apos;expertise, séparés par des virgules</translation>
    </message>
    <message>
        <source>e.g. AI tools, social media, Gen Z</source>
        <translation>p. ex. outils d&apos;IA, réseaux sociaux, génération Z</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Expertise:</source>
        <translation>&amp;Expertise&#xa0;:</translation>
    </message>
    <message>
        <source>Private notes about this candidate</source>
        <translation>Notes privées sur ce candidat</translation>
    </message>
    <message>
        <source>Private no&amp;tes:</source>
        <translation>No&amp;tes privées&#xa0;:</translation>
    </message>
    <message>
        <source>Give the candidate a name.</source>
        <translation>Donnez un nom au candidat.</translation>
    </message>
</context>
<context>
    <name>CarryOverDialog</name>
    <message>
        <source>Carry over unfinished items</source>
        <translation>Reporter les points non traités</translation>
    </message>
    <message>
        <source>Not finished at the meeting on {0}. &amp;Tick what to bring to this one:</source>
        <translation>Non traités lors de la rencontre du {0}. &amp;Cochez ce qu&apos;il faut reprendre dans celle-ci&#xa0;:</translation>
    </message>
    <message>
        <source>Unfinished items</source>
        <translation>Points non traités</translation>
    </message>
</context>
<context>
    <name>ChartWidget</name>
    <message>
        <source>{0}: {1}. The Table tab lists the same numbers.</source>
        <translation>{0}&#xa0;: {1}. L&apos;onglet «&#xa0;Tableau&#xa0;» présente les mêmes chiffres.</translation>
    </message>
</context>
<context>
    <name>CheckDialog</name>
    <message>
        <source>Check the vault</source>
        <translation>Vérifier le coffre</translation>
    </message>
    <message>
        <source>&amp;Check again</source>
        <translation>&amp;Vérifier à nouveau</translation>
    </message>
    <message>
        <source>Reads every page of the vault and checks that it decrypts and fits together. Nothing is changed.</source>
        <translation>Lit chaque page du coffre et vérifie qu&apos;elle se déchiffre et que l&apos;ensemble est cohérent. Rien n&apos;est modifié.</translation>
    </message>
    <message>
        <source>All checks passed.</source>
        <translation>Toutes les vérifications ont réussi.</translation>
    </message>
    <message>
        <source>A check FAILED. Your data may be damaged: make no big changes, restore a recent backup (Vault ▸ Restore from a backup…) or keep the file and ask for help.</source>
        <translation>Une vérification a ÉCHOUÉ. Vos données sont peut-être endommagées&#xa0;: n&apos;effectuez pas de modifications importantes, restaurez une sauvegarde récente (Coffre ▸ Restaurer une sauvegarde…) ou conservez le fichier et demandez de l&apos;aide.</translation>
    </message>
</context>
<context>
    <name>CheckInDialog</name>
    <message>
        <source>Check-in</source>
        <translation>Point d&apos;étape</translation>
    </message>
    <message>
        <source>Edit check-in</source>
        <translation>Modifier le point d&apos;étape</translation>
    </message>
    <message>
        <source>Fill this in together. Rate each statement from 1 to 5 and add a sentence. Anyone may skip a question: a skip is kept as a skip, not as a low score.</source>
        <translation>Remplissez-le ensemble. Notez chaque affirmation de 1 à 5 et ajoutez une phrase. Chacun peut passer une question&#xa0;: une question passée est enregistrée comme telle, pas comme une note basse.</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Tenu le</translation>
    </message>
    <message>
        <source>&amp;Held on:</source>
        <translation>&amp;Tenu le&#xa0;:</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Rencontre</translation>
    </message>
    <message>
        <source>(no meeting)</source>
        <translation>(aucune rencontre)</translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation>&amp;Rencontre&#xa0;:</translation>
    </message>
    <message>
        <source>Leader: {0}</source>
        <translation>Dirigeant&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Mentor: {0}</source>
        <translation>Mentor&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Skip &amp;all of the mentor&apos;s questions this time</source>
        <translation>&amp;Passer toutes les questions du mentor cette fois</translation>
    </message>
    <message>
        <source>Skip all of the mentor&apos;s questions</source>
        <translation>Passer toutes les questions du mentor</translation>
    </message>
    <message>
        <source>Private note</source>
        <translation>Note privée</translation>
    </message>
    <message>
        <source>Only you see this; it never appears in shared-screen mode</source>
        <translation>Vous seul la voyez&#xa0;; elle n&apos;apparaît jamais en mode écran partagé</translation>
    </message>
    <message>
        <source>&amp;Private note (only you):</source>
        <translation>&amp;Note privée (vous seul)&#xa0;:</translation>
    </message>
    <message>
        <source>Rate or skip at least one question.</source>
        <translation>Notez ou passez au moins une question.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Resolve differences</source>
        <translation>Résoudre les divergences</translation>
    </message>
    <message>
        <source>These changed on both sides since you last exchanged. For each, choose which version to keep; your choice reaches the other person with your next pack. Rows left on Decide later keep waiting, and your version stays meanwhile.</source>
        <translation>Ces éléments ont changé des deux côtés depuis votre dernier échange. Pour chacun, choisissez la version à conserver&#xa0;; votre choix parviendra à l&apos;autre personne avec votre prochain paquet d&apos;échange. Les lignes laissées sur «&#xa0;Décider plus tard&#xa0;» restent en attente&#xa0;; votre version est conservée entre-temps.</translation>
    </message>
    <message>
        <source>Differences to settle</source>
        <translation>Divergences à résoudre</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Version de l&apos;autre</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Votre version</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>À conserver</translation>
    </message>
    <message>
        <source>&amp;Keep the chosen versions</source>
        <translation>&amp;Conserver les versions choisies</translation>
    </message>
    <message>
        <source>Decide &amp;later</source>
        <translation>Décider p&amp;lus tard</translation>
    </message>
    <message>
        <source>No differences are waiting.</source>
        <translation>Aucune divergence en attente.</translation>
    </message>
    <message numerus="yes">
        <source>(with %n of their rows that depend on it)</source>
        <translation>
            <numerusform>(avec %n élément de l&apos;autre côté qui en dépend)</numerusform>
            <numerusform>(avec %n éléments de l&apos;autre côté qui en dépendent)</numerusform>
        </translation>
    </message>
    <message>
        <source>(deleted there)</source>
        <translation>(supprimé de l&apos;autre côté)</translation>
    </message>
    <message>
        <source>(deleted here)</source>
        <translation>(supprimé ici)</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>Décider plus tard</translation>
    </message>
    <message>
        <source>Keep yours</source>
        <translation>Garder votre version</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Prendre l&apos;autre version</translation>
    </message>
    <message>
        <source>Keep which version: row {0}</source>
        <translation>Version à conserver&#xa0;: ligne {0}</translation>
    </message>
    <message>
        <source>from the other copy</source>
        <translation>de l&apos;autre copie</translation>
    </message>
    <message>
        <source>with {0}</source>
        <translation>avec {0}</translation>
    </message>
    <message>
        <source>from a pack</source>
        <translation>d&apos;un paquet d&apos;échange</translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <source>Something went wrong inside rmdesk. Your vault is safe: everything saved before this moment is in it, and the vault file was not harmed.</source>
        <translation>Un problème est survenu dans rmdesk. Votre coffre est intact&#xa0;: tout ce qui a été enregistré avant ce moment s&apos;y trouve, et le fichier du coffre n&apos;a pas été endommagé.</translation>
    </message>
    <message>
        <source>If it happens again, the log can help find the cause. It holds no content from your vault: {0}</source>
        <translation>Si cela se reproduit, le journal technique peut aider à en trouver la cause. Il ne contient rien de votre coffre&#xa0;: {0}</translation>
    </message>
    <message>
        <source>rmdesk: something went wrong</source>
        <translation>rmdesk&#xa0;: un problème est survenu</translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save the changes you made here?</source>
        <translation>Enregistrer les modifications faites ici&#xa0;?</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message numerus="yes">
        <source>%n relationship(s)</source>
        <translation>
            <numerusform>%n relation</numerusform>
            <numerusform>%n relations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mentor candidate(s)</source>
        <translation>
            <numerusform>%n candidat mentor</numerusform>
            <numerusform>%n candidats mentors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n goal(s)</source>
        <translation>
            <numerusform>%n objectif</numerusform>
            <numerusform>%n objectifs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n progress update(s)</source>
        <translation>
            <numerusform>%n point de progrès</numerusform>
            <numerusform>%n points de progrès</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agreement version(s)</source>
        <translation>
            <numerusform>%n version de l&apos;accord</numerusform>
            <numerusform>%n versions de l&apos;accord</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agreement confirmation(s)</source>
        <translation>
            <numerusform>%n confirmation de l&apos;accord</numerusform>
            <numerusform>%n confirmations de l&apos;accord</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n rencontre</numerusform>
            <numerusform>%n rencontres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n private meeting note(s)</source>
        <translation>
            <numerusform>%n note privée de rencontre</numerusform>
            <numerusform>%n notes privées de rencontre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agenda item(s)</source>
        <translation>
            <numerusform>%n point de l&apos;ordre du jour</numerusform>
            <numerusform>%n points de l&apos;ordre du jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n acknowledgement(s)</source>
        <translation>
            <numerusform>%n reconnaissance</numerusform>
            <numerusform>%n reconnaissances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check-in(s)</source>
        <translation>
            <numerusform>%n point d&apos;étape</numerusform>
            <numerusform>%n points d&apos;étape</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check-in answer(s)</source>
        <translation>
            <numerusform>%n réponse de point d&apos;étape</numerusform>
            <numerusform>%n réponses de point d&apos;étape</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reflection(s)</source>
        <translation>
            <numerusform>%n réflexion</numerusform>
            <numerusform>%n réflexions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reflection tag(s)</source>
        <translation>
            <numerusform>%n étiquette de réflexion</numerusform>
            <numerusform>%n étiquettes de réflexion</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n prompt(s)</source>
        <translation>
            <numerusform>%n piste de réflexion</numerusform>
            <numerusform>%n pistes de réflexion</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agenda template(s)</source>
        <translation>
            <numerusform>%n modèle d&apos;ordre du jour</numerusform>
            <numerusform>%n modèles d&apos;ordre du jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s) to settle</source>
        <translation>
            <numerusform>%n divergence à résoudre</numerusform>
            <numerusform>%n divergences à résoudre</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} added</source>
        <translation>ajout&#xa0;: {0}</translation>
    </message>
    <message>
        <source>{0} updated</source>
        <translation>mise à jour&#xa0;: {0}</translation>
    </message>
    <message>
        <source>{0} deleted</source>
        <translation>suppression&#xa0;: {0}</translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>rien pour l&apos;instant</translation>
    </message>
    <message>
        <source>nothing new</source>
        <translation>rien de nouveau</translation>
    </message>
    <message>
        <source>The relationship</source>
        <translation>La relation</translation>
    </message>
    <message>
        <source>A mentor candidate</source>
        <translation>Un candidat mentor</translation>
    </message>
    <message>
        <source>A goal</source>
        <translation>Un objectif</translation>
    </message>
    <message>
        <source>A progress update</source>
        <translation>Une mise à jour des progrès</translation>
    </message>
    <message>
        <source>An agreement version</source>
        <translation>Une version de l&apos;accord</translation>
    </message>
    <message>
        <source>An agreement confirmation</source>
        <translation>Une confirmation de l&apos;accord</translation>
    </message>
    <message>
        <source>A meeting</source>
        <translation>Une rencontre</translation>
    </message>
    <message>
        <source>A private meeting note</source>
        <translation>Une note privée de rencontre</translation>
    </message>
    <message>
        <source>An agenda item</source>
        <translation>Un point de l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>An action</source>
        <translation>Une action</translation>
    </message>
    <message>
        <source>An acknowledgement</source>
        <translation>Une reconnaissance</translation>
    </message>
    <message>
        <source>A check-in</source>
        <translation>Un point d&apos;étape</translation>
    </message>
    <message>
        <source>A check-in answer</source>
        <translation>Une réponse à un point d&apos;étape</translation>
    </message>
    <message>
        <source>A reflection</source>
        <translation>Une réflexion</translation>
    </message>
    <message>
        <source>A reflection tag</source>
        <translation>Une étiquette de réflexion</translation>
    </message>
    <message>
        <source>A prompt</source>
        <translation>Une piste de réflexion</translation>
    </message>
    <message>
        <source>An agenda template</source>
        <translation>Un modèle d&apos;ordre du jour</translation>
    </message>
</context>
<context>
    <name>ExchangeDialog</name>
    <message>
        <source>Progress</source>
        <translation>Progrès</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
</context>
<context>
    <name>ExchangeMenu</name>
    <message>
        <source>&amp;Open a pack…</source>
        <translation>&amp;Ouvrir un paquet d&apos;échange…</translation>
    </message>
    <message>
        <source>Mer&amp;ge another copy…</source>
        <translation>Fusionner une autre &amp;copie…</translation>
    </message>
    <message>
        <source>S&amp;hare with the other person…</source>
        <translation>Parta&amp;ger avec l&apos;autre personne…</translation>
    </message>
    <message>
        <source>S&amp;hare with {0}…</source>
        <translation>Parta&amp;ger avec {0}…</translation>
    </message>
    <message numerus="yes">
        <source>Resolve %n di&amp;fference(s)…</source>
        <translation>
            <numerusform>Résoudre %n &amp;divergence…</numerusform>
            <numerusform>Résoudre %n &amp;divergences…</numerusform>
        </translation>
    </message>
    <message>
        <source>Resolve di&amp;fferences…</source>
        <translation>Résoudre les &amp;divergences…</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s) from an exchange wait for your choice: Relationship &gt; Resolve differences.</source>
        <translation>
            <numerusform>%n divergence issue d&apos;un échange attend votre choix&#xa0;: Relation &gt; Résoudre les divergences.</numerusform>
            <numerusform>%n divergences issues d&apos;un échange attendent votre choix&#xa0;: Relation &gt; Résoudre les divergences.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export the vault</source>
        <translation>Exporter le coffre</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>&amp;JSON (can be imported again)</source>
        <translation>&amp;JSON (réimportable)</translation>
    </message>
    <message>
        <source>&amp;Markdown (to read)</source>
        <translation>&amp;Markdown (à lire)</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Shared parts only</source>
        <translation>Parties partagées &amp;uniquement</translation>
    </message>
    <message>
        <source>Every&amp;thing, including private notes and the journal</source>
        <translation>&amp;Tout, y compris les notes privées et le journal</translation>
    </message>
    <message>
        <source>What:</source>
        <translation>Contenu&#xa0;:</translation>
    </message>
    <message>
        <source>Export file</source>
        <translation>Fichier d&apos;export</translation>
    </message>
    <message>
        <source>Export &amp;file:</source>
        <translation>&amp;Fichier d&apos;export&#xa0;:</translation>
    </message>
    <message>
        <source>The exported file is NOT encrypted: anyone who can open it can read everything in it, including your private notes and journal. Keep it somewhere safe and delete it when you no longer need it.</source>
        <translation>Le fichier exporté n&apos;est PAS chiffré&#xa0;: toute personne qui peut l&apos;ouvrir peut lire tout son contenu, y compris vos notes privées et votre journal. Conservez-le en lieu sûr et supprimez-le dès que vous n&apos;en avez plus besoin.</translation>
    </message>
    <message>
        <source>The exported file is NOT encrypted: anyone who can open it can read it. Keep it somewhere safe and delete it when you no longer need it.</source>
        <translation>Le fichier exporté n&apos;est PAS chiffré&#xa0;: toute personne qui peut l&apos;ouvrir peut le lire. Conservez-le en lieu sûr et supprimez-le dès que vous n&apos;en avez plus besoin.</translation>
    </message>
    <message>
        <source>Choose an existing folder for the export file.</source>
        <translation>Choisissez un dossier existant pour le fichier d&apos;export.</translation>
    </message>
    <message>
        <source>That is the vault itself; choose another file.</source>
        <translation>C&apos;est le coffre lui-même&#xa0;; choisissez un autre fichier.</translation>
    </message>
    <message>
        <source>Exported {0} rows to {1}.</source>
        <translation>{0} lignes exportées vers {1}.</translation>
    </message>
    <message>
        <source>Remember: this file is NOT encrypted.</source>
        <translation>Rappel&#xa0;: ce fichier n&apos;est PAS chiffré.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Only reflections with this tag</source>
        <translation>Seulement les réflexions avec cette étiquette</translation>
    </message>
    <message>
        <source>any tag</source>
        <translation>toute étiquette</translation>
    </message>
    <message>
        <source>Clear the tag filter</source>
        <translation>Effacer le filtre d&apos;étiquette</translation>
    </message>
    <message>
        <source>Only reflections linked to</source>
        <translation>Seulement les réflexions liées à</translation>
    </message>
    <message>
        <source>Anything or nothing</source>
        <translation>Indifférent (avec ou sans lien)</translation>
    </message>
    <message>
        <source>Meeting {0}</source>
        <translation>Rencontre {0}</translation>
    </message>
    <message>
        <source>Goal: {0}</source>
        <translation>Objectif&#xa0;: {0}</translation>
    </message>
    <message>
        <source>&amp;Between</source>
        <translation>&amp;Entre le</translation>
    </message>
    <message>
        <source>Only reflections written between two days</source>
        <translation>Seulement les réflexions écrites entre deux dates</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <source>Ta&amp;g:</source>
        <translation>Étiq&amp;uette&#xa0;:</translation>
    </message>
    <message>
        <source>Lin&amp;ked:</source>
        <translation>&amp;Liée à&#xa0;:</translation>
    </message>
    <message>
        <source>and</source>
        <translation>et le</translation>
    </message>
</context>
<context>
    <name>GoalEditor</name>
    <message>
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Goal title</source>
        <translation>Titre de l&apos;objectif</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>Whose goal</source>
        <translation>Titulaire de l&apos;objectif</translation>
    </message>
    <message>
        <source>the leader</source>
        <translation>le dirigeant</translation>
    </message>
    <message>
        <source>the mentor</source>
        <translation>le mentor</translation>
    </message>
    <message>
        <source>The leader&apos;s goal ({0})</source>
        <translation>Objectif du dirigeant ({0})</translation>
    </message>
    <message>
        <source>The mentor&apos;s own goal ({0})</source>
        <translation>Objectif propre du mentor ({0})</translation>
    </message>
    <message>
        <source>Wh&amp;ose:</source>
        <translation>Pour &amp;qui&#xa0;:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposé</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Atteint</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Abandonné</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut&#xa0;:</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Progress in percent</source>
        <translation>Progrès en pourcentage</translation>
    </message>
    <message>
        <source>What moved the progress</source>
        <translation>Ce qui a fait progresser</translation>
    </message>
    <message>
        <source>What moved it (optional, kept in the history)</source>
        <translation>Ce qui l&apos;a fait évoluer (facultatif, conservé dans l&apos;historique)</translation>
    </message>
    <message>
        <source>&amp;Progress:</source>
        <translation>&amp;Progrès&#xa0;:</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Pourquoi c&apos;est important</translation>
    </message>
    <message>
        <source>Wh&amp;y it matters:</source>
        <translation>Po&amp;urquoi c&apos;est important&#xa0;:</translation>
    </message>
    <message>
        <source>How success will show</source>
        <translation>Comment la réussite se verra</translation>
    </message>
    <message>
        <source>How su&amp;ccess will show:</source>
        <translation>Comment la réussite se &amp;verra&#xa0;:</translation>
    </message>
    <message>
        <source>Save &amp;goal</source>
        <translation>Enre&amp;gistrer l&apos;objectif</translation>
    </message>
    <message>
        <source>Save this goal (Ctrl+S); undo with Ctrl+Z</source>
        <translation>Enregistrer cet objectif (Ctrl+S)&#xa0;; annuler avec Ctrl+Z</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revenir</translation>
    </message>
    <message>
        <source>Go back to the saved goal</source>
        <translation>Revenir à l&apos;objectif enregistré</translation>
    </message>
    <message>
        <source>History and links</source>
        <translation>Historique et liens</translation>
    </message>
    <message>
        <source>Progress history</source>
        <translation>Historique des progrès</translation>
    </message>
    <message>
        <source>Progress history:</source>
        <translation>Historique des progrès&#xa0;:</translation>
    </message>
    <message>
        <source>Linked actions</source>
        <translation>Actions liées</translation>
    </message>
    <message>
        <source>Li&amp;nked actions:</source>
        <translation>Actio&amp;ns liées&#xa0;:</translation>
    </message>
    <message>
        <source>Linked meetings</source>
        <translation>Rencontres liées</translation>
    </message>
    <message>
        <source>Linked &amp;meetings:</source>
        <translation>Ren&amp;contres liées&#xa0;:</translation>
    </message>
    <message>
        <source>Private reflections linked here</source>
        <translation>Réflexions privées liées ici</translation>
    </message>
    <message>
        <source>Reflections linked here (private):</source>
        <translation>Réflexions liées ici (privées)&#xa0;:</translation>
    </message>
    <message>
        <source>{0}: {1} %{2}</source>
        <translation>{0}&#xa0;: {1} %{2}</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouverte</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>abandonnée</translation>
    </message>
    <message>
        <source>{0}, {1}</source>
        <translation>{0}, {1}</translation>
    </message>
    <message>
        <source>No action is linked to this goal yet.</source>
        <translation>Aucune action n&apos;est encore liée à cet objectif.</translation>
    </message>
    <message>
        <source>No meeting is linked through an action yet.</source>
        <translation>Aucune rencontre n&apos;est encore liée via une action.</translation>
    </message>
    <message numerus="yes">
        <source>%n reflection(s)</source>
        <translation>
            <numerusform>%n réflexion</numerusform>
            <numerusform>%n réflexions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GoalsTableModel</name>
    <message>
        <source>Proposed</source>
        <translation>Proposé</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Atteint</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Abandonné</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Dirigeant</translation>
    </message>
    <message>
        <source>Mentor (own goal)</source>
        <translation>Mentor (objectif propre)</translation>
    </message>
    <message>
        <source>{0} (archived)</source>
        <translation>{0} (archivé)</translation>
    </message>
    <message>
        <source>{0} %</source>
        <translation>{0} %</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Whose</source>
        <translation>Titulaire</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progrès</translation>
    </message>
</context>
<context>
    <name>GoalsView</name>
    <message>
        <source>Goals</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Drag a goal, or press Alt+Up / Alt+Down, to change the order</source>
        <translation>Faites glisser un objectif, ou appuyez sur Alt+Haut / Alt+Bas, pour changer l&apos;ordre</translation>
    </message>
    <message>
        <source>No goals yet</source>
        <translation>Aucun objectif pour l&apos;instant</translation>
    </message>
    <message>
        <source>A goal names one thing you want to do differently by the review: small enough that you can both see progress at each check-in.</source>
        <translation>Un objectif nomme une chose que vous voulez faire autrement d&apos;ici le bilan&#xa0;: assez modeste pour que vous voyiez tous deux des progrès à chaque point d&apos;étape.</translation>
    </message>
    <message>
        <source>Add a first goal</source>
        <translation>Ajouter un premier objectif</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>But</translation>
    </message>
    <message>
        <source>&amp;Edit purpose and focus areas…</source>
        <translation>&amp;Modifier le but et les thèmes…</translation>
    </message>
    <message>
        <source>Opens the relationship&apos;s settings (Ctrl+E)</source>
        <translation>Ouvre les préférences de la relation (Ctrl+E)</translation>
    </message>
    <message>
        <source>No purpose written yet: say why you are doing this.</source>
        <translation>Aucun but rédigé pour l&apos;instant&#xa0;: dites pourquoi vous faites cela.</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>aucun pour l&apos;instant</translation>
    </message>
    <message>
        <source>Focus areas: {0}</source>
        <translation>Thèmes&#xa0;: {0}</translation>
    </message>
    <message>
        <source>&amp;Add goal</source>
        <translation>&amp;Ajouter un objectif</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Monte&amp;r</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>Arch&amp;ive</source>
        <translation>Archiv&amp;er</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Afficher les archivés</translation>
    </message>
    <message>
        <source>Also list goals you archived</source>
        <translation>Lister aussi les objectifs archivés</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>Restore from arch&amp;ive</source>
        <translation>Restaurer depuis l&apos;arch&amp;ive</translation>
    </message>
    <message>
        <source>New goal</source>
        <translation>Nouvel objectif</translation>
    </message>
    <message>
        <source>Add goal</source>
        <translation>Ajouter un objectif</translation>
    </message>
    <message>
        <source>Edit goal</source>
        <translation>Modifier l&apos;objectif</translation>
    </message>
    <message>
        <source>Move goal</source>
        <translation>Déplacer l&apos;objectif</translation>
    </message>
    <message>
        <source>Restore goal</source>
        <translation>Restaurer l&apos;objectif</translation>
    </message>
    <message>
        <source>Archive goal</source>
        <translation>Archiver l&apos;objectif</translation>
    </message>
    <message>
        <source>Give the goal a title; your other changes are still here.</source>
        <translation>Donnez un titre à l&apos;objectif&#xa0;; vos autres modifications sont conservées.</translation>
    </message>
    <message>
        <source>This could not be saved: {0}</source>
        <translation>Impossible d&apos;enregistrer&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <source>The sections</source>
        <translation>Les sections</translation>
    </message>
    <message>
        <source>Each relationship in the list on the left has the same sections.</source>
        <translation>Chaque relation de la liste de gauche comporte les mêmes sections.</translation>
    </message>
    <message>
        <source>where you stand on the seven steps, the one thing to do next, the next meeting and the open actions.</source>
        <translation>où vous en êtes dans les sept étapes, la prochaine chose à faire, la prochaine rencontre et les actions en cours.</translation>
    </message>
    <message>
        <source>what you want to learn and why, how you will know it worked, and how far you have come. The mentor&apos;s own goals sit beside the leader&apos;s.</source>
        <translation>ce que vous voulez apprendre et pourquoi, comment vous saurez que cela a fonctionné, et le chemin parcouru. Les objectifs propres du mentor figurent à côté de ceux du dirigeant.</translation>
    </message>
    <message>
        <source>the confidentiality agreement. Each of you confirms it by typing your name; a changed text is a new version that needs both confirmations again. Compare the short fingerprint with the other person&apos;s copy.</source>
        <translation>l&apos;accord de confidentialité. Chacun de vous le confirme en saisissant son nom&#xa0;; un texte modifié constitue une nouvelle version, qui doit de nouveau être confirmée par vous deux. Comparez l&apos;empreinte courte avec l&apos;exemplaire de l&apos;autre personne.</translation>
    </message>
    <message>
        <source>the schedule from your rhythm, agendas either of you can add to, and a live session with a timer for the shared screen.</source>
        <translation>le calendrier établi selon votre rythme, des ordres du jour que chacun de vous peut compléter, et une séance en direct avec minuteur pour l&apos;écran partagé.</translation>
    </message>
    <message>
        <source>what you will try, where you tried it and what changed, ending in a thank-you to the mentor and a letter they can keep.</source>
        <translation>ce que vous allez essayer, où vous l&apos;avez essayé et ce qui a changé, avec pour finir un remerciement au mentor et une lettre qu&apos;il pourra conserver.</translation>
    </message>
    <message>
        <source>check-ins every few meetings, rated by both of you, with charts and a table of the same numbers.</source>
        <translation>des points d&apos;étape réguliers au fil des rencontres, notés par vous deux, avec des graphiques et un tableau reprenant les mêmes chiffres.</translation>
    </message>
    <message>
        <source>your own journal, with prompts and search. Nobody else sees it, and it is never shown in shared-screen mode.</source>
        <translation>votre journal personnel, avec pistes de réflexion et recherche. Personne d&apos;autre ne le voit, et il n&apos;est jamais affiché en mode écran partagé.</translation>
    </message>
    <message>
        <source>What rmdesk is for</source>
        <translation>À quoi sert rmdesk</translation>
    </message>
    <message>
        <source>rmdesk keeps one reverse-mentoring relationship, or several, in a single encrypted file on this computer: why you meet, what you agreed, your meetings, what you tried and what you learned. Nothing is sent anywhere.</source>
        <translation>rmdesk conserve une ou plusieurs relations de mentorat inversé dans un seul fichier chiffré sur cet ordinateur&#xa0;: pourquoi vous vous rencontrez, ce que vous avez convenu, vos rencontres, ce que vous avez essayé et ce que vous avez appris. Rien n&apos;est envoyé nulle part.</translation>
    </message>
    <message>
        <source>To set up a relationship step by step, choose Relationship → Guided setup. You can leave the guided setup at any point; what you entered is kept, and every step can be changed later.</source>
        <translation>Pour configurer une relation étape par étape, choisissez Relation → Configuration guidée. Vous pouvez quitter la configuration guidée à tout moment&#xa0;; ce que vous avez saisi est conservé, et chaque étape peut être modifiée par la suite.</translation>
    </message>
    <message>
        <source>Shared-screen mode and the panic key</source>
        <translation>Mode écran partagé et touche panique</translation>
    </message>
    <message>
        <source>When you and your mentor look at one screen, in a video call or in the same room, turn on shared-screen mode (View → Shared-screen mode, Ctrl+Shift+S). F12 turns it on at once and asks nothing.</source>
        <translation>Lorsque votre mentor et vous regardez le même écran, en visioconférence ou dans la même pièce, activez le mode écran partagé (Affichage → Mode écran partagé, Ctrl+Maj+S). F12 l&apos;active immédiatement, sans rien demander.</translation>
    </message>
    <message>
        <source>In this mode rmdesk does not load anything private: not your reflections, not the private notes on a meeting, not the list of mentor candidates you considered, not the private parts of actions and check-ins. They are not hidden or blurred; they are simply not read from the file. Any dialog that is open closes first.</source>
        <translation>Dans ce mode, rmdesk ne charge rien de privé&#xa0;: ni vos réflexions, ni les notes privées d&apos;une rencontre, ni la liste des candidats mentors que vous avez envisagés, ni les parties privées des actions et des points d&apos;étape. Ces contenus ne sont ni masqués ni floutés&#xa0;: ils ne sont tout simplement pas lus dans le fichier. Toute boîte de dialogue ouverte est d&apos;abord fermée.</translation>
    </message>
    <message>
        <source>Leaving shared-screen mode asks for the passphrase, so nobody else at the screen can bring private content back.</source>
        <translation>Pour quitter le mode écran partagé, il faut saisir la phrase secrète&#xa0;: ainsi, personne d&apos;autre devant l&apos;écran ne peut faire réapparaître le contenu privé.</translation>
    </message>
    <message>
        <source>What is protected</source>
        <translation>Ce qui est protégé</translation>
    </message>
    <message>
        <source>Everything is in one file encrypted with your passphrase. The passphrase is never stored, so it cannot be recovered if you forget it.</source>
        <translation>Tout se trouve dans un seul fichier chiffré avec votre phrase secrète. La phrase secrète n&apos;est jamais enregistrée&#xa0;: si vous l&apos;oubliez, elle ne peut pas être récupérée.</translation>
    </message>
    <message>
        <source>Ctrl+L locks rmdesk at once. It also locks itself after some minutes without activity (Vault → Lock when idle) and when the computer locks or goes to sleep, where the desktop reports it. Locking saves what you typed, closes the file, empties the window and removes from the clipboard anything you copied out of rmdesk.</source>
        <translation>Ctrl+L verrouille rmdesk immédiatement. rmdesk se verrouille aussi de lui-même après quelques minutes d&apos;inactivité (Coffre → Verrouiller en cas d&apos;inactivité) et lorsque l&apos;ordinateur se verrouille ou se met en veille, si l&apos;environnement de bureau le signale. Le verrouillage enregistre ce que vous avez saisi, ferme le fichier, vide la fenêtre et retire du presse-papiers tout ce que vous avez copié depuis rmdesk.</translation>
    </message>
    <message>
        <source>If an older copy of the vault file is put in place of the current one, rmdesk says so when you unlock.</source>
        <translation>Si une copie plus ancienne du fichier du coffre remplace la copie actuelle, rmdesk vous le signale au déverrouillage.</translation>
    </message>
    <message>
        <source>Nothing about your content is written to the settings file or the log, and rmdesk never uses the network.</source>
        <translation>Rien de votre contenu n&apos;est écrit dans le fichier de préférences ni dans le journal d&apos;événements, et rmdesk n&apos;utilise jamais le réseau.</translation>
    </message>
    <message>
        <source>What is not protected</source>
        <translation>Ce qui n&apos;est pas protégé</translation>
    </message>
    <message>
        <source>A program running as you while rmdesk is unlocked.</source>
        <translation>Un programme exécuté sous votre compte pendant que rmdesk est déverrouillé.</translation>
    </message>
    <message>
        <source>An administrator of this computer.</source>
        <translation>Un administrateur de cet ordinateur.</translation>
    </message>
    <message>
        <source>A camera or a person looking at your screen.</source>
        <translation>Une caméra ou une personne qui regarde votre écran.</translation>
    </message>
    <message>
        <source>Exports you save as PDF, Markdown, JSON or calendar files: they are not encrypted, and rmdesk says so each time.</source>
        <translation>Les exports que vous enregistrez en PDF, Markdown, JSON ou fichier de calendrier&#xa0;: ils ne sont pas chiffrés, et rmdesk le rappelle à chaque fois.</translation>
    </message>
    <message>
        <source>A whole data folder put back from an older backup: rmdesk notices an older vault file on its own, not a complete older folder.</source>
        <translation>Un dossier de données entier restauré depuis une ancienne sauvegarde&#xa0;: rmdesk repère de lui-même un fichier de coffre plus ancien, mais pas un dossier complet plus ancien.</translation>
    </message>
    <message>
        <source>Sharing your whole desktop on Linux outside shared-screen mode: turn the mode on before a call.</source>
        <translation>Le partage de tout votre bureau sous Linux en dehors du mode écran partagé&#xa0;: activez le mode avant un appel.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>A backup is an encrypted copy of the vault that opens with the same passphrase. rmdesk checks every copy before it counts, and restoring one checks it first and keeps the current vault as a copy in case you change your mind.</source>
        <translation>Une sauvegarde est une copie chiffrée du coffre, qui s&apos;ouvre avec la même phrase secrète. rmdesk vérifie chaque copie avant de la considérer comme sauvegarde&#xa0;; la restauration vérifie d&apos;abord la sauvegarde et conserve le coffre actuel sous forme de copie, au cas où vous changeriez d&apos;avis.</translation>
    </message>
    <message>
        <source>The Vault menu backs up now, restores a backup (after showing what it holds), changes the passphrase, checks the vault, exports and imports. With automatic backups on (Vault → Preferences), rmdesk writes one when it locks or quits after a session with changes, keeping by default the newest ten and one a week for eight weeks.</source>
        <translation>Le menu Coffre permet de sauvegarder immédiatement, de restaurer une sauvegarde (après en avoir montré le contenu), de changer la phrase secrète, de vérifier le coffre, d&apos;exporter et d&apos;importer. Si les sauvegardes automatiques sont activées (Coffre → Préférences), rmdesk en crée une lorsqu&apos;il se verrouille ou se ferme après une session comportant des modifications&#xa0;; par défaut, il conserve les dix plus récentes et une par semaine pendant huit semaines.</translation>
    </message>
    <message>
        <source>The same works from a terminal, also while the app is closed and from a scheduled task:</source>
        <translation>Les mêmes opérations sont possibles depuis un terminal, y compris lorsque l&apos;application est fermée, et depuis une tâche planifiée&#xa0;:</translation>
    </message>
    <message>
        <source>one copy, into that file</source>
        <translation>une copie, dans ce fichier</translation>
    </message>
    <message>
        <source>a dated copy in that folder, keeping the newest 14</source>
        <translation>une copie datée dans ce dossier, en conservant les 14 plus récentes</translation>
    </message>
    <message>
        <source>put a copy back</source>
        <translation>restaurer une copie</translation>
    </message>
    <message>
        <source>Keys and help</source>
        <translation>Touches et aide</translation>
    </message>
    <message>
        <source>F1 opens this guide. Help → Keyboard shortcuts lists every key rmdesk knows. Help → About rmdesk shows the version and where your data folder is.</source>
        <translation>F1 ouvre ce guide. Aide → Raccourcis clavier liste toutes les touches que rmdesk reconnaît. Aide → À propos de rmdesk indique la version et l&apos;emplacement de votre dossier de données.</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>rmdesk guide</source>
        <translation>Guide de rmdesk</translation>
    </message>
    <message>
        <source>How rmdesk works: its sections, shared-screen mode, protection, backups</source>
        <translation>Fonctionnement de rmdesk&#xa0;: sections, mode écran partagé, protection, sauvegardes</translation>
    </message>
</context>
<context>
    <name>GuidedStart</name>
    <message>
        <source>Guided setup</source>
        <translation>Configuration guidée</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Premiers pas</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Terminer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>S&amp;kip this step</source>
        <translation>&amp;Ignorer cette étape</translation>
    </message>
    <message>
        <source>Go on without saving this step; change it later</source>
        <translation>Continuer sans enregistrer cette étape&#xa0;; modifiable plus tard</translation>
    </message>
    <message>
        <source>Close the guide; what you entered is kept</source>
        <translation>Fermer la configuration&#xa0;; ce que vous avez saisi est conservé</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Guide</translation>
    </message>
    <message>
        <source>Please check this: {0}</source>
        <translation>Veuillez vérifier ceci&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Guided setup…</source>
        <translation>Configuration g&amp;uidée…</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Guide</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Raccourcis c&amp;lavier</translation>
    </message>
    <message>
        <source>&amp;About rmdesk</source>
        <translation>À propos de rmdes&amp;k</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import a JSON export</source>
        <translation>Importer un export JSON</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Adds the relationships of an rmdesk JSON export beside what the vault holds. The whole file is checked first and imported in one step: all or nothing. rmdesk checks beforehand that this computer has the memory the file needs.</source>
        <translation>Ajoute les relations d&apos;un export JSON de rmdesk à ce que contient déjà le coffre. Le fichier entier est d&apos;abord vérifié, puis importé en une seule étape&#xa0;: tout ou rien. rmdesk vérifie au préalable que cet ordinateur dispose de la mémoire nécessaire pour ce fichier.</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Fichier à importer</translation>
    </message>
    <message>
        <source>JSON exports (*.json)</source>
        <translation>Exports JSON (*.json)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Choose the file to import.</source>
        <translation>Choisissez le fichier à importer.</translation>
    </message>
    <message>
        <source>Imported {0} rows; relationships added: {1}.</source>
        <translation>{0} lignes importées&#xa0;; relations ajoutées&#xa0;: {1}.</translation>
    </message>
</context>
<context>
    <name>JournalEmpty</name>
    <message>
        <source>No reflections yet</source>
        <translation>Aucune réflexion pour l&apos;instant</translation>
    </message>
    <message>
        <source>A reflection is a few lines for yourself: what you noticed, what surprised you, what you would do differently. A prompt gives you a question to start from.</source>
        <translation>Une réflexion, ce sont quelques lignes pour vous seul&#xa0;: ce que vous avez remarqué, ce qui vous a surpris, ce que vous feriez autrement. Une piste de réflexion vous donne une question pour commencer.</translation>
    </message>
    <message>
        <source>Start from a prompt…</source>
        <translation>Partir d&apos;une piste de réflexion…</translation>
    </message>
    <message>
        <source>No reflection matches these filters</source>
        <translation>Aucune réflexion ne correspond à ces filtres</translation>
    </message>
    <message>
        <source>The tag, link or dates above leave every reflection out. Clear them to see the whole journal again.</source>
        <translation>L&apos;étiquette, le lien ou les dates ci-dessus excluent toutes les réflexions. Effacez-les pour revoir tout le journal.</translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>Aucun résultat</translation>
    </message>
    <message>
        <source>Search finds whole words in your reflections; end a word with * to find the words that begin with it. The filters above still apply.</source>
        <translation>La recherche trouve des mots entiers dans vos réflexions&#xa0;; terminez un mot par * pour trouver les mots qui commencent ainsi. Les filtres ci-dessus s&apos;appliquent toujours.</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Effacer la recherche</translation>
    </message>
</context>
<context>
    <name>Journey</name>
    <message>
        <source>Define the purpose</source>
        <translation>Définir le but</translation>
    </message>
    <message>
        <source>Say why you are doing this and set at least one goal.</source>
        <translation>Dites pourquoi vous le faites et fixez au moins un objectif.</translation>
    </message>
    <message>
        <source>Choose the right mentor</source>
        <translation>Choisir le bon mentor</translation>
    </message>
    <message>
        <source>Pick someone whose knowledge matches your focus areas.</source>
        <translation>Choisissez une personne dont les connaissances correspondent à vos thèmes.</translation>
    </message>
    <message>
        <source>Agree how you will work</source>
        <translation>Convenir de votre façon de travailler</translation>
    </message>
    <message>
        <source>Set the rhythm and both confirm the confidentiality agreement.</source>
        <translation>Fixez le rythme et confirmez tous les deux l&apos;accord de confidentialité.</translation>
    </message>
    <message>
        <source>Come to learn</source>
        <translation>Venir pour apprendre</translation>
    </message>
    <message>
        <source>Before a meeting, note what you want to learn and will not defend.</source>
        <translation>Avant une rencontre, notez ce que vous voulez apprendre et ne défendrez pas.</translation>
    </message>
    <message>
        <source>Talk openly</source>
        <translation>Parler ouvertement</translation>
    </message>
    <message>
        <source>Hold a meeting with an agenda you both added to.</source>
        <translation>Tenez une rencontre avec un ordre du jour que vous avez complété tous les deux.</translation>
    </message>
    <message>
        <source>Apply and acknowledge</source>
        <translation>Appliquer et reconnaître</translation>
    </message>
    <message>
        <source>Try what you learned and tell your mentor what it changed.</source>
        <translation>Essayez ce que vous avez appris et dites à votre mentor ce que cela a changé.</translation>
    </message>
    <message>
        <source>Measure and reflect</source>
        <translation>Mesurer et réfléchir</translation>
    </message>
    <message>
        <source>Check in together on how it is going for both of you.</source>
        <translation>Faites ensemble le point sur la façon dont cela se passe pour vous deux.</translation>
    </message>
    <message>
        <source>Understand the purpose</source>
        <translation>Comprendre le but</translation>
    </message>
    <message>
        <source>Know why the leader is doing this; set a goal of your own too.</source>
        <translation>Sachez pourquoi le dirigeant le fait&#xa0;; fixez-vous aussi un objectif.</translation>
    </message>
    <message>
        <source>Bring your expertise</source>
        <translation>Apporter votre expertise</translation>
    </message>
    <message>
        <source>Be clear about what you know that matches the focus areas.</source>
        <translation>Précisez ce que vous savez qui correspond aux thèmes.</translation>
    </message>
    <message>
        <source>Make it safe to be candid</source>
        <translation>Permettre la franchise</translation>
    </message>
    <message>
        <source>Before a meeting, note what you want to show or say plainly.</source>
        <translation>Avant une rencontre, notez ce que vous voulez montrer ou dire franchement.</translation>
    </message>
    <message>
        <source>See it applied</source>
        <translation>Voir l&apos;application</translation>
    </message>
    <message>
        <source>The leader tries what they learned and tells you what it changed.</source>
        <translation>Le dirigeant essaie ce qu&apos;il a appris et vous dit ce que cela a changé.</translation>
    </message>
</context>
<context>
    <name>LetterExport</name>
    <message>
        <source>Recognition letter</source>
        <translation>Lettre de reconnaissance</translation>
    </message>
    <message>
        <source>Dear {0},</source>
        <translation>Bonjour {0},</translation>
    </message>
    <message>
        <source>From {0} to {1} you mentored me. This letter records, in my own words, what your contributions changed.</source>
        <translation>Du {0} au {1}, vous avez été mon mentor. Cette lettre consigne, avec mes propres mots, ce que vos contributions ont changé.</translation>
    </message>
    <message>
        <source>What your contributions changed</source>
        <translation>Ce que vos contributions ont changé</translation>
    </message>
    <message>
        <source>What I put into practice</source>
        <translation>Ce que j&apos;ai mis en pratique</translation>
    </message>
    <message>
        <source>What I tried: {0}</source>
        <translation>Ce que j&apos;ai essayé&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Goal: {0}</source>
        <translation>Objectif&#xa0;: {0}</translation>
    </message>
    <message>
        <source>What changed: {0}</source>
        <translation>Ce qui a changé&#xa0;: {0}</translation>
    </message>
    <message>
        <source>In my own words</source>
        <translation>Avec mes propres mots</translation>
    </message>
    <message>
        <source>With thanks,</source>
        <translation>Avec mes remerciements,</translation>
    </message>
    <message>
        <source>No acknowledgements were recorded in this period.</source>
        <translation>Aucune reconnaissance n&apos;a été consignée sur cette période.</translation>
    </message>
    <message>
        <source>Written with rmdesk. Shared content only; nothing private is included.</source>
        <translation>Rédigé avec rmdesk. Contenu partagé uniquement&#xa0;; rien de privé n&apos;y figure.</translation>
    </message>
    <message>
        <source>the leader</source>
        <translation>le dirigeant</translation>
    </message>
    <message>
        <source>Recognition letter for {0}</source>
        <translation>Lettre de reconnaissance pour {0}</translation>
    </message>
    <message>
        <source>The letter could not be written: {0}</source>
        <translation>La lettre n&apos;a pas pu être créée&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>LiveSessionView</name>
    <message>
        <source>Time left for this item</source>
        <translation>Temps restant pour ce point</translation>
    </message>
    <message>
        <source>Shared &amp;notes (Ctrl+Shift+N adds a note):</source>
        <translation>&amp;Notes partagées (Ctrl+Maj+N ajoute une note)&#xa0;:</translation>
    </message>
    <message>
        <source>Shared notes on this item</source>
        <translation>Notes partagées sur ce point</translation>
    </message>
    <message>
        <source>What we &amp;concluded:</source>
        <translation>&amp;Conclusions&#xa0;:</translation>
    </message>
    <message>
        <source>What we concluded on this item</source>
        <translation>Conclusions sur ce point</translation>
    </message>
    <message>
        <source>← Previous item</source>
        <translation>← Point précédent</translation>
    </message>
    <message>
        <source>Previous item</source>
        <translation>Point précédent</translation>
    </message>
    <message>
        <source>Next item →</source>
        <translation>Point suivant →</translation>
    </message>
    <message>
        <source>Next item</source>
        <translation>Point suivant</translation>
    </message>
    <message>
        <source>&amp;Back to the agenda</source>
        <translation>&amp;Retour à l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>Back to the agenda</source>
        <translation>Retour à l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>&amp;End session</source>
        <translation>&amp;Terminer la séance</translation>
    </message>
    <message>
        <source>End session and mark the meeting held</source>
        <translation>Terminer la séance et marquer la rencontre comme tenue</translation>
    </message>
    <message>
        <source>Item done</source>
        <translation>Point traité</translation>
    </message>
    <message>
        <source>Keys: {0}</source>
        <translation>Touches&#xa0;: {0}</translation>
    </message>
    <message>
        <source>No agenda items yet</source>
        <translation>Aucun point à l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>Raise a question or a topic on the right.</source>
        <translation>Posez une question ou proposez un sujet à droite.</translation>
    </message>
    <message>
        <source>Item {0} of {1}</source>
        <translation>Point {0} sur {1}</translation>
    </message>
    <message>
        <source>{0} · brought by {1} · {2} min</source>
        <translation>{0} · proposé par {1} · {2} min</translation>
    </message>
    <message>
        <source>✓ Done (Ctrl+D)</source>
        <translation>✓ Traité (Ctrl+D)</translation>
    </message>
    <message>
        <source>Mark done (Ctrl+D)</source>
        <translation>Marquer comme traité (Ctrl+D)</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Marquer comme traité</translation>
    </message>
    <message>
        <source>Start timer (Ctrl+T)</source>
        <translation>Démarrer le minuteur (Ctrl+T)</translation>
    </message>
    <message>
        <source>Start timer</source>
        <translation>Démarrer le minuteur</translation>
    </message>
    <message>
        <source>Over time by {0}</source>
        <translation>Dépassement&#xa0;: {0}</translation>
    </message>
    <message>
        <source>{0} left</source>
        <translation>Reste {0}</translation>
    </message>
    <message>
        <source>{0} (paused)</source>
        <translation>{0} (en pause)</translation>
    </message>
    <message>
        <source>Pause timer</source>
        <translation>Suspendre le minuteur</translation>
    </message>
    <message>
        <source>{0} (Ctrl+T)</source>
        <translation>{0} (Ctrl+T)</translation>
    </message>
</context>
<context>
    <name>LiveSidePanel</name>
    <message>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <source>Agenda items; the current one is marked</source>
        <translation>Points de l&apos;ordre du jour&#xa0;; le point en cours est marqué</translation>
    </message>
    <message>
        <source>Questions raised and assumptions challenged</source>
        <translation>Questions posées et hypothèses remises en question</translation>
    </message>
    <message>
        <source>Questions raised</source>
        <translation>Questions posées</translation>
    </message>
    <message>
        <source>Assumptions challenged</source>
        <translation>Hypothèses remises en question</translation>
    </message>
    <message>
        <source>Questions:</source>
        <translation>Questions&#xa0;:</translation>
    </message>
    <message>
        <source>Assumptions:</source>
        <translation>Hypothèses&#xa0;:</translation>
    </message>
    <message>
        <source>Kind of item to raise</source>
        <translation>Type d&apos;élément à proposer</translation>
    </message>
    <message>
        <source>Question or assumption to add</source>
        <translation>Question ou hypothèse à ajouter</translation>
    </message>
    <message>
        <source>Type, then Enter</source>
        <translation>Saisissez, puis Entrée</translation>
    </message>
    <message>
        <source>Raised by</source>
        <translation>Proposé par</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add the question or assumption</source>
        <translation>Ajouter la question ou l&apos;hypothèse</translation>
    </message>
    <message>
        <source>Actions agreed</source>
        <translation>Actions convenues</translation>
    </message>
    <message>
        <source>Actions agreed in this meeting</source>
        <translation>Actions convenues lors de cette rencontre</translation>
    </message>
    <message>
        <source>What will be done</source>
        <translation>Ce qui sera fait</translation>
    </message>
    <message>
        <source>What will be tried or done, then Enter</source>
        <translation>Ce qui sera essayé ou fait, puis Entrée</translation>
    </message>
    <message>
        <source>Who does it</source>
        <translation>Qui s&apos;en charge</translation>
    </message>
    <message>
        <source>By:</source>
        <translation>Échéance&#xa0;:</translation>
    </message>
    <message>
        <source>Has a due date</source>
        <translation>A une échéance</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Ajouter une action</translation>
    </message>
    <message>
        <source>Add the action</source>
        <translation>Ajouter l&apos;action</translation>
    </message>
    <message>
        <source>, by {0}</source>
        <translation>, échéance {0}</translation>
    </message>
    <message>
        <source>Type the question or assumption first.</source>
        <translation>Saisissez d&apos;abord la question ou l&apos;hypothèse.</translation>
    </message>
    <message>
        <source>Say what will be done first.</source>
        <translation>Indiquez d&apos;abord ce qui sera fait.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Lock</source>
        <translation>Verr&amp;ouiller</translation>
    </message>
    <message>
        <source>Lock the vault now (Ctrl+L)</source>
        <translation>Verrouiller le coffre maintenant (Ctrl+L)</translation>
    </message>
    <message>
        <source>&amp;Shared-screen mode</source>
        <translation>Mo&amp;de écran partagé</translation>
    </message>
    <message>
        <source>Show only what both of you may see (Ctrl+Shift+S; F12 enters at once)</source>
        <translation>N&apos;afficher que ce que vous pouvez voir tous les deux (Ctrl+Maj+S&#xa0;; F12 l&apos;active immédiatement)</translation>
    </message>
    <message>
        <source>Enter shared-screen mode &amp;now</source>
        <translation>Pass&amp;er en écran partagé immédiatement</translation>
    </message>
    <message>
        <source>Lock when &amp;idle…</source>
        <translation>Verrouiller en cas d&apos;&amp;inactivité…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Vault</source>
        <translation>Co&amp;ffre</translation>
    </message>
    <message>
        <source>&amp;Relationship</source>
        <translation>Relati&amp;on</translation>
    </message>
    <message>
        <source>Vie&amp;w</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>Demo (passphrase: {0})</source>
        <translation>Démo (phrase secrète&#xa0;: {0})</translation>
    </message>
    <message>
        <source>Shared screen</source>
        <translation>Écran partagé</translation>
    </message>
    <message>
        <source>This is the demo: its passphrase is “{0}”.</source>
        <translation>Ceci est la démo&#xa0;: sa phrase secrète est «&#xa0;{0}&#xa0;».</translation>
    </message>
    <message>
        <source>Locked: the older copy was not opened.</source>
        <translation>Verrouillé&#xa0;: l&apos;ancienne copie n&apos;a pas été ouverte.</translation>
    </message>
    <message>
        <source>Shared-screen mode: private reflections and notes are not loaded. Leaving asks for the passphrase (Ctrl+Shift+S).</source>
        <translation>Mode écran partagé&#xa0;: les réflexions et notes privées ne sont pas chargées. Pour en sortir, la phrase secrète est demandée (Ctrl+Maj+S).</translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n minute(s) without activity.</source>
        <translation>
            <numerusform>Verrouillé après %n minute d&apos;inactivité.</numerusform>
            <numerusform>Verrouillé après %n minutes d&apos;inactivité.</numerusform>
        </translation>
    </message>
    <message>
        <source>Locked with the computer.</source>
        <translation>Verrouillé avec l&apos;ordinateur.</translation>
    </message>
    <message>
        <source>Locked.</source>
        <translation>Verrouillé.</translation>
    </message>
    <message>
        <source>Your last change could not be saved before locking.</source>
        <translation>Votre dernière modification n&apos;a pas pu être enregistrée avant le verrouillage.</translation>
    </message>
    <message>
        <source>Type the passphrase to show private content again.</source>
        <translation>Saisissez la phrase secrète pour afficher à nouveau le contenu privé.</translation>
    </message>
    <message>
        <source>Lock when idle</source>
        <translation>Verrouiller en cas d&apos;inactivité</translation>
    </message>
    <message>
        <source>Lock after this many minutes without activity:</source>
        <translation>Verrouiller après ce nombre de minutes d&apos;inactivité&#xa0;:</translation>
    </message>
</context>
<context>
    <name>MarkdownExport</name>
    <message>
        <source>PRIVATE — your own notes, not shared</source>
        <translation>PRIVÉ — vos notes personnelles, non partagées</translation>
    </message>
    <message>
        <source>{0} UTC</source>
        <translation>{0} UTC</translation>
    </message>
    <message>
        <source>everything, including private notes and the journal</source>
        <translation>tout, y compris les notes privées et le journal</translation>
    </message>
    <message>
        <source>the shared parts only (no private notes, no journal)</source>
        <translation>uniquement les parties partagées (ni notes privées, ni journal)</translation>
    </message>
    <message>
        <source>This document holds {0}. It is **not encrypted**: keep it somewhere safe.</source>
        <translation>Ce document contient {0}. Il n’est **pas chiffré**&#xa0;: conservez-le en lieu sûr.</translation>
    </message>
    <message>
        <source>rmdesk export</source>
        <translation>Export rmdesk</translation>
    </message>
    <message>
        <source>No relationships yet.</source>
        <translation>Aucune relation pour l’instant.</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Moi</translation>
    </message>
    <message>
        <source>Status: {0}</source>
        <translation>Statut&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Cadence: {0}, {1} min</source>
        <translation>Rythme&#xa0;: {0}, {1} min</translation>
    </message>
    <message>
        <source>Started: {0}</source>
        <translation>Début&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Review: {0}</source>
        <translation>Bilan&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Focus areas: {0}</source>
        <translation>Thèmes&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Not written yet.</source>
        <translation>Pas encore rédigé.</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>But</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>No goals yet.</source>
        <translation>Aucun objectif pour l’instant.</translation>
    </message>
    <message>
        <source>, archived</source>
        <translation>, archivé</translation>
    </message>
    <message>
        <source>Owner: {0} · Status: {1}{2} · Progress: {3}%</source>
        <translation>Responsable&#xa0;: {0} · Statut&#xa0;: {1}{2} · Progrès&#xa0;: {3}&#xa0;%</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Pourquoi&#xa0;:</translation>
    </message>
    <message>
        <source>Success looks like:</source>
        <translation>Critère de réussite&#xa0;:</translation>
    </message>
    <message>
        <source>Progress log:</source>
        <translation>Historique des progrès&#xa0;:</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Accord</translation>
    </message>
    <message>
        <source>No agreement yet.</source>
        <translation>Pas encore d’accord.</translation>
    </message>
    <message>
        <source>Version {0} ({1})</source>
        <translation>Version {0} ({1})</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256): {0}</source>
        <translation>Empreinte (SHA-256)&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Confirmations:</source>
        <translation>Confirmations&#xa0;:</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>aucune pour l’instant</translation>
    </message>
    <message>
        <source>{0}: {1}, {2} (fingerprint matches this version)</source>
        <translation>{0}&#xa0;: {1}, {2} (l’empreinte correspond à cette version)</translation>
    </message>
    <message>
        <source>{0}: {1}, {2} (fingerprint DOES NOT match this version)</source>
        <translation>{0}&#xa0;: {1}, {2} (l’empreinte NE correspond PAS à cette version)</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Rencontres</translation>
    </message>
    <message>
        <source>No meetings yet.</source>
        <translation>Aucune rencontre pour l’instant.</translation>
    </message>
    <message>
        <source>, extra</source>
        <translation>, supplémentaire</translation>
    </message>
    <message>
        <source>{0} — {1}{2}, {3} min</source>
        <translation>{0} — {1}{2}, {3} min</translation>
    </message>
    <message>
        <source>Learning intent:</source>
        <translation>Intention d’apprentissage&#xa0;:</translation>
    </message>
    <message>
        <source>Agenda:</source>
        <translation>Ordre du jour&#xa0;:</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>Résumé&#xa0;:</translation>
    </message>
    <message>
        <source> (carried over)</source>
        <translation> (reporté)</translation>
    </message>
    <message>
        <source>{0}, {1}, {2} min</source>
        <translation>{0}, {1}, {2} min</translation>
    </message>
    <message>
        <source>Shared notes: {0}</source>
        <translation>Notes partagées&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Outcome: {0}</source>
        <translation>Résultat&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>No actions yet.</source>
        <translation>Aucune action pour l’instant.</translation>
    </message>
    <message>
        <source>, due {0}</source>
        <translation>, échéance le {0}</translation>
    </message>
    <message>
        <source> — for goal “{0}”</source>
        <translation> — pour l’objectif «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <source>Impact: {0}</source>
        <translation>Effet&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Acknowledgements</source>
        <translation>Reconnaissances</translation>
    </message>
    <message>
        <source> (about “{0}”)</source>
        <translation> (au sujet de «&#xa0;{0}&#xa0;»)</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Points d’étape</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>passée</translation>
    </message>
    <message>
        <source>{0}/5</source>
        <translation>{0}/5</translation>
    </message>
    <message>
        <source>no rating</source>
        <translation>pas de note</translation>
    </message>
    <message>
        <source> — **chosen**</source>
        <translation> — **choisi**</translation>
    </message>
    <message>
        <source>Mentor candidate {0}</source>
        <translation>Candidat mentor {0}</translation>
    </message>
    <message>
        <source>Meeting {0}:</source>
        <translation>Rencontre du {0}&#xa0;:</translation>
    </message>
    <message>
        <source>Action “{0}”: {1}</source>
        <translation>Action «&#xa0;{0}&#xa0;»&#xa0;: {1}</translation>
    </message>
    <message>
        <source>Check-in {0}: {1}</source>
        <translation>Point d’étape du {0}&#xa0;: {1}</translation>
    </message>
    <message>
        <source>No private notes.</source>
        <translation>Aucune note privée.</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>No reflections.</source>
        <translation>Aucune réflexion.</translation>
    </message>
    <message>
        <source>leader</source>
        <translation>dirigeant</translation>
    </message>
    <message>
        <source>mentor</source>
        <translation>mentor</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>chaque semaine</translation>
    </message>
    <message>
        <source>biweekly</source>
        <translation>toutes les deux semaines</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>chaque mois</translation>
    </message>
    <message>
        <source>topic</source>
        <translation>sujet</translation>
    </message>
    <message>
        <source>question</source>
        <translation>question</translation>
    </message>
    <message>
        <source>assumption</source>
        <translation>hypothèse</translation>
    </message>
</context>
<context>
    <name>MarkdownExportAction</name>
    <message>
        <source>open</source>
        <translation>ouverte</translation>
    </message>
    <message>
        <source>done</source>
        <translation>faite</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>abandonnée</translation>
    </message>
</context>
<context>
    <name>MarkdownExportGoal</name>
    <message>
        <source>proposed</source>
        <translation>proposé</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>achieved</source>
        <translation>atteint</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>abandonné</translation>
    </message>
</context>
<context>
    <name>MarkdownExportMeeting</name>
    <message>
        <source>planned</source>
        <translation>prévue</translation>
    </message>
    <message>
        <source>held</source>
        <translation>tenue</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
</context>
<context>
    <name>MarkdownExportRelationship</name>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>terminée</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Length in minutes</source>
        <translation>Durée en minutes</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Jour&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Heure&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Durée&#xa0;:</translation>
    </message>
</context>
<context>
    <name>MeetingSummaryExport</name>
    <message>
        <source>This summary holds the shared parts of the meeting only (no private notes). It is not encrypted: keep it somewhere safe.</source>
        <translation>Ce compte rendu ne contient que les parties partagées de la rencontre (aucune note privée). Il n’est pas chiffré&#xa0;: conservez-le en lieu sûr.</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Assumption to challenge</source>
        <translation>Hypothèse à remettre en question</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>prévue</translation>
    </message>
    <message>
        <source>held</source>
        <translation>tenue</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>{0} (leader)</source>
        <translation>{0} (dirigeant)</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Dirigeant</translation>
    </message>
    <message>
        <source>{0} (mentor)</source>
        <translation>{0} (mentor)</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>done</source>
        <translation>traité</translation>
    </message>
    <message>
        <source>not finished</source>
        <translation>non terminé</translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation>{0} min</translation>
    </message>
    <message>
        <source>Meeting summary — {0}</source>
        <translation>Compte rendu de la rencontre — {0}</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Quand&#xa0;:</translation>
    </message>
    <message>
        <source>Learning intent</source>
        <translation>Intention d’apprentissage</translation>
    </message>
    <message>
        <source>In a few words</source>
        <translation>En quelques mots</translation>
    </message>
    <message>
        <source>What we discussed</source>
        <translation>Ce dont nous avons parlé</translation>
    </message>
    <message>
        <source>No agenda items.</source>
        <translation>Aucun point à l’ordre du jour.</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes&#xa0;:</translation>
    </message>
    <message>
        <source>Concluded:</source>
        <translation>Conclusion&#xa0;:</translation>
    </message>
    <message>
        <source>Questions raised</source>
        <translation>Questions soulevées</translation>
    </message>
    <message>
        <source>Assumptions challenged</source>
        <translation>Hypothèses remises en question</translation>
    </message>
    <message>
        <source>Decisions and outcomes</source>
        <translation>Décisions et résultats</translation>
    </message>
    <message>
        <source>Actions agreed</source>
        <translation>Actions convenues</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Aucune.</translation>
    </message>
    <message>
        <source>, by {0}</source>
        <translation>, d’ici le {0}</translation>
    </message>
</context>
<context>
    <name>MeetingsModel</name>
    <message>
        <source>Planned</source>
        <translation>Prévue</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Tenue</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>{0}, extra</source>
        <translation>{0}, supplémentaire</translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation>{0} min</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>MeetingsView</name>
    <message>
        <source>Meeting&amp;s:</source>
        <translation>&amp;Rencontres&#xa0;:</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Rencontres</translation>
    </message>
    <message>
        <source>Sched&amp;ule meetings…</source>
        <translation>P&amp;lanifier les rencontres…</translation>
    </message>
    <message>
        <source>Schedule meetings</source>
        <translation>Planifier les rencontres</translation>
    </message>
    <message>
        <source>Add e&amp;xtra meeting…</source>
        <translation>Ajouter une rencontre &amp;supplémentaire…</translation>
    </message>
    <message>
        <source>Add an extra meeting</source>
        <translation>Ajouter une rencontre supplémentaire</translation>
    </message>
    <message>
        <source>M&amp;ove…</source>
        <translation>Dépla&amp;cer…</translation>
    </message>
    <message>
        <source>Move the meeting</source>
        <translation>Déplacer la rencontre</translation>
    </message>
    <message>
        <source>Ca&amp;ncel meeting</source>
        <translation>A&amp;nnuler la rencontre</translation>
    </message>
    <message>
        <source>Cancel the meeting</source>
        <translation>Annuler la rencontre</translation>
    </message>
    <message>
        <source>Export calen&amp;dar (.ics)…</source>
        <translation>E&amp;xporter le calendrier (.ics)…</translation>
    </message>
    <message>
        <source>Export the schedule as a calendar file</source>
        <translation>Exporter le planning des rencontres dans un fichier de calendrier</translation>
    </message>
    <message>
        <source>Start l&amp;ive session</source>
        <translation>Lancer la séance en direc&amp;t</translation>
    </message>
    <message>
        <source>Start the live session</source>
        <translation>Lancer la séance en direct</translation>
    </message>
    <message>
        <source>Before-session &amp;check…</source>
        <translation>Préparation a&amp;vant la séance…</translation>
    </message>
    <message>
        <source>Write a before-session check for this meeting</source>
        <translation>Rédiger une préparation pour cette rencontre</translation>
    </message>
    <message>
        <source>Agenda and summary</source>
        <translation>Ordre du jour et compte rendu</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <source>Summar&amp;y</source>
        <translation>Compte rend&amp;u</translation>
    </message>
    <message>
        <source>No meetings yet. Schedule them from your rhythm, or add one.</source>
        <translation>Aucune rencontre pour l&apos;instant. Planifiez-les selon votre rythme, ou ajoutez-en une.</translation>
    </message>
    <message>
        <source>{0} · {1} min · {2}</source>
        <translation>{0} · {1} min · {2}</translation>
    </message>
    <message>
        <source>Restore meeti&amp;ng</source>
        <translation>Rétablir la renc&amp;ontre</translation>
    </message>
    <message>
        <source>Restore the meeting</source>
        <translation>Rétablir la rencontre</translation>
    </message>
    <message numerus="yes">
        <source>Added %n meeting(s).</source>
        <translation>
            <numerusform>%n rencontre ajoutée.</numerusform>
            <numerusform>%n rencontres ajoutées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n meeting(s); cancelled ones are marked cancelled.</source>
        <translation>
            <numerusform>%n rencontre exportée&#xa0;; les rencontres annulées sont signalées comme telles.</numerusform>
            <numerusform>%n rencontres exportées&#xa0;; les rencontres annulées sont signalées comme telles.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to add: every meeting of your rhythm is already there.</source>
        <translation>Rien à ajouter&#xa0;: toutes les rencontres de votre rythme sont déjà présentes.</translation>
    </message>
    <message>
        <source>No meetings yet</source>
        <translation>Aucune rencontre pour l&apos;instant</translation>
    </message>
    <message>
        <source>Your rhythm says how often you meet: schedule the coming meetings from it in one go, then prepare each agenda here.</source>
        <translation>Votre rythme dit à quelle fréquence vous vous rencontrez&#xa0;: planifiez d&apos;un coup les prochaines rencontres, puis préparez ici chaque ordre du jour.</translation>
    </message>
    <message>
        <source>Sched&amp;ule from the rhythm…</source>
        <translation>Planifier selon le r&amp;ythme…</translation>
    </message>
    <message>
        <source>Extra meeting</source>
        <translation>Rencontre supplémentaire</translation>
    </message>
    <message>
        <source>Move meeting</source>
        <translation>Déplacer la rencontre</translation>
    </message>
    <message>
        <source>That time does not exist that day (clocks change); moved past it.</source>
        <translation>Cette heure n&apos;existe pas ce jour-là (changement d&apos;heure)&#xa0;; la rencontre a été décalée juste après.</translation>
    </message>
    <message>
        <source>No meetings to export yet.</source>
        <translation>Aucune rencontre à exporter pour l&apos;instant.</translation>
    </message>
    <message>
        <source>The meeting dates (no agenda, no notes)</source>
        <translation>Les dates des rencontres (sans ordre du jour ni notes)</translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>Exporter le calendrier</translation>
    </message>
</context>
<context>
    <name>MergeCopyDialog</name>
    <message>
        <source>Merge another copy</source>
        <translation>Fusionner une autre copie</translation>
    </message>
    <message>
        <source>Brings what another copy of this vault holds into this one: a copy from your other computer, or a conflict copy your sync tool left. Rows changed in only one copy take that copy&apos;s version; rows changed in both are shown to you to settle. The other copy is only read, never changed.</source>
        <translation>Intègre dans ce coffre le contenu d&apos;une autre copie du même coffre&#xa0;: une copie provenant de votre autre ordinateur, ou une copie de conflit laissée par votre outil de synchronisation. Les éléments modifiés dans une seule copie prennent la version de cette copie&#xa0;; ceux modifiés dans les deux vous sont présentés pour que vous tranchiez. L&apos;autre copie est seulement lue, jamais modifiée.</translation>
    </message>
    <message>
        <source>Other copy</source>
        <translation>Autre copie</translation>
    </message>
    <message>
        <source>rmdesk vaults (*.rmdesk *.db);;All files (*)</source>
        <translation>Coffres rmdesk (*.rmdesk *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;Other copy:</source>
        <translation>&amp;Autre copie&#xa0;:</translation>
    </message>
    <message>
        <source>The other copy&apos;s passphrase</source>
        <translation>Phrase secrète de l&apos;autre copie</translation>
    </message>
    <message>
        <source>Its &amp;passphrase:</source>
        <translation>Sa &amp;phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Look first</source>
        <translation>&amp;Voir d&apos;abord</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>F&amp;usionner</translation>
    </message>
    <message>
        <source>Choose the other copy.</source>
        <translation>Choisissez l&apos;autre copie.</translation>
    </message>
    <message>
        <source>Type the other copy&apos;s passphrase.</source>
        <translation>Saisissez la phrase secrète de l&apos;autre copie.</translation>
    </message>
    <message>
        <source>Merging would bring: {0}.</source>
        <translation>La fusion apporterait&#xa0;: {0}.</translation>
    </message>
    <message>
        <source>Merged: {0}.</source>
        <translation>Fusion effectuée&#xa0;: {0}.</translation>
    </message>
    <message>
        <source>Choose which version to keep in Relationship &gt; Resolve differences (nothing is lost meanwhile).</source>
        <translation>Choisissez la version à conserver dans Relation &gt; Résoudre les divergences (rien n&apos;est perdu entre-temps).</translation>
    </message>
</context>
<context>
    <name>OpenPackDialog</name>
    <message>
        <source>Open a pack</source>
        <translation>Ouvrir un paquet d&apos;échange</translation>
    </message>
    <message>
        <source>Takes in the pack the other person shared with you: their changes join yours, and what changed on both sides is shown to you to settle. You see what would change before anything is written.</source>
        <translation>Intègre le paquet d&apos;échange que l&apos;autre personne vous a transmis&#xa0;: ses modifications s&apos;ajoutent aux vôtres, et ce qui a changé des deux côtés vous est présenté pour que vous tranchiez. Vous voyez ce qui changerait avant que quoi que ce soit ne soit écrit.</translation>
    </message>
    <message>
        <source>Pack file</source>
        <translation>Fichier du paquet d&apos;échange</translation>
    </message>
    <message>
        <source>rmdesk packs (*.rmpack);;All files (*)</source>
        <translation>Paquets d&apos;échange rmdesk (*.rmpack);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;Pack file:</source>
        <translation>Fichier du &amp;paquet&#xa0;:</translation>
    </message>
    <message>
        <source>Pack passphrase</source>
        <translation>Phrase secrète du paquet d&apos;échange</translation>
    </message>
    <message>
        <source>The &amp;words you agreed on:</source>
        <translation>Les &amp;mots convenus&#xa0;:</translation>
    </message>
    <message>
        <source>Keep it as a &amp;new relationship</source>
        <translation>En faire une &amp;nouvelle relation</translation>
    </message>
    <message>
        <source>&amp;Look first</source>
        <translation>&amp;Voir d&apos;abord</translation>
    </message>
    <message>
        <source>&amp;Take it in</source>
        <translation>&amp;Intégrer</translation>
    </message>
    <message>
        <source>You already have a relationship with {0} that you set up yourself. Should this pack from {1} go into it, so you keep one relationship with one history?</source>
        <translation>Vous avez déjà une relation avec {0}, que vous avez configurée vous-même. Ce paquet d&apos;échange de {1} doit-il y être intégré, pour que vous gardiez une seule relation avec un seul historique&#xa0;?</translation>
    </message>
    <message>
        <source>Add it to my &amp;relationship with {0}</source>
        <translation>L&apos;ajouter à ma &amp;relation avec {0}</translation>
    </message>
    <message>
        <source>Choose the pack file.</source>
        <translation>Choisissez le fichier du paquet d&apos;échange.</translation>
    </message>
    <message>
        <source>Type the words you agreed on.</source>
        <translation>Saisissez les mots convenus.</translation>
    </message>
    <message>
        <source>Looking at what would change…</source>
        <translation>Examen de ce qui changerait…</translation>
    </message>
    <message>
        <source>A new relationship with {0} would be created.</source>
        <translation>Une nouvelle relation avec {0} serait créée.</translation>
    </message>
    <message>
        <source>Your relationship with {0} would change.</source>
        <translation>Votre relation avec {0} changerait.</translation>
    </message>
    <message>
        <source>What would change: {0}.</source>
        <translation>Ce qui changerait&#xa0;: {0}.</translation>
    </message>
    <message>
        <source>the other person</source>
        <translation>l&apos;autre personne</translation>
    </message>
    <message>
        <source>Created the relationship with {0}: {1}.</source>
        <translation>Relation avec {0} créée&#xa0;: {1}.</translation>
    </message>
    <message>
        <source>Updated the relationship with {0}: {1}.</source>
        <translation>Relation avec {0} mise à jour&#xa0;: {1}.</translation>
    </message>
    <message>
        <source>Some things changed on both sides. Choose which version to keep in Relationship &gt; Resolve differences (nothing is lost meanwhile).</source>
        <translation>Certains éléments ont changé des deux côtés. Choisissez la version à conserver dans Relation &gt; Résoudre les divergences (rien n&apos;est perdu entre-temps).</translation>
    </message>
    <message>
        <source>Neither of you has an agreement yet.</source>
        <translation>Aucun de vous deux n&apos;a encore d&apos;accord.</translation>
    </message>
    <message>
        <source>Your agreement matches {0}&apos;s: fingerprint {1}.</source>
        <translation>Votre accord correspond à celui de {0}&#xa0;: empreinte {1}.</translation>
    </message>
    <message>
        <source>Your agreement differs from {0}&apos;s (yours {1}, theirs {2}): settle the differences, then share again.</source>
        <translation>Votre accord diffère de celui de {0} (le vôtre&#xa0;: {1}, l&apos;autre&#xa0;: {2})&#xa0;: résolvez les divergences, puis partagez à nouveau.</translation>
    </message>
</context>
<context>
    <name>OperationDialog</name>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Terminé.</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <source>Purpose</source>
        <translation>But</translation>
    </message>
    <message>
        <source>Focus areas: {0}</source>
        <translation>Thèmes&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Learning from {0}</source>
        <translation>En apprentissage auprès de {0}</translation>
    </message>
    <message>
        <source>Mentoring {0}</source>
        <translation>Mentor de {0}</translation>
    </message>
    <message>
        <source>Write down what you want to learn, and why now.</source>
        <translation>Notez ce que vous voulez apprendre, et pourquoi maintenant.</translation>
    </message>
    <message>
        <source>Write down what the leader wants to learn from you.</source>
        <translation>Notez ce que le dirigeant souhaite apprendre de vous.</translation>
    </message>
    <message>
        <source>Write the purpose</source>
        <translation>Rédiger le but</translation>
    </message>
    <message>
        <source>Name a first goal: what you want to do better, and how you will see it.</source>
        <translation>Fixez un premier objectif&#xa0;: ce que vous voulez mieux faire, et comment vous le constaterez.</translation>
    </message>
    <message>
        <source>Add a goal</source>
        <translation>Ajouter un objectif</translation>
    </message>
    <message>
        <source>Read the agreement together and each confirm it with your name.</source>
        <translation>Lisez l&apos;accord ensemble, puis confirmez-le chacun avec votre nom.</translation>
    </message>
    <message>
        <source>Open the agreement</source>
        <translation>Ouvrir l&apos;accord</translation>
    </message>
    <message>
        <source>Put your first meeting on the calendar.</source>
        <translation>Inscrivez votre première rencontre au calendrier.</translation>
    </message>
    <message>
        <source>Plan a meeting</source>
        <translation>Planifier une rencontre</translation>
    </message>
    <message>
        <source>Before you meet, note what you want to learn this time.</source>
        <translation>Avant la rencontre, notez ce que vous voulez apprendre cette fois-ci.</translation>
    </message>
    <message>
        <source>Prepare the meeting</source>
        <translation>Préparer la rencontre</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>Prochaine étape</translation>
    </message>
    <message>
        <source>✓ Done</source>
        <translation>✓ Terminée</translation>
    </message>
    <message>
        <source>→ Next</source>
        <translation>→ Suivante</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>The seven steps</source>
        <translation>Les sept étapes</translation>
    </message>
    <message>
        <source>Edit relationship</source>
        <translation>Modifier la relation</translation>
    </message>
    <message>
        <source>Open {0}</source>
        <translation>Ouvrir «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation>Prochaine rencontre</translation>
    </message>
    <message numerus="yes">
        <source>{0} at {1}, %n minute(s)</source>
        <translation>
            <numerusform>{0} à {1}, %n minute</numerusform>
            <numerusform>{0} à {1}, %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>By your rhythm, around {0}.</source>
        <translation>Selon votre rythme, vers le {0}.</translation>
    </message>
    <message>
        <source>No meeting planned.</source>
        <translation>Aucune rencontre prévue.</translation>
    </message>
    <message>
        <source>Open Meetings</source>
        <translation>Ouvrir «&#xa0;Rencontres&#xa0;»</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>Actions en cours</translation>
    </message>
    <message>
        <source>Nothing open.</source>
        <translation>Rien en cours.</translation>
    </message>
    <message>
        <source> (overdue since {0})</source>
        <translation> (en retard depuis le {0})</translation>
    </message>
    <message>
        <source> (due {0})</source>
        <translation> (échéance le {0})</translation>
    </message>
    <message>
        <source>…and {0} more.</source>
        <translation>…et {0} autres.</translation>
    </message>
    <message>
        <source>Open Actions</source>
        <translation>Ouvrir «&#xa0;Actions&#xa0;»</translation>
    </message>
</context>
<context>
    <name>PassphraseChangeDialog</name>
    <message>
        <source>Change the passphrase</source>
        <translation>Changer la phrase secrète</translation>
    </message>
    <message>
        <source>C&amp;hange passphrase</source>
        <translation>&amp;Changer la phrase secrète</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Phrase secrète actuelle</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation>Répétez la nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase:</source>
        <translation>Phrase secrète &amp;actuelle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nouvelle phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Répétez-la&#xa0;:</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Robustesse&#xa0;:</translation>
    </message>
    <message>
        <source>Passphrase strength verdict</source>
        <translation>Évaluation de la robustesse de la phrase secrète</translation>
    </message>
    <message>
        <source>&amp;Back up now with the new passphrase</source>
        <translation>&amp;Sauvegarder maintenant avec la nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>Back up now with the new passphrase</source>
        <translation>Sauvegarder maintenant avec la nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>Type the current passphrase.</source>
        <translation>Saisissez la phrase secrète actuelle.</translation>
    </message>
    <message>
        <source>Choose a new passphrase: four or more unrelated words work well.</source>
        <translation>Choisissez une nouvelle phrase secrète&#xa0;: quatre mots ou plus, sans rapport entre eux, conviennent bien.</translation>
    </message>
    <message>
        <source>This passphrase is too weak to protect the vault.</source>
        <translation>Cette phrase secrète est trop faible pour protéger le coffre.</translation>
    </message>
    <message>
        <source>The new passphrase is the same as the current one.</source>
        <translation>La nouvelle phrase secrète est identique à l&apos;actuelle.</translation>
    </message>
    <message>
        <source>Type the new passphrase again to confirm it.</source>
        <translation>Saisissez de nouveau la nouvelle phrase secrète pour la confirmer.</translation>
    </message>
    <message>
        <source>Passphrase changed. The vault was reopened with the new passphrase, and the old one no longer opens it.

Backups made before now still open only with the OLD passphrase. Make a fresh backup now so that one opens with the new passphrase.</source>
        <translation>Phrase secrète changée. Le coffre a été rouvert avec la nouvelle phrase secrète&#xa0;; l&apos;ancienne ne l&apos;ouvre plus.

Les sauvegardes faites jusqu&apos;ici ne s&apos;ouvrent toujours qu&apos;avec l&apos;ANCIENNE phrase secrète. Faites dès maintenant une nouvelle sauvegarde, afin d&apos;en avoir une qui s&apos;ouvre avec la nouvelle phrase secrète.</translation>
    </message>
    <message>
        <source>Passphrase NOT changed.</source>
        <translation>Phrase secrète NON changée.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Passphrase needed</source>
        <translation>Phrase secrète requise</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>Checking the passphrase</source>
        <translation>Vérification de la phrase secrète</translation>
    </message>
    <message>
        <source>That passphrase is not right. Shared-screen mode stays on.</source>
        <translation>Cette phrase secrète est incorrecte. Le mode écran partagé reste actif.</translation>
    </message>
</context>
<context>
    <name>PathField</name>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>Choose a file for: {0}</source>
        <translation>Choisir un fichier pour&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Enregistrer sous</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <source>leader</source>
        <translation>dirigeant</translation>
    </message>
    <message>
        <source>mentor</source>
        <translation>mentor</translation>
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
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Markdown text (*.md)</source>
        <translation>Texte Markdown (*.md)</translation>
    </message>
    <message>
        <source>Calendar (*.ics)</source>
        <translation>Calendrier (*.ics)</translation>
    </message>
    <message>
        <source>JSON data (*.json)</source>
        <translation>Données JSON (*.json)</translation>
    </message>
    <message>
        <source>It includes private parts: your reflections and private notes.</source>
        <translation>Le fichier contient des parties privées&#xa0;: vos réflexions et vos notes privées.</translation>
    </message>
    <message>
        <source>Nothing private is in it.</source>
        <translation>Le fichier ne contient rien de privé.</translation>
    </message>
    <message>
        <source>{0} will be saved as an ordinary file that is NOT encrypted: anyone who can open the file can read it, without your passphrase.</source>
        <translation>{0}&#xa0;: ce contenu sera enregistré dans un fichier ordinaire, NON chiffré. Toute personne pouvant ouvrir le fichier pourra le lire, sans votre phrase secrète.</translation>
    </message>
    <message>
        <source>Save without encryption?</source>
        <translation>Enregistrer sans chiffrement&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Save unencrypted…</source>
        <translation>&amp;Enregistrer sans chiffrement…</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Back up &amp;automatically when I lock or quit after making changes</source>
        <translation>Sauvegarder &amp;automatiquement lorsque je verrouille ou quitte après des modifications</translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation>Sauvegardes automatiques</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Dossier de sauvegarde</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Choisir le dossier de sauvegarde</translation>
    </message>
    <message>
        <source>Backup &amp;folder:</source>
        <translation>&amp;Dossier de sauvegarde&#xa0;:</translation>
    </message>
    <message>
        <source>Number of recent backups to keep</source>
        <translation>Nombre de sauvegardes récentes à conserver</translation>
    </message>
    <message>
        <source>&amp;Keep the newest:</source>
        <translation>&amp;Conserver les plus récentes&#xa0;:</translation>
    </message>
    <message>
        <source>Backups are encrypted with the vault&apos;s passphrase and checked before they are kept. Besides the newest ones, the newest backup of each of the last {0} weeks is kept too. rmdesk never fills the disk: when space runs low it stops and says so.</source>
        <translation>Les sauvegardes sont chiffrées avec la phrase secrète du coffre et vérifiées avant d&apos;être conservées. En plus des plus récentes, la sauvegarde la plus récente de chacune des {0} dernières semaines est également conservée. rmdesk ne remplit jamais le disque&#xa0;: lorsque l&apos;espace vient à manquer, il s&apos;arrête et le signale.</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Langue de l&apos;interface</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>The new language is used the next time rmdesk starts.</source>
        <translation>La nouvelle langue s&apos;applique au prochain démarrage de rmdesk.</translation>
    </message>
    <message>
        <source>Choose a folder (a full path) for the backups.</source>
        <translation>Choisissez un dossier (chemin complet) pour les sauvegardes.</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>Leader&apos;s check-in ratings (1–5)</source>
        <translation>Notes des points d&apos;étape du dirigeant (1–5)</translation>
    </message>
    <message>
        <source>Mentor&apos;s check-in ratings (1–5)</source>
        <translation>Notes des points d&apos;étape du mentor (1–5)</translation>
    </message>
    <message>
        <source>Leader&apos;s goals: progress (%)</source>
        <translation>Objectifs du dirigeant&#xa0;: progrès (%)</translation>
    </message>
    <message>
        <source>Mentor&apos;s own goals: progress (%)</source>
        <translation>Objectifs propres du mentor&#xa0;: progrès (%)</translation>
    </message>
    <message>
        <source>Actions added, done and applied (running total)</source>
        <translation>Actions ajoutées, réalisées et appliquées (cumul)</translation>
    </message>
    <message>
        <source>Meetings each month: in the calendar and held</source>
        <translation>Rencontres par mois&#xa0;: au calendrier et tenues</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ajoutées</translation>
    </message>
    <message>
        <source>done</source>
        <translation>réalisées</translation>
    </message>
    <message>
        <source>applied (done, with an impact note)</source>
        <translation>appliquées (réalisées, avec une note d&apos;impact)</translation>
    </message>
    <message>
        <source>in the calendar</source>
        <translation>au calendrier</translation>
    </message>
    <message>
        <source>held</source>
        <translation>tenues</translation>
    </message>
    <message>
        <source>No check-ins yet.</source>
        <translation>Aucun point d&apos;étape pour l&apos;instant.</translation>
    </message>
    <message>
        <source>No goals yet.</source>
        <translation>Aucun objectif pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Nothing yet.</source>
        <translation>Rien pour l&apos;instant.</translation>
    </message>
    <message>
        <source>up</source>
        <translation>en hausse</translation>
    </message>
    <message>
        <source>flat</source>
        <translation>stable</translation>
    </message>
    <message>
        <source>down</source>
        <translation>en baisse</translation>
    </message>
    <message>
        <source>not enough answers</source>
        <translation>pas assez de réponses</translation>
    </message>
    <message>
        <source>zero</source>
        <translation>zéro</translation>
    </message>
    <message>
        <source>one</source>
        <translation>un</translation>
    </message>
    <message>
        <source>two</source>
        <translation>deux</translation>
    </message>
    <message>
        <source>three</source>
        <translation>trois</translation>
    </message>
    <message>
        <source>four</source>
        <translation>quatre</translation>
    </message>
    <message>
        <source>five</source>
        <translation>cinq</translation>
    </message>
    <message>
        <source>six</source>
        <translation>six</translation>
    </message>
    <message>
        <source>seven</source>
        <translation>sept</translation>
    </message>
    <message>
        <source>eight</source>
        <translation>huit</translation>
    </message>
    <message>
        <source>nine</source>
        <translation>neuf</translation>
    </message>
    <message>
        <source>Not enough check-ins yet to see a trend.</source>
        <translation>Pas encore assez de points d&apos;étape pour dégager une tendance.</translation>
    </message>
    <message>
        <source>{0} {1}</source>
        <translation>{0} {1}</translation>
    </message>
    <message>
        <source>Over the last {0} check-ins: {1}.</source>
        <translation>Sur les {0} derniers points d&apos;étape&#xa0;: {1}.</translation>
    </message>
    <message>
        <source>Not enough answers yet for {0}.</source>
        <translation>Pas encore assez de réponses pour&#xa0;: {0}.</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ignorée</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>sans réponse</translation>
    </message>
    <message>
        <source>{0}%</source>
        <translation>{0} %</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Graphique</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Série</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>{0}: skipped</source>
        <translation>{0}&#xa0;: ignorée</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}&#xa0;: {1}</translation>
    </message>
    <message>
        <source>no answers</source>
        <translation>aucune réponse</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Tenu le</translation>
    </message>
    <message>
        <source>Leader&apos;s answers</source>
        <translation>Réponses du dirigeant</translation>
    </message>
    <message>
        <source>Mentor&apos;s answers</source>
        <translation>Réponses du mentor</translation>
    </message>
</context>
<context>
    <name>ProgressView</name>
    <message>
        <source>Measure and reflect</source>
        <translation>Mesurer et réfléchir</translation>
    </message>
    <message>
        <source>Trend summary</source>
        <translation>Synthèse des tendances</translation>
    </message>
    <message>
        <source>Next check-in</source>
        <translation>Prochain point d&apos;étape</translation>
    </message>
    <message>
        <source>&amp;Start check-in…</source>
        <translation>&amp;Démarrer un point d&apos;étape…</translation>
    </message>
    <message>
        <source>Start check-in</source>
        <translation>Démarrer un point d&apos;étape</translation>
    </message>
    <message>
        <source>&amp;Edit check-in…</source>
        <translation>&amp;Modifier le point d&apos;étape…</translation>
    </message>
    <message>
        <source>Edit check-in</source>
        <translation>Modifier le point d&apos;étape</translation>
    </message>
    <message>
        <source>De&amp;lete check-in</source>
        <translation>&amp;Supprimer le point d&apos;étape</translation>
    </message>
    <message>
        <source>Delete check-in</source>
        <translation>Supprimer le point d&apos;étape</translation>
    </message>
    <message>
        <source>Progress: charts, table, check-ins</source>
        <translation>Progrès&#xa0;: graphiques, tableau, points d&apos;étape</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>&amp;Graphiques</translation>
    </message>
    <message>
        <source>Progress numbers</source>
        <translation>Chiffres de progrès</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>&amp;Tableau</translation>
    </message>
    <message>
        <source>Recorded check-ins</source>
        <translation>Points d&apos;étape enregistrés</translation>
    </message>
    <message>
        <source>No check-ins yet</source>
        <translation>Aucun point d&apos;étape pour l&apos;instant</translation>
    </message>
    <message>
        <source>Start the first check-in…</source>
        <translation>Commencer le premier point d&apos;étape…</translation>
    </message>
    <message>
        <source>Check-&amp;ins</source>
        <translation>&amp;Points d&apos;étape</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <source>A check-in is a few questions you both answer now and then, to see how the relationship is going. {0}</source>
        <translation>Un point d&apos;étape, ce sont quelques questions auxquelles vous répondez tous deux de temps en temps, pour voir où en est la relation. {0}</translation>
    </message>
    <message numerus="yes">
        <source>a check-in every %n meeting(s)</source>
        <translation>
            <numerusform>un point d&apos;étape par %n rencontre</numerusform>
            <numerusform>un point d&apos;étape toutes les %n rencontres</numerusform>
        </translation>
    </message>
    <message>
        <source>No check-in is scheduled yet ({0}); plan meetings to see the next.</source>
        <translation>Aucun point d&apos;étape n&apos;est encore prévu ({0})&#xa0;; planifiez des rencontres pour voir le prochain.</translation>
    </message>
    <message>
        <source>the meeting nearest the review date</source>
        <translation>la rencontre la plus proche de la date de bilan</translation>
    </message>
    <message>
        <source>A check-in was due at the meeting on {0} ({1}); start it now.</source>
        <translation>Un point d&apos;étape était prévu lors de la rencontre du {0} ({1})&#xa0;; démarrez-le maintenant.</translation>
    </message>
    <message>
        <source>Next check-in: at the meeting on {0} ({1}).</source>
        <translation>Prochain point d&apos;étape&#xa0;: lors de la rencontre du {0} ({1}).</translation>
    </message>
    <message>
        <source>Delete the check-in of {0}?</source>
        <translation>Supprimer le point d&apos;étape du {0}&#xa0;?</translation>
    </message>
</context>
<context>
    <name>PromptEditDialog</name>
    <message>
        <source>Change prompt</source>
        <translation>Modifier la piste de réflexion</translation>
    </message>
    <message>
        <source>New prompt</source>
        <translation>Nouvelle piste de réflexion</translation>
    </message>
    <message>
        <source>This prompt came with rmdesk. Your wording is kept in your vault.</source>
        <translation>Cette piste de réflexion est fournie avec rmdesk. Votre formulation est conservée dans votre coffre.</translation>
    </message>
    <message>
        <source>A question worth answering honestly</source>
        <translation>Une question qui mérite une réponse honnête</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Moment&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Question&#xa0;:</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>When to use it</source>
        <translation>Quand l&apos;utiliser</translation>
    </message>
    <message>
        <source>Prompt text</source>
        <translation>Texte de la piste de réflexion</translation>
    </message>
    <message>
        <source>Write the question first; a prompt cannot be empty.</source>
        <translation>Rédigez d&apos;abord la question&#xa0;; une piste de réflexion ne peut pas être vide.</translation>
    </message>
</context>
<context>
    <name>PromptPickerDialog</name>
    <message>
        <source>Start from a prompt</source>
        <translation>Partir d&apos;une piste de réflexion</translation>
    </message>
    <message>
        <source>Moment</source>
        <translation>Moment</translation>
    </message>
    <message>
        <source>No meeting</source>
        <translation>Aucune rencontre</translation>
    </message>
    <message>
        <source>Meeting to link</source>
        <translation>Rencontre à associer</translation>
    </message>
    <message>
        <source>No goal</source>
        <translation>Aucun objectif</translation>
    </message>
    <message>
        <source>Goal to link</source>
        <translation>Objectif à associer</translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation>&amp;Rencontre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>O&amp;bjectif&#xa0;:</translation>
    </message>
    <message>
        <source>M&amp;oment:</source>
        <translation>&amp;Moment&#xa0;:</translation>
    </message>
    <message>
        <source>Prompts by theme</source>
        <translation>Pistes de réflexion par thème</translation>
    </message>
    <message>
        <source>Chosen prompt</source>
        <translation>Piste de réflexion choisie</translation>
    </message>
    <message>
        <source>&amp;Add prompt…</source>
        <translation>&amp;Ajouter une piste…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>Mo&amp;difier…</translation>
    </message>
    <message>
        <source>Re&amp;tire</source>
        <translation>Arc&amp;hiver</translation>
    </message>
    <message>
        <source>&amp;Show retired</source>
        <translation>A&amp;fficher les archivées</translation>
    </message>
    <message>
        <source>Start &amp;writing</source>
        <translation>&amp;Commencer à écrire</translation>
    </message>
    <message>
        <source>{0} (retired)</source>
        <translation>{0} (archivée)</translation>
    </message>
    <message>
        <source>Res&amp;tore</source>
        <translation>Réac&amp;tiver</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>Any time</source>
        <translation>À tout moment</translation>
    </message>
    <message>
        <source>After a meeting</source>
        <translation>Après une rencontre</translation>
    </message>
    <message>
        <source>On a goal</source>
        <translation>Sur un objectif</translation>
    </message>
    <message>
        <source>Before a session</source>
        <translation>Avant une séance</translation>
    </message>
    <message>
        <source>My own prompts</source>
        <translation>Mes propres pistes de réflexion</translation>
    </message>
</context>
<context>
    <name>PurposePage</name>
    <message>
        <source>Step 1: the purpose</source>
        <translation>Étape 1&#xa0;: le but</translation>
    </message>
    <message>
        <source>Purpose of the relationship</source>
        <translation>But de la relation</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;But&#xa0;:</translation>
    </message>
    <message>
        <source>Focus areas, separated by commas</source>
        <translation>Thèmes, séparés par des virgules</translation>
    </message>
    <message>
        <source>e.g. AI tools, hybrid work, inclusion</source>
        <translation>p. ex. outils d&apos;IA, travail hybride, inclusion</translation>
    </message>
    <message>
        <source>Focus &amp;areas:</source>
        <translation>&amp;Thèmes&#xa0;:</translation>
    </message>
    <message>
        <source>What do you want to understand better, and why now? A clear aim keeps your conversations useful.</source>
        <translation>Que voulez-vous mieux comprendre, et pourquoi maintenant&#xa0;? Un but clair rend vos échanges utiles.</translation>
    </message>
    <message>
        <source>What does the leader want to learn from you, and what would you like to gain yourself?</source>
        <translation>Qu&apos;est-ce que le dirigeant veut apprendre de vous, et que souhaitez-vous en retirer vous-même&#xa0;?</translation>
    </message>
    <message>
        <source>e.g. Understand how younger colleagues use AI tools in their daily work</source>
        <translation>p. ex. Comprendre comment les jeunes collègues utilisent les outils d&apos;IA au quotidien</translation>
    </message>
    <message>
        <source>e.g. Show how the team works in a hybrid week; learn how plans are made</source>
        <translation>p. ex. Montrer comment l&apos;équipe travaille pendant une semaine hybride&#xa0;; apprendre comment les plans sont établis</translation>
    </message>
    <message>
        <source>Focus areas are a few words, separated by commas. Goals come later, in Purpose &amp; Goals.</source>
        <translation>Les thèmes tiennent en quelques mots, séparés par des virgules. Les objectifs viennent plus tard, dans «&#xa0;But et objectifs&#xa0;».</translation>
    </message>
</context>
<context>
    <name>QuestionRow</name>
    <message>
        <source>{0}: {1} of 5</source>
        <translation>{0}&#xa0;: {1} sur 5</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Passer</translation>
    </message>
    <message>
        <source>Skip: {0}</source>
        <translation>Passer&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Recorded as a skip, never as a low score</source>
        <translation>Enregistré comme question passée, jamais comme note basse</translation>
    </message>
    <message>
        <source>One sentence: {0}</source>
        <translation>Une phrase&#xa0;: {0}</translation>
    </message>
    <message>
        <source>In one sentence, why?</source>
        <translation>Pourquoi, en une phrase&#xa0;?</translation>
    </message>
</context>
<context>
    <name>ReadyPage</name>
    <message>
        <source>You are set up</source>
        <translation>Tout est prêt</translation>
    </message>
    <message>
        <source>What comes next</source>
        <translation>La suite</translation>
    </message>
    <message>
        <source>Nothing was saved yet.</source>
        <translation>Rien n&apos;a encore été enregistré.</translation>
    </message>
    <message>
        <source>A relationship needs the other person&apos;s name before rmdesk can keep it. Go back to step 2, or start again later from Relationship → Guided setup.</source>
        <translation>Une relation a besoin du nom de l&apos;autre personne pour que rmdesk puisse la conserver. Revenez à l&apos;étape 2, ou recommencez plus tard depuis Relation → Configuration guidée.</translation>
    </message>
    <message>
        <source>Your relationship with {0} is saved.</source>
        <translation>Votre relation avec {0} est enregistrée.</translation>
    </message>
    <message>
        <source>Next: write down the purpose (Relationship → Edit relationship).</source>
        <translation>Ensuite&#xa0;: rédigez le but (Relation → Modifier la relation).</translation>
    </message>
    <message>
        <source>Next: name a first goal in Purpose &amp; Goals: what you want to be able to do, and how you will notice.</source>
        <translation>Ensuite&#xa0;: fixez un premier objectif dans «&#xa0;But et objectifs&#xa0;»&#xa0;: ce que vous voulez savoir faire, et à quoi vous le remarquerez.</translation>
    </message>
    <message>
        <source>Next: read and confirm the agreement together, in Agreement.</source>
        <translation>Ensuite&#xa0;: lisez et confirmez l&apos;accord ensemble, dans «&#xa0;Accord&#xa0;».</translation>
    </message>
    <message>
        <source>Next: plan your first meeting in Meetings.</source>
        <translation>Ensuite&#xa0;: planifiez votre première rencontre dans «&#xa0;Rencontres&#xa0;».</translation>
    </message>
    <message>
        <source>Next: before you meet, note what you want to learn, in Meetings.</source>
        <translation>Ensuite&#xa0;: avant de vous rencontrer, notez ce que vous voulez apprendre, dans «&#xa0;Rencontres&#xa0;».</translation>
    </message>
    <message>
        <source>The Overview always shows the next step. To walk through this setup again, choose Relationship → Guided setup.</source>
        <translation>La vue d&apos;ensemble indique toujours la prochaine étape. Pour refaire cette configuration, choisissez Relation → Configuration guidée.</translation>
    </message>
    <message>
        <source>You keep your own copy as the mentor: prepare topics in Meetings and note what you are learning yourself in Purpose &amp; Goals. Exchange packs with the leader: Relationship → Share with… and Open a pack….</source>
        <translation>En tant que mentor, vous tenez votre propre copie&#xa0;: préparez des sujets dans «&#xa0;Rencontres&#xa0;» et notez ce que vous apprenez vous-même dans «&#xa0;But et objectifs&#xa0;». Pour échanger des paquets avec le dirigeant&#xa0;: Relation → Partager avec… et Ouvrir un paquet d&apos;échange….</translation>
    </message>
    <message>
        <source>Press F1 here or in the main window for the guide.</source>
        <translation>Appuyez sur F1 ici ou dans la fenêtre principale pour ouvrir le guide.</translation>
    </message>
</context>
<context>
    <name>RecognitionLetterDialog</name>
    <message>
        <source>Recognition letter</source>
        <translation>Lettre de reconnaissance</translation>
    </message>
    <message>
        <source>A letter your mentor can keep or show their own manager: your acknowledgements, the actions they led to and what changed, in the period you choose, and a few closing words of your own. Only shared content goes in: no private notes, no reflections.</source>
        <translation>Une lettre que votre mentor peut garder ou montrer à son propre responsable&#xa0;: vos reconnaissances, les actions qui en ont découlé et ce qui a changé, sur la période choisie, ainsi que quelques mots de conclusion de votre part. Seul le contenu partagé y figure&#xa0;: ni notes privées, ni réflexions.</translation>
    </message>
    <message>
        <source>A letter to keep or show your own manager: the acknowledgements {0} gave you, the actions they led to and what changed, in the period you choose. Only shared content goes in: no private notes, no reflections.</source>
        <translation>Une lettre à garder ou à montrer à votre propre responsable&#xa0;: les reconnaissances que {0} vous a adressées, les actions qui en ont découlé et ce qui a changé, sur la période choisie. Seul le contenu partagé y figure&#xa0;: ni notes privées, ni réflexions.</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Début de la période</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>Fin de la période</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;au</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Période&#xa0;:</translation>
    </message>
    <message>
        <source>Closing words</source>
        <translation>Mots de conclusion</translation>
    </message>
    <message>
        <source>Optional: what working with your mentor meant to you</source>
        <translation>Facultatif&#xa0;: ce que le travail avec votre mentor a représenté pour vous</translation>
    </message>
    <message>
        <source>Optional: closing words {0} wrote to you</source>
        <translation>Facultatif&#xa0;: mots de conclusion que {0} vous a écrits</translation>
    </message>
    <message>
        <source>Closing &amp;words:</source>
        <translation>Mots de &amp;conclusion&#xa0;:</translation>
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
        <translation>Format&#xa0;:</translation>
    </message>
    <message>
        <source>The letter</source>
        <translation>La lettre</translation>
    </message>
    <message>
        <source>&amp;Save unencrypted letter…</source>
        <translation>&amp;Enregistrer la lettre non chiffrée…</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>La période se termine avant de commencer.</translation>
    </message>
</context>
<context>
    <name>ReflectionEditor</name>
    <message>
        <source>Prompt</source>
        <translation>Piste de réflexion</translation>
    </message>
    <message>
        <source>Reflection text</source>
        <translation>Texte de la réflexion</translation>
    </message>
    <message>
        <source>Write freely. Markdown works: *emphasis*, - lists, # headings.</source>
        <translation>Écrivez librement. Le Markdown est pris en charge&#xa0;: *emphase*, - listes, # titres.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>comma, separated, tags</source>
        <translation>étiquettes, séparées, par des virgules</translation>
    </message>
    <message>
        <source>No meeting</source>
        <translation>Aucune rencontre</translation>
    </message>
    <message>
        <source>Linked meeting</source>
        <translation>Rencontre associée</translation>
    </message>
    <message>
        <source>No goal</source>
        <translation>Aucun objectif</translation>
    </message>
    <message>
        <source>Linked goal</source>
        <translation>Objectif associé</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>É&amp;tiquettes&#xa0;:</translation>
    </message>
    <message>
        <source>G&amp;oal:</source>
        <translation>O&amp;bjectif&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation>&amp;Rencontre&#xa0;:</translation>
    </message>
    <message>
        <source>Word count and dates</source>
        <translation>Nombre de mots et dates</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>État de l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Pr&amp;eview</source>
        <translation>&amp;Aperçu</translation>
    </message>
    <message>
        <source>Show Markdown preview</source>
        <translation>Afficher l&apos;aperçu Markdown</translation>
    </message>
    <message>
        <source>&amp;Copy text</source>
        <translation>Copier le te&amp;xte</translation>
    </message>
    <message>
        <source>Copy the whole reflection</source>
        <translation>Copier toute la réflexion</translation>
    </message>
    <message>
        <source>Copied text is cleared from the clipboard after 30 s</source>
        <translation>Le texte copié est effacé du presse-papiers après 30 s</translation>
    </message>
    <message>
        <source>Words: {0}</source>
        <translation>Mots&#xa0;: {0}</translation>
    </message>
    <message>
        <source>created {0}</source>
        <translation>créée le {0}</translation>
    </message>
    <message>
        <source>edited {0}</source>
        <translation>modifiée le {0}</translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation>pas encore enregistrée</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistrée</translation>
    </message>
</context>
<context>
    <name>ReflectionList</name>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>Written {0}</source>
        <translation>Écrite le {0}</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Réflexion</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Linked to</source>
        <translation>Lié à</translation>
    </message>
</context>
<context>
    <name>ReflectionsView</name>
    <message>
        <source>Delete reflection</source>
        <translation>Supprimer la réflexion</translation>
    </message>
    <message>
        <source>Delete this reflection? It cannot be undone, and search will not find it.</source>
        <translation>Supprimer cette réflexion&#xa0;? Cette action est irréversible, et la recherche ne la trouvera plus.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Reflections are private and are not shown in shared-screen mode.</source>
        <translation>Les réflexions sont privées et ne s&apos;affichent pas en mode écran partagé.</translation>
    </message>
    <message>
        <source>Meeting {0}</source>
        <translation>Rencontre {0}</translation>
    </message>
    <message>
        <source>Search reflections</source>
        <translation>Rechercher dans les réflexions</translation>
    </message>
    <message>
        <source>Words to find (Ctrl+F); end with * for a prefix</source>
        <translation>Mots à chercher (Ctrl+F)&#xa0;; terminez par * pour un début de mot</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Effacer la recherche</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>Re&amp;chercher&#xa0;:</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <source>&amp;New reflection</source>
        <translation>&amp;Nouvelle réflexion</translation>
    </message>
    <message>
        <source>From a &amp;prompt…</source>
        <translation>À partir d&apos;une &amp;piste…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Non supprimée</translation>
    </message>
    <message>
        <source>Search failed: {0}</source>
        <translation>La recherche a échoué&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Showing the best {0} matches</source>
        <translation>Affichage des {0} meilleurs résultats</translation>
    </message>
    <message>
        <source>Found: {0}</source>
        <translation>Résultats&#xa0;: {0}</translation>
    </message>
    <message>
        <source>counting…</source>
        <translation>comptage en cours…</translation>
    </message>
    <message>
        <source>Reflections: {0}</source>
        <translation>Réflexions&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>RelationshipDialog</name>
    <message>
        <source>New relationship</source>
        <translation>Nouvelle relation</translation>
    </message>
    <message>
        <source>Edit relationship</source>
        <translation>Modifier la relation</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>I am the &amp;leader, learning</source>
        <translation>Je suis le &amp;dirigeant et j&apos;apprends</translation>
    </message>
    <message>
        <source>I am the &amp;mentor, teaching</source>
        <translation>Je suis le &amp;mentor et je transmets</translation>
    </message>
    <message>
        <source>My role:</source>
        <translation>Mon rôle&#xa0;:</translation>
    </message>
    <message>
        <source>My name</source>
        <translation>Mon nom</translation>
    </message>
    <message>
        <source>The other person&apos;s name</source>
        <translation>Nom de l&apos;autre personne</translation>
    </message>
    <message>
        <source>My &amp;name:</source>
        <translation>Mon &amp;nom&#xa0;:</translation>
    </message>
    <message>
        <source>Men&amp;tor:</source>
        <translation>Men&amp;tor&#xa0;:</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>But</translation>
    </message>
    <message>
        <source>Purpose of the relationship</source>
        <translation>But de la relation</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;But&#xa0;:</translation>
    </message>
    <message>
        <source>Focus areas, separated by commas</source>
        <translation>Thèmes, séparés par des virgules</translation>
    </message>
    <message>
        <source>e.g. AI tools, hybrid work, inclusion</source>
        <translation>p. ex. outils d&apos;IA, travail hybride, inclusion</translation>
    </message>
    <message>
        <source>&amp;Focus areas:</source>
        <translation>T&amp;hèmes&#xa0;:</translation>
    </message>
    <message>
        <source>Choosing a mentor</source>
        <translation>Choisir un mentor</translation>
    </message>
    <message>
        <source>List the people you could learn from and what they know. They are ranked by how many of your focus areas their expertise covers: a full match counts more than a partial one.</source>
        <translation>Listez les personnes dont vous pourriez apprendre et ce qu&apos;elles savent. Elles sont classées selon le nombre de vos thèmes que couvre leur expertise&#xa0;: une correspondance complète compte plus qu&apos;une correspondance partielle.</translation>
    </message>
    <message>
        <source>Mentor candidates, best match first</source>
        <translation>Candidats mentors, meilleure correspondance en tête</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Expertise</source>
        <translation>Expertise</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Correspondance</translation>
    </message>
    <message>
        <source>&amp;Candidates, best match first:</source>
        <translation>&amp;Candidats, meilleure correspondance en tête&#xa0;:</translation>
    </message>
    <message>
        <source>Why this rank</source>
        <translation>Pourquoi ce rang</translation>
    </message>
    <message>
        <source>&amp;Add candidate…</source>
        <translation>&amp;Ajouter un candidat…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Modi&amp;fier…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>C&amp;hoose as mentor</source>
        <translation>Ch&amp;oisir comme mentor</translation>
    </message>
    <message>
        <source>Rhythm</source>
        <translation>Rythme</translation>
    </message>
    <message>
        <source>Meet ho&amp;w often:</source>
        <translation>Fré&amp;quence des rencontres&#xa0;:</translation>
    </message>
    <message>
        <source>Meeting len&amp;gth:</source>
        <translation>D&amp;urée d&apos;une rencontre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Start date:</source>
        <translation>Dat&amp;e de début&#xa0;:</translation>
    </message>
    <message>
        <source>Re&amp;view on</source>
        <translation>Bi&amp;lan le</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Date du bilan</translation>
    </message>
    <message>
        <source>Review:</source>
        <translation>Bilan&#xa0;:</translation>
    </message>
    <message>
        <source>Check-in every how many meetings</source>
        <translation>Nombre de rencontres entre deux points d&apos;étape</translation>
    </message>
    <message>
        <source>Chec&amp;k-in every N meetings:</source>
        <translation>&amp;Point d&apos;étape toutes les N rencontres&#xa0;:</translation>
    </message>
    <message>
        <source>Lea&amp;der:</source>
        <translation>Diri&amp;geant&#xa0;:</translation>
    </message>
    <message>
        <source>What should this relationship change for you, and why now?</source>
        <translation>Qu&apos;est-ce que cette relation doit changer pour vous, et pourquoi maintenant&#xa0;?</translation>
    </message>
    <message>
        <source>What does the leader want to learn from you, and what do you hope to gain?</source>
        <translation>Qu&apos;est-ce que le dirigeant veut apprendre de vous, et qu&apos;espérez-vous en retirer&#xa0;?</translation>
    </message>
    <message>
        <source>Please check this: {0}</source>
        <translation>Veuillez vérifier ceci&#xa0;: {0}</translation>
    </message>
    <message>
        <source> (chosen)</source>
        <translation> (choisi)</translation>
    </message>
    <message numerus="yes">
        <source>{0} of %n focus area(s)</source>
        <translation>
            <numerusform>{0} sur %n thème</numerusform>
            <numerusform>{0} sur %n thèmes</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a candidate to see why they rank where they do.</source>
        <translation>Sélectionnez un candidat pour voir pourquoi il occupe ce rang.</translation>
    </message>
    <message>
        <source>No candidates yet.</source>
        <translation>Aucun candidat pour l&apos;instant.</translation>
    </message>
    <message>
        <source>• “{0}” is one of their areas.</source>
        <translation>• «&#xa0;{0}&#xa0;» fait partie de ses domaines.</translation>
    </message>
    <message>
        <source>• “{0}” partly matches “{1}”.</source>
        <translation>• «&#xa0;{0}&#xa0;» correspond en partie à «&#xa0;{1}&#xa0;».</translation>
    </message>
    <message>
        <source>• Their expertise does not cover any focus area yet.</source>
        <translation>• Son expertise ne couvre encore aucun thème.</translation>
    </message>
    <message>
        <source>• Not covered: {0}.</source>
        <translation>• Thèmes non couverts&#xa0;: {0}.</translation>
    </message>
</context>
<context>
    <name>RelationshipMenu</name>
    <message>
        <source>&amp;New relationship…</source>
        <translation>&amp;Nouvelle relation…</translation>
    </message>
    <message>
        <source>&amp;Edit relationship…</source>
        <translation>&amp;Modifier la relation…</translation>
    </message>
    <message>
        <source>&amp;Pause or resume</source>
        <translation>Suspendre ou &amp;reprendre</translation>
    </message>
    <message>
        <source>Mark &amp;completed</source>
        <translation>Marquer comme &amp;terminée</translation>
    </message>
    <message>
        <source>&amp;Delete relationship…</source>
        <translation>&amp;Supprimer la relation…</translation>
    </message>
    <message>
        <source>Ne&amp;xt relationship</source>
        <translation>Relation sui&amp;vante</translation>
    </message>
    <message>
        <source>Pre&amp;vious relationship</source>
        <translation>Relation &amp;précédente</translation>
    </message>
</context>
<context>
    <name>ReminderSettingsDialog</name>
    <message>
        <source>Reminders</source>
        <translation>Rappels</translation>
    </message>
</context>
<context>
    <name>ReminderSettingsGroup</name>
    <message>
        <source>Reminders</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <source>&amp;Remind me before each meeting</source>
        <translation>&amp;Me rappeler avant chaque rencontre</translation>
    </message>
    <message>
        <source>Remind me before each meeting</source>
        <translation>Me rappeler avant chaque rencontre</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes before the meeting</source>
        <translation>Minutes avant la rencontre</translation>
    </message>
    <message>
        <source>Also while the vault is &amp;locked</source>
        <translation>Aussi quand le coffre est &amp;verrouillé</translation>
    </message>
    <message>
        <source>Remind also while the vault is locked</source>
        <translation>Rappeler aussi quand le coffre est verrouillé</translation>
    </message>
    <message>
        <source>rmdesk then keeps the start times of upcoming meetings in memory after locking (never on disk) so it can remind you.</source>
        <translation>rmdesk garde alors en mémoire les heures de début des prochaines rencontres après le verrouillage (jamais sur le disque) afin de pouvoir vous les rappeler.</translation>
    </message>
    <message>
        <source>The reminder says only “Reverse-mentoring meeting in 15 minutes”: no name, no agenda. Reminders need rmdesk running; for reminders when it is closed, export the meetings to your calendar.</source>
        <translation>Le rappel indique seulement «&#xa0;Rencontre de mentorat inversé dans 15 minutes&#xa0;»&#xa0;: ni nom, ni ordre du jour. Les rappels ne fonctionnent que si rmdesk est ouvert&#xa0;; pour être rappelé quand il est fermé, exportez les rencontres vers votre agenda.</translation>
    </message>
    <message>
        <source>&amp;Minutes before:</source>
        <translation>Mi&amp;nutes avant&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>Reverse-mentoring meeting in 1 minute</source>
        <translation>Rencontre de mentorat inversé dans 1 minute</translation>
    </message>
    <message>
        <source>Reverse-mentoring meeting in {0} minutes</source>
        <translation>Rencontre de mentorat inversé dans {0}&#xa0;minutes</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>&amp;Show what it holds</source>
        <translation>&amp;Afficher le contenu</translation>
    </message>
    <message>
        <source>Choose a backup, type ITS passphrase (the one the vault had when the backup was made) and look at what it holds. Restoring keeps the current vault as a rollback copy in the data folder&apos;s backups.</source>
        <translation>Choisissez une sauvegarde, saisissez SA phrase secrète (celle du coffre au moment de la sauvegarde) et examinez son contenu. La restauration conserve le coffre actuel comme copie de secours dans le dossier des sauvegardes du dossier de données.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Vérifiée</translation>
    </message>
    <message>
        <source>No backups found</source>
        <translation>Aucune sauvegarde trouvée</translation>
    </message>
    <message>
        <source>Backups made with Vault &gt; Back up now… (and automatic ones) are listed here. A backup kept elsewhere, on a USB stick for instance, can be chosen as a file.</source>
        <translation>Les sauvegardes faites avec Coffre &gt; Sauvegarder maintenant… (et les automatiques) sont listées ici. Une sauvegarde conservée ailleurs, sur une clé USB par exemple, peut être choisie comme fichier.</translation>
    </message>
    <message>
        <source>Choose a backup file…</source>
        <translation>Choisir un fichier de sauvegarde…</translation>
    </message>
    <message>
        <source>&amp;Other file…</source>
        <translation>Autre &amp;fichier…</translation>
    </message>
    <message>
        <source>Choose another backup file</source>
        <translation>Choisir un autre fichier de sauvegarde</translation>
    </message>
    <message>
        <source>Passphrase of the backup</source>
        <translation>Phrase secrète de la sauvegarde</translation>
    </message>
    <message>
        <source>&amp;Passphrase of the backup:</source>
        <translation>&amp;Phrase secrète de la sauvegarde&#xa0;:</translation>
    </message>
    <message>
        <source>What the backup holds</source>
        <translation>Contenu de la sauvegarde</translation>
    </message>
    <message>
        <source>&amp;Restore this backup</source>
        <translation>&amp;Restaurer cette sauvegarde</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>Restaurer cette sauvegarde</translation>
    </message>
    <message>
        <source>yes, when written</source>
        <translation>oui, à l&apos;écriture</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Choisir une sauvegarde</translation>
    </message>
    <message>
        <source>Vault backups (*.rmdesk)</source>
        <translation>Sauvegardes de coffre (*.rmdesk)</translation>
    </message>
    <message>
        <source>yes, checked now</source>
        <translation>oui, vérifiée à l&apos;instant</translation>
    </message>
    <message>
        <source>Both integrity checks passed. Restore replaces the current vault.</source>
        <translation>Les deux contrôles d&apos;intégrité ont réussi. La restauration remplace le coffre actuel.</translation>
    </message>
    <message>
        <source>This backup FAILED its integrity checks; it cannot be restored.</source>
        <translation>Cette sauvegarde a ÉCHOUÉ aux contrôles d&apos;intégrité&#xa0;; elle ne peut pas être restaurée.</translation>
    </message>
    <message>
        <source>Restored. The vault now holds what the backup held.</source>
        <translation>Restauration effectuée. Le coffre contient désormais ce que contenait la sauvegarde.</translation>
    </message>
    <message>
        <source>The previous vault was kept as {0}</source>
        <translation>L&apos;ancien coffre a été conservé sous {0}</translation>
    </message>
    <message>
        <source>This backup holds:</source>
        <translation>Cette sauvegarde contient&#xa0;:</translation>
    </message>
    <message>
        <source>Relationships: {0}</source>
        <translation>Relations&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Meetings: {0}</source>
        <translation>Rencontres&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Reflections: {0}</source>
        <translation>Réflexions&#xa0;: {0}</translation>
    </message>
    <message>
        <source>NOT restored; the current vault is unchanged.</source>
        <translation>NON restaurée&#xa0;; le coffre actuel est inchangé.</translation>
    </message>
</context>
<context>
    <name>RhythmFields</name>
    <message>
        <source>How often you meet</source>
        <translation>Fréquence de vos rencontres</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Chaque semaine</translation>
    </message>
    <message>
        <source>Every two weeks</source>
        <translation>Toutes les deux semaines</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Chaque mois</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Meeting length in minutes</source>
        <translation>Durée d&apos;une rencontre en minutes</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
</context>
<context>
    <name>RhythmPage</name>
    <message>
        <source>Step 3: your rhythm</source>
        <translation>Étape 3&#xa0;: votre rythme</translation>
    </message>
    <message>
        <source>Meetings that come round regularly keep the exchange alive. Every two weeks or once a month suits most pairs.</source>
        <translation>Des rencontres régulières font vivre l&apos;échange. Toutes les deux semaines ou une fois par mois convient à la plupart des binômes.</translation>
    </message>
    <message>
        <source>Meet ho&amp;w often:</source>
        <translation>Fré&amp;quence des rencontres&#xa0;:</translation>
    </message>
    <message>
        <source>Meeting &amp;length:</source>
        <translation>D&amp;urée d&apos;une rencontre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Start date:</source>
        <translation>Dat&amp;e de début&#xa0;:</translation>
    </message>
    <message>
        <source>rmdesk plans the meetings from this rhythm in Meetings, where you can move or add any of them. A first review is set six months after the start.</source>
        <translation>rmdesk planifie les rencontres selon ce rythme dans «&#xa0;Rencontres&#xa0;», où vous pouvez déplacer chacune d&apos;elles ou en ajouter. Un premier bilan est prévu six mois après le début.</translation>
    </message>
</context>
<context>
    <name>RmdeskTray</name>
    <message>
        <source>&amp;Show rmdesk</source>
        <translation>&amp;Afficher rmdesk</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>&amp;Verrouiller maintenant</translation>
    </message>
    <message>
        <source>&amp;Reminders…</source>
        <translation>&amp;Rappels…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>rmdesk</source>
        <translation>rmdesk</translation>
    </message>
    <message>
        <source>Remin&amp;ders…</source>
        <translation>Rapp&amp;els…</translation>
    </message>
</context>
<context>
    <name>RolePage</name>
    <message>
        <source>Welcome: who are you in this relationship?</source>
        <translation>Bienvenue&#xa0;: quel est votre rôle dans cette relation&#xa0;?</translation>
    </message>
    <message>
        <source>Are you the leader who is learning, or the mentor who is teaching? The next steps follow your answer. Every step can be skipped and changed later.</source>
        <translation>Êtes-vous le dirigeant qui apprend, ou le mentor qui transmet&#xa0;? Les étapes suivantes dépendent de votre réponse. Chaque étape peut être passée et modifiée plus tard.</translation>
    </message>
    <message>
        <source>I am the &amp;leader, here to learn</source>
        <translation>Je suis le &amp;dirigeant, ici pour apprendre</translation>
    </message>
    <message>
        <source>I am the &amp;mentor, here to teach</source>
        <translation>Je suis le &amp;mentor, ici pour transmettre</translation>
    </message>
    <message>
        <source>I am the leader, here to learn</source>
        <translation>Je suis le dirigeant, ici pour apprendre</translation>
    </message>
    <message>
        <source>I am the mentor, here to teach</source>
        <translation>Je suis le mentor, ici pour transmettre</translation>
    </message>
    <message>
        <source>Your own name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>Your &amp;own name:</source>
        <translation>Votre &amp;nom&#xa0;:</translation>
    </message>
    <message>
        <source>Your name goes into the agreement you both confirm. It stays in this encrypted file, like everything else.</source>
        <translation>Votre nom figure dans l&apos;accord que vous confirmez tous les deux. Il reste dans ce fichier chiffré, comme tout le reste.</translation>
    </message>
    <message>
        <source>Has the leader already shared a pack with you? Open it instead of typing: the relationship and the agreement arrive as the leader set them up.</source>
        <translation>Le dirigeant vous a-t-il déjà transmis un paquet d&apos;échange&#xa0;? Ouvrez-le au lieu de tout saisir&#xa0;: la relation et l&apos;accord arrivent tels que le dirigeant les a configurés.</translation>
    </message>
    <message>
        <source>Open a &amp;pack from your leader…</source>
        <translation>&amp;Ouvrir un paquet d&apos;échange de votre dirigeant…</translation>
    </message>
    <message>
        <source>Open a pack from your leader</source>
        <translation>Ouvrir un paquet d&apos;échange de votre dirigeant</translation>
    </message>
</context>
<context>
    <name>RollbackPrompt</name>
    <message>
        <source>The record of this vault&apos;s newest version on this computer was changed or damaged, so rmdesk cannot tell whether this is an older copy.</source>
        <translation>L&apos;enregistrement de la version la plus récente de ce coffre sur cet ordinateur a été modifié ou endommagé&#xa0;: rmdesk ne peut donc pas savoir s&apos;il s&apos;agit d&apos;une copie plus ancienne.</translation>
    </message>
    <message>
        <source>This vault is older than the last version rmdesk saw on this computer.</source>
        <translation>Ce coffre est plus ancien que la dernière version vue par rmdesk sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Changes saved since then are not in it. A sync conflict, a copied file or someone else may have put an older copy in its place.

If you put this copy back on purpose (restored it by hand), continue: from now on it counts as the newest. Otherwise lock, and look for the newer file (other devices, your sync service&apos;s version history, rmdesk&apos;s backups folder).</source>
        <translation>Les modifications enregistrées depuis n&apos;y figurent pas. Un conflit de synchronisation, une copie de fichier ou une autre personne a pu mettre une copie plus ancienne à sa place.

Si vous avez remis cette copie volontairement (restaurée à la main), continuez&#xa0;: elle comptera désormais comme la plus récente. Sinon, verrouillez et cherchez le fichier plus récent (autres appareils, historique des versions de votre service de synchronisation, dossier des sauvegardes de rmdesk).</translation>
    </message>
    <message>
        <source>Older copy of the vault</source>
        <translation>Copie plus ancienne du coffre</translation>
    </message>
    <message>
        <source>&amp;Continue with this copy</source>
        <translation>&amp;Continuer avec cette copie</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <source>Continue with this copy</source>
        <translation>Continuer avec cette copie</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <source>Schedule meetings</source>
        <translation>Planifier les rencontres</translation>
    </message>
    <message>
        <source>every week</source>
        <translation>chaque semaine</translation>
    </message>
    <message>
        <source>every two weeks</source>
        <translation>toutes les deux semaines</translation>
    </message>
    <message>
        <source>every month</source>
        <translation>chaque mois</translation>
    </message>
    <message numerus="yes">
        <source>You meet {0} with {1}, %n minute(s) each time. Meetings already planned, moved or cancelled are kept; only missing ones are added.</source>
        <translation>
            <numerusform>Vous rencontrez {1} {0}, %n minute à chaque fois. Les rencontres déjà planifiées, déplacées ou annulées sont conservées&#xa0;; seules celles qui manquent sont ajoutées.</numerusform>
            <numerusform>Vous rencontrez {1} {0}, %n minutes à chaque fois. Les rencontres déjà planifiées, déplacées ou annulées sont conservées&#xa0;; seules celles qui manquent sont ajoutées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Meeting time of day</source>
        <translation>Heure de la rencontre</translation>
    </message>
    <message>
        <source>Schedule up to this day</source>
        <translation>Planifier jusqu&apos;à ce jour</translation>
    </message>
    <message>
        <source>Meet &amp;at (local time):</source>
        <translation>&amp;Heure (locale)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Up to:</source>
        <translation>&amp;Jusqu&apos;au&#xa0;:</translation>
    </message>
</context>
<context>
    <name>SearchResults</name>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}&#xa0;: {1}</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>Purpose &amp; Goals</source>
        <translation>But &amp; objectifs</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Accord</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Rencontres</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progrès</translation>
    </message>
    <message>
        <source>Reflections (private)</source>
        <translation>Réflexions (privées)</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <source>Share with {0}</source>
        <translation>Partager avec {0}</translation>
    </message>
    <message>
        <source>Writes one encrypted file with what you and {0} share: the purpose, both people&apos;s goals and progress, the agreement with its confirmations, meetings with agenda items, shared notes and outcomes, actions, acknowledgements and check-in ratings. Give {0} the file (a USB stick, your own file share) and read the words below aloud; {0} opens it with Open a pack.</source>
        <translation>Écrit un seul fichier chiffré avec ce que vous partagez avec {0}&#xa0;: le but, les objectifs et les progrès de chacun, l&apos;accord et ses confirmations, les rencontres et leurs points, les notes partagées et les conclusions, les actions, les reconnaissances et les notes des points d&apos;étape. Remettez le fichier à {0} (clé USB, votre propre partage de fichiers) et lisez à voix haute les mots ci-dessous&#xa0;; {0} l&apos;ouvre avec «&#xa0;Ouvrir un paquet d&apos;échange&#xa0;».</translation>
    </message>
    <message>
        <source>Never in the pack: your reflections, private meeting notes, mentor candidates, the fields only the leader sees, and other relationships.</source>
        <translation>Jamais dans le paquet&#xa0;: vos réflexions, les notes privées de rencontre, les candidats mentors, les champs que seul le dirigeant voit, et les autres relations.</translation>
    </message>
    <message>
        <source>Pack passphrase</source>
        <translation>Phrase secrète du paquet d&apos;échange</translation>
    </message>
    <message>
        <source>New &amp;words</source>
        <translation>&amp;Nouveaux mots</translation>
    </message>
    <message>
        <source>Propose new words</source>
        <translation>Proposer de nouveaux mots</translation>
    </message>
    <message>
        <source>Pack &amp;passphrase:</source>
        <translation>&amp;Phrase secrète du paquet&#xa0;:</translation>
    </message>
    <message>
        <source>Read the words aloud to {0}, or type words you both agree on.</source>
        <translation>Lisez les mots à voix haute à {0}, ou saisissez des mots dont vous convenez tous les deux.</translation>
    </message>
    <message>
        <source>Pack file</source>
        <translation>Fichier du paquet d&apos;échange</translation>
    </message>
    <message>
        <source>rmdesk packs (*.rmpack)</source>
        <translation>Paquets d&apos;échange rmdesk (*.rmpack)</translation>
    </message>
    <message>
        <source>Save &amp;to:</source>
        <translation>Enregistrer &amp;sous&#xa0;:</translation>
    </message>
    <message>
        <source>Write the p&amp;ack</source>
        <translation>&amp;Créer le paquet</translation>
    </message>
    <message>
        <source>Those words are too easy to guess. Use the proposed words (New words), or four or more words of your own. Nothing was written.</source>
        <translation>Ces mots sont trop faciles à deviner. Utilisez les mots proposés («&#xa0;Nouveaux mots&#xa0;») ou au moins quatre mots de votre choix. Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Choose an existing folder for the pack.</source>
        <translation>Choisissez un dossier existant pour le paquet d&apos;échange.</translation>
    </message>
    <message>
        <source>That is the vault itself; choose another file.</source>
        <translation>C&apos;est le coffre lui-même&#xa0;; choisissez un autre fichier.</translation>
    </message>
    <message>
        <source>Wrote the pack for {0} to {1} (encrypted).</source>
        <translation>Paquet d&apos;échange pour {0} écrit dans {1} (chiffré).</translation>
    </message>
    <message>
        <source>In it: {0}.</source>
        <translation>Contenu&#xa0;: {0}.</translation>
    </message>
    <message>
        <source>Agreement fingerprint: {0}. {1} sees the same after opening it.</source>
        <translation>Empreinte de l&apos;accord&#xa0;: {0}. {1} verra la même après l&apos;avoir ouvert.</translation>
    </message>
    <message>
        <source>Now read the words aloud to {0}.</source>
        <translation>Lisez maintenant les mots à voix haute à {0}.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}&#xa0;: {1}</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Too weak: this could be guessed in moments.</source>
        <translation>Trop faible&#xa0;: elle pourrait être devinée en un instant.</translation>
    </message>
    <message>
        <source>Weak: add more words or characters.</source>
        <translation>Faible&#xa0;: ajoutez des mots ou des caractères.</translation>
    </message>
    <message>
        <source>Fair: acceptable, but a longer phrase would be safer.</source>
        <translation>Moyenne&#xa0;: acceptable, mais une phrase plus longue serait plus sûre.</translation>
    </message>
    <message>
        <source>Good.</source>
        <translation>Bonne.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Forte.</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Robustesse de la phrase secrète</translation>
    </message>
</context>
<context>
    <name>SummaryPanel</name>
    <message>
        <source>In &amp;a few words (shared):</source>
        <translation>En quelques &amp;mots (partagé)&#xa0;:</translation>
    </message>
    <message>
        <source>The meeting in a few words</source>
        <translation>La rencontre en quelques mots</translation>
    </message>
    <message>
        <source>Su&amp;mmary of what was discussed, concluded and agreed:</source>
        <translation>Résumé de ce &amp;qui a été discuté, conclu et convenu&#xa0;:</translation>
    </message>
    <message>
        <source>Meeting summary</source>
        <translation>Résumé de la rencontre</translation>
    </message>
    <message>
        <source>Export Mar&amp;kdown…</source>
        <translation>Exporter en Mar&amp;kdown…</translation>
    </message>
    <message>
        <source>Export the summary as Markdown</source>
        <translation>Exporter le résumé en Markdown</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exporter en &amp;PDF…</translation>
    </message>
    <message>
        <source>Export the summary as PDF</source>
        <translation>Exporter le résumé en PDF</translation>
    </message>
    <message>
        <source>Write a re&amp;flection…</source>
        <translation>Écrir&amp;e une réflexion…</translation>
    </message>
    <message>
        <source>Write a reflection on this meeting</source>
        <translation>Écrire une réflexion sur cette rencontre</translation>
    </message>
    <message>
        <source>The meeting is over. While it is fresh: what did you learn, what surprised you, what will you try? Write a reflection in your private journal.</source>
        <translation>La rencontre est terminée. Tant qu&apos;elle est encore fraîche&#xa0;: qu&apos;avez-vous appris, qu&apos;est-ce qui vous a surpris, qu&apos;allez-vous essayer&#xa0;? Écrivez une réflexion dans votre journal privé.</translation>
    </message>
    <message>
        <source>The meeting is over. Here is what you covered.</source>
        <translation>La rencontre est terminée. Voici ce que vous avez abordé.</translation>
    </message>
    <message>
        <source>The summary fills in as the meeting is held.</source>
        <translation>Le résumé se complète au fil de la rencontre.</translation>
    </message>
    <message>
        <source>The meeting summary</source>
        <translation>Le résumé de la rencontre</translation>
    </message>
    <message>
        <source>Export summary as Markdown</source>
        <translation>Exporter le résumé en Markdown</translation>
    </message>
    <message>
        <source>Export summary as PDF</source>
        <translation>Exporter le résumé en PDF</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Unlock your vault</source>
        <translation>Déverrouiller votre coffre</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>Opening the vault</source>
        <translation>Ouverture du coffre</translation>
    </message>
    <message>
        <source>Unlock problem</source>
        <translation>Problème de déverrouillage</translation>
    </message>
    <message>
        <source>The passphrase is never stored. rmdesk cannot recover it, and neither can anyone else.</source>
        <translation>La phrase secrète n&apos;est jamais enregistrée. rmdesk ne peut pas la récupérer, et personne d&apos;autre non plus.</translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation>Saisissez d&apos;abord votre phrase secrète.</translation>
    </message>
</context>
<context>
    <name>VaultErrors</name>
    <message>
        <source>The vault could not be used.</source>
        <translation>Le coffre n&apos;a pas pu être utilisé.</translation>
    </message>
    <message>
        <source>There is no vault in this data folder yet.</source>
        <translation>Ce dossier de données ne contient pas encore de coffre.</translation>
    </message>
    <message>
        <source>Create one, or start rmdesk with the right data folder (--data-dir or RMDESK_DATA_DIR).</source>
        <translation>Créez-en un, ou lancez rmdesk avec le bon dossier de données (--data-dir ou RMDESK_DATA_DIR).</translation>
    </message>
    <message>
        <source>A vault already exists here; it was left untouched.</source>
        <translation>Un coffre existe déjà ici&#xa0;; il n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>Choose another data folder, or restore a backup over it explicitly.</source>
        <translation>Choisissez un autre dossier de données, ou restaurez explicitement une sauvegarde par-dessus.</translation>
    </message>
    <message>
        <source>That passphrase does not open this vault.</source>
        <translation>Cette phrase secrète n&apos;ouvre pas ce coffre.</translation>
    </message>
    <message>
        <source>Check Caps Lock and the keyboard layout, then try again. Nothing was changed. If you are sure of the passphrase, the file may not be an rmdesk vault.</source>
        <translation>Vérifiez le verrouillage des majuscules et la disposition du clavier, puis réessayez. Rien n&apos;a été modifié. Si vous êtes sûr de la phrase secrète, le fichier n&apos;est peut-être pas un coffre rmdesk.</translation>
    </message>
    <message>
        <source>The vault file is damaged.</source>
        <translation>Le fichier du coffre est endommagé.</translation>
    </message>
    <message>
        <source>Nothing was overwritten. Restore your latest backup, or keep the file and ask for help.</source>
        <translation>Rien n&apos;a été écrasé. Restaurez votre dernière sauvegarde, ou conservez le fichier et demandez de l&apos;aide.</translation>
    </message>
    <message>
        <source>The start of the vault file is damaged.</source>
        <translation>Le début du fichier du coffre est endommagé.</translation>
    </message>
    <message>
        <source>This file is not an rmdesk vault.</source>
        <translation>Ce fichier n&apos;est pas un coffre rmdesk.</translation>
    </message>
    <message>
        <source>Nothing was changed. Check which data folder rmdesk is using (--data-dir), or restore a backup.</source>
        <translation>Rien n&apos;a été modifié. Vérifiez quel dossier de données rmdesk utilise (--data-dir), ou restaurez une sauvegarde.</translation>
    </message>
    <message>
        <source>The vault file is empty (0 bytes), so it was probably cut short by a crash or a sync tool.</source>
        <translation>Le fichier du coffre est vide (0 octet)&#xa0;: il a probablement été tronqué par un plantage ou un outil de synchronisation.</translation>
    </message>
    <message>
        <source>It was not replaced. Restore your latest backup, or move the empty file away to start anew.</source>
        <translation>Il n&apos;a pas été remplacé. Restaurez votre dernière sauvegarde, ou déplacez le fichier vide pour repartir de zéro.</translation>
    </message>
    <message>
        <source>This vault was written by a newer version of rmdesk.</source>
        <translation>Ce coffre a été écrit par une version plus récente de rmdesk.</translation>
    </message>
    <message>
        <source>Install the newer rmdesk to open it; this version left it untouched.</source>
        <translation>Installez la version plus récente de rmdesk pour l&apos;ouvrir&#xa0;; cette version ne l&apos;a pas modifié.</translation>
    </message>
    <message>
        <source>The vault is already open in another rmdesk window or command.</source>
        <translation>Le coffre est déjà ouvert dans une autre fenêtre ou commande rmdesk.</translation>
    </message>
    <message>
        <source>Close the other one first. A lock left by a crashed rmdesk clears by itself.</source>
        <translation>Fermez d&apos;abord l&apos;autre. Un verrou laissé par un rmdesk qui a planté se libère de lui-même.</translation>
    </message>
    <message>
        <source>The disk is full, so the last change was not saved.</source>
        <translation>Le disque est plein&#xa0;: la dernière modification n&apos;a pas été enregistrée.</translation>
    </message>
    <message>
        <source>Everything saved before it is intact. Free some space and try again.</source>
        <translation>Tout ce qui a été enregistré avant est intact. Libérez de l&apos;espace, puis réessayez.</translation>
    </message>
    <message>
        <source>The vault or its folder is read-only, so nothing can be saved.</source>
        <translation>Le coffre ou son dossier est en lecture seule&#xa0;: rien ne peut être enregistré.</translation>
    </message>
    <message>
        <source>Check the file&apos;s permissions or the drive&apos;s write protection.</source>
        <translation>Vérifiez les autorisations du fichier ou la protection en écriture du lecteur.</translation>
    </message>
    <message>
        <source>The disk reported an error while reading or writing the vault.</source>
        <translation>Le disque a signalé une erreur lors de la lecture ou de l&apos;écriture du coffre.</translation>
    </message>
    <message>
        <source>Everything saved before it is intact. Check that the drive is still connected, then try again; restore a backup if it keeps happening.</source>
        <translation>Tout ce qui a été enregistré avant est intact. Vérifiez que le lecteur est toujours connecté, puis réessayez&#xa0;; restaurez une sauvegarde si le problème persiste.</translation>
    </message>
    <message>
        <source>rmdesk is not allowed to read the vault file.</source>
        <translation>rmdesk n&apos;est pas autorisé à lire le fichier du coffre.</translation>
    </message>
    <message>
        <source>Check the file&apos;s owner and permissions. Nothing was changed.</source>
        <translation>Vérifiez le propriétaire et les autorisations du fichier. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>That file or folder path cannot be used.</source>
        <translation>Ce chemin de fichier ou de dossier ne peut pas être utilisé.</translation>
    </message>
    <message>
        <source>Check the path (--data-dir, RMDESK_DATA_DIR or the file name given). Nothing was changed.</source>
        <translation>Vérifiez le chemin (--data-dir, RMDESK_DATA_DIR ou le nom de fichier indiqué). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Passphrase NOT changed; the old one still works.</source>
        <translation>Phrase secrète NON modifiée&#xa0;; l&apos;ancienne fonctionne toujours.</translation>
    </message>
    <message>
        <source>Nothing else was changed. Free some disk space, then try again.</source>
        <translation>Rien d&apos;autre n&apos;a été modifié. Libérez de l&apos;espace disque, puis réessayez.</translation>
    </message>
    <message>
        <source>The input file cannot be used.</source>
        <translation>Le fichier d&apos;entrée ne peut pas être utilisé.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>This vault is older than the last version rmdesk saw on this computer.</source>
        <translation>Ce coffre est plus ancien que la dernière version vue par rmdesk sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Someone or something (a sync conflict, a copied file) may have put back an older copy. If you restored it on purpose, open it in the app and choose to continue.</source>
        <translation>Quelqu&apos;un ou quelque chose (un conflit de synchronisation, une copie de fichier) a peut-être remis une copie plus ancienne. Si vous l&apos;avez restaurée volontairement, ouvrez-la dans l&apos;application et choisissez «&#xa0;Continuer avec cette copie&#xa0;».</translation>
    </message>
    <message>
        <source>There is too little free space for a backup there; nothing was written.</source>
        <translation>Il n&apos;y a pas assez d&apos;espace libre à cet endroit pour une sauvegarde&#xa0;; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Free some space or choose another folder (Vault ▸ Preferences), then try again.</source>
        <translation>Libérez de l&apos;espace ou choisissez un autre dossier (Coffre ▸ Préférences), puis réessayez.</translation>
    </message>
    <message>
        <source>This computer does not have enough free memory to import that file.</source>
        <translation>Cet ordinateur n&apos;a pas assez de mémoire libre pour importer ce fichier.</translation>
    </message>
    <message>
        <source>Nothing was changed. Close other programs, or import on a computer with more memory.</source>
        <translation>Rien n&apos;a été modifié. Fermez d&apos;autres programmes, ou importez sur un ordinateur disposant de plus de mémoire.</translation>
    </message>
    <message>
        <source>The pack was refused; nothing was changed.</source>
        <translation>Le paquet d&apos;échange a été refusé&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Ask for the pack again: it must arrive exactly as it was written.</source>
        <translation>Demandez à recevoir à nouveau le paquet d&apos;échange&#xa0;: il doit arriver exactement tel qu&apos;il a été écrit.</translation>
    </message>
    <message>
        <source>That passphrase does not open this pack; nothing was changed.</source>
        <translation>Cette phrase secrète n&apos;ouvre pas ce paquet d&apos;échange&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Check the words you agreed on, then try again.</source>
        <translation>Vérifiez les mots convenus, puis réessayez.</translation>
    </message>
    <message>
        <source>This pack was written from this side of the relationship; nothing was changed.</source>
        <translation>Ce paquet d&apos;échange a été créé de ce côté-ci de la relation&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Open it in the other person&apos;s rmdesk.</source>
        <translation>Ouvrez-le dans le rmdesk de l&apos;autre personne.</translation>
    </message>
    <message>
        <source>That is this vault itself; choose the other copy.</source>
        <translation>Il s&apos;agit de ce coffre lui-même&#xa0;; choisissez l&apos;autre copie.</translation>
    </message>
    <message>
        <source>Not saved: {0}</source>
        <translation>Non enregistré&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Not saved: {0} {1} Your text is still here.</source>
        <translation>Non enregistré&#xa0;: {0} {1} Votre texte est toujours là.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Non exporté</translation>
    </message>
</context>
<context>
    <name>VaultMenu</name>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Sauvegarder maintenant…</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation>Changer la &amp;phrase secrète…</translation>
    </message>
    <message>
        <source>C&amp;heck the vault</source>
        <translation>&amp;Vérifier le coffre</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>I&amp;mport…</source>
        <translation>I&amp;mporter…</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>Pré&amp;férences…</translation>
    </message>
    <message>
        <source>Finishing the backup before quitting…</source>
        <translation>Finalisation de la sauvegarde avant de quitter…</translation>
    </message>
    <message>
        <source>Automatic backup written and verified: {0}</source>
        <translation>Sauvegarde automatique écrite et vérifiée&#xa0;: {0}</translation>
    </message>
    <message>
        <source>The automatic backup was NOT written.</source>
        <translation>La sauvegarde automatique n&apos;a PAS été écrite.</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Échec de la sauvegarde</translation>
    </message>
</context>
<context>
    <name>VaultNotesBanner</name>
    <message>
        <source>Vault notes</source>
        <translation>Remarques sur le coffre</translation>
    </message>
    <message>
        <source> and {0} more</source>
        <translation> et {0} autres</translation>
    </message>
    <message>
        <source>Some records are damaged and are not shown: {0}. Everything else is here; restore a backup to get them back.</source>
        <translation>Certains enregistrements sont endommagés et ne sont pas affichés&#xa0;: {0}. Tout le reste est là&#xa0;; restaurez une sauvegarde pour les récupérer.</translation>
    </message>
</context>
<context>
    <name>ViewKeys</name>
    <message>
        <source>Purpose &amp; Goals</source>
        <translation>But &amp; objectifs</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Accord</translation>
    </message>
    <message>
        <source>Meetings: the agenda list</source>
        <translation>Rencontres&#xa0;: la liste de l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>Meetings: live session</source>
        <translation>Rencontres&#xa0;: séance en direct</translation>
    </message>
    <message>
        <source>Reflections</source>
        <translation>Réflexions</translation>
    </message>
    <message>
        <source>Add a goal</source>
        <translation>Ajouter un objectif</translation>
    </message>
    <message>
        <source>Move the goal up</source>
        <translation>Monter l&apos;objectif</translation>
    </message>
    <message>
        <source>Move the goal down</source>
        <translation>Descendre l&apos;objectif</translation>
    </message>
    <message>
        <source>Archive or restore the goal</source>
        <translation>Archiver ou restaurer l&apos;objectif</translation>
    </message>
    <message>
        <source>Undo the last goal change</source>
        <translation>Annuler la dernière modification d&apos;objectif</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Save the goal</source>
        <translation>Enregistrer l&apos;objectif</translation>
    </message>
    <message>
        <source>Save the draft as a new version</source>
        <translation>Enregistrer le brouillon comme nouvelle version</translation>
    </message>
    <message>
        <source>Move the item up</source>
        <translation>Monter le point</translation>
    </message>
    <message>
        <source>Move the item down</source>
        <translation>Descendre le point</translation>
    </message>
    <message>
        <source>Remove the item</source>
        <translation>Retirer le point</translation>
    </message>
    <message>
        <source>Next item</source>
        <translation>Point suivant</translation>
    </message>
    <message>
        <source>Previous item</source>
        <translation>Point précédent</translation>
    </message>
    <message>
        <source>Start or pause the timer</source>
        <translation>Démarrer ou suspendre le minuteur</translation>
    </message>
    <message>
        <source>Item done</source>
        <translation>Point traité</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>Ajouter une note</translation>
    </message>
    <message>
        <source>Raise a question</source>
        <translation>Poser une question</translation>
    </message>
    <message>
        <source>Challenge an assumption</source>
        <translation>Remettre en question une hypothèse</translation>
    </message>
    <message>
        <source>Add an action</source>
        <translation>Ajouter une action</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>Terminer la séance</translation>
    </message>
    <message>
        <source>Search the reflections</source>
        <translation>Rechercher dans les réflexions</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to rmdesk</source>
        <translation>Bienvenue dans rmdesk</translation>
    </message>
    <message>
        <source>rmdesk keeps your reverse-mentoring relationship (goals, agreement, meetings, actions and your private reflections) in one encrypted file on this computer; nothing is sent anywhere. The file opens only with the passphrase you choose now, which is never stored and cannot be recovered if you forget it.</source>
        <translation>rmdesk conserve votre relation de mentorat inversé (objectifs, accord, rencontres, actions et vos réflexions privées) dans un seul fichier chiffré sur cet ordinateur&#xa0;; rien n&apos;est envoyé nulle part. Le fichier ne s&apos;ouvre qu&apos;avec la phrase secrète que vous choisissez maintenant. Elle n&apos;est jamais enregistrée et ne peut pas être récupérée si vous l&apos;oubliez.</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Répétez la phrase secrète</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nouvelle phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Répétez-la&#xa0;:</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Robustesse&#xa0;:</translation>
    </message>
    <message>
        <source>Passphrase strength verdict</source>
        <translation>Évaluation de la robustesse de la phrase secrète</translation>
    </message>
    <message>
        <source>&amp;Create vault</source>
        <translation>&amp;Créer le coffre</translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation>Créer le coffre</translation>
    </message>
    <message>
        <source>Creating the vault</source>
        <translation>Création du coffre</translation>
    </message>
    <message>
        <source>Choose a passphrase: four or more unrelated words work well.</source>
        <translation>Choisissez une phrase secrète&#xa0;: quatre mots sans rapport entre eux, ou plus, conviennent bien.</translation>
    </message>
    <message>
        <source>This passphrase is too weak to protect the vault.</source>
        <translation>Cette phrase secrète est trop faible pour protéger le coffre.</translation>
    </message>
    <message>
        <source>Type the passphrase again to confirm it.</source>
        <translation>Saisissez à nouveau la phrase secrète pour la confirmer.</translation>
    </message>
    <message>
        <source>The two passphrases do not match.</source>
        <translation>Les deux phrases secrètes ne correspondent pas.</translation>
    </message>
</context>
<context>
    <name>WhoPage</name>
    <message>
        <source>Step 2: your mentor</source>
        <translation>Étape 2&#xa0;: votre mentor</translation>
    </message>
    <message>
        <source>Who will you learn from? The right mentor knows your focus areas and is willing to share; someone unlike you brings the most.</source>
        <translation>De qui allez-vous apprendre&#xa0;? Le bon mentor connaît vos thèmes et est prêt à partager&#xa0;; une personne différente de vous vous apportera le plus.</translation>
    </message>
    <message>
        <source>Your &amp;mentor&apos;s name:</source>
        <translation>Nom de votre &amp;mentor&#xa0;:</translation>
    </message>
    <message>
        <source>Your mentor&apos;s name</source>
        <translation>Nom de votre mentor</translation>
    </message>
    <message>
        <source>Still choosing? Type a working name now. Later, Edit relationship (Ctrl+E) lets you list candidates with their expertise and ranks them by your focus areas; that list stays private.</source>
        <translation>Vous hésitez encore&#xa0;? Saisissez un nom provisoire. Plus tard, «&#xa0;Modifier la relation&#xa0;» (Ctrl+E) vous permet de lister des candidats avec leur expertise, classés selon vos thèmes&#xa0;; cette liste reste privée.</translation>
    </message>
    <message>
        <source>Step 2: the leader</source>
        <translation>Étape 2&#xa0;: le dirigeant</translation>
    </message>
    <message>
        <source>Who is the leader learning from you?</source>
        <translation>Qui est le dirigeant qui apprend de vous&#xa0;?</translation>
    </message>
    <message>
        <source>The &amp;leader&apos;s name:</source>
        <translation>Nom du &amp;dirigeant&#xa0;:</translation>
    </message>
    <message>
        <source>The leader&apos;s name</source>
        <translation>Nom du dirigeant</translation>
    </message>
    <message>
        <source>This copy is yours: you keep your own notes of what you two share. If the leader has already shared a pack with you, close this setup and choose Relationship → Open a pack… instead: both copies then hold the same relationship and agreement.</source>
        <translation>Cette copie est la vôtre&#xa0;: vous y tenez vos propres notes sur ce que vous partagez tous les deux. Si le dirigeant vous a déjà transmis un paquet d&apos;échange, fermez cette configuration et choisissez plutôt Relation → Ouvrir un paquet d&apos;échange…&#xa0;: les deux copies contiendront alors la même relation et le même accord.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Relationships and sections</source>
        <translation>Relations et sections</translation>
    </message>
    <message>
        <source>you learn</source>
        <translation>vous apprenez</translation>
    </message>
    <message>
        <source>you mentor</source>
        <translation>vous êtes mentor</translation>
    </message>
    <message>
        <source>, paused</source>
        <translation>, en pause</translation>
    </message>
    <message>
        <source>, completed</source>
        <translation>, terminée</translation>
    </message>
    <message>
        <source>Private: never shown in shared-screen mode</source>
        <translation>Privé&#xa0;: jamais affiché en mode écran partagé</translation>
    </message>
    <message>
        <source>&amp;Start a relationship…</source>
        <translation>&amp;Commencer une relation…</translation>
    </message>
    <message>
        <source>No relationship yet</source>
        <translation>Aucune relation pour l&apos;instant</translation>
    </message>
    <message>
        <source>A relationship holds everything you do with one person: its purpose, the agreement you confirm together, your meetings and what you learn.</source>
        <translation>Une relation réunit tout ce que vous faites avec une personne&#xa0;: son but, l&apos;accord que vous confirmez ensemble, vos rencontres et ce que vous apprenez.</translation>
    </message>
    <message>
        <source>Delete relationship</source>
        <translation>Supprimer la relation</translation>
    </message>
    <message>
        <source>Delete the relationship with {0} and everything in it (goals, agreement, meetings, actions, check-ins and reflections)? This cannot be undone; a backup made earlier still holds it.</source>
        <translation>Supprimer la relation avec {0} et tout son contenu (objectifs, accord, rencontres, actions, points d&apos;étape et réflexions)&#xa0;? Cette action est irréversible&#xa0;; une sauvegarde antérieure la contient encore.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>Mettre en &amp;pause</translation>
    </message>
    <message>
        <source>Mark &amp;completed</source>
        <translation>Marquer comme &amp;terminée</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
</context>
</TS>
