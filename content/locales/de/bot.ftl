# The Telegram bot's messages in German (content/locales/en/bot.ftl is the source). Telegram HTML
# exactly as in English; partners are addressed formally ("Sie"), as in content/docs/de/. Lists of
# statuses arrive joined ("Silber und Gold"), so they follow "Partner mit Status" rather than
# taking "-Partner" (which only a single status does: "Silber-Partner").

## The command menu (plain)
bot-command-start = Was ich kann
bot-command-tiers = Die Status im Vergleich
bot-command-check = Welcher Status Ihnen zusteht
bot-command-find = Einen eingetragenen Partner finden
bot-command-status = Ihr Status und Fortschritt (Teammitglieder)
bot-command-deadlines = Ihre nächsten Termine (Teammitglieder)
bot-command-reminders = Ihre Erinnerungen an Fristen, ein oder aus (Teammitglieder)
bot-command-leads = Implementierungsanfragen und Ihre Abschlussquote (Teammitglieder)
bot-command-language = Die Sprache ändern, in der ich schreibe
bot-command-help = Befehle und Beispielfragen

## Buttons (plain)
bot-button-tiers = 📊 Status
bot-button-check = ✅ Voraussetzungen prüfen
bot-button-find = 🔎 Partner finden
bot-button-status = 📈 Mein Status
bot-button-deadlines = 📅 Meine Fristen
bot-button-help = ❓ Hilfe
bot-button-back = « Zurück
bot-button-cancel = ✖ Abbrechen
bot-button-again = 🔁 Noch einmal prüfen
bot-button-yes = Ja
bot-button-no = Nein
bot-button-zero = Keine (0)
bot-button-all = Alles
bot-button-not-partner = Noch kein Partner
bot-button-any-service = Beliebige Dienstleistung
bot-button-other-country = « Anderes Land
bot-button-other-service = « Andere Dienstleistung
bot-button-open-private = 🔒 Privaten Chat öffnen

## /start and /help
bot-start-welcome =
    👋 Hallo! Ich bin der Assistent des <b>{ $program }</b>.

    Ich zeige Ihnen die Partnerstatus, prüfe, welcher davon Ihrem Unternehmen zusteht, finde eingetragene Partner und beantworte Fragen zu den Programmregeln. Fragen Sie einfach mit Ihren eigenen Worten, etwa „Wie lange gilt das NFR-Abonnement?“
bot-start-linked = Sie sind mit <b>{ $partner }</b> verknüpft: /status zeigt, wo Sie stehen, /deadlines Ihre nächsten Termine.
bot-help-commands =
    <b>Was ich kann</b>
    /tiers — die Status im Vergleich
    /check — welcher Status Ihnen zusteht und was noch fehlt
    /find — eingetragene Partner nach Land und Dienstleistung
    /status — Ihr Status und Fortschritt (Teammitglieder eines Partners)
    /deadlines — Ihre nächsten Termine (Teammitglieder eines Partners)
    /reminders — Ihre Erinnerungen an Fristen, ein oder aus (Teammitglieder eines Partners)
    /leads — Implementierungsanfragen von Kunden und Ihre Abschlussquote (Teammitglieder eines Partners)
    /language — die Sprache, in der ich schreibe
bot-help-admin =
    /reload — die Inhalte jetzt neu einlesen
    /stats — Nutzungszahlen
    /reminders status — was die Erinnerungen gesendet haben und was fehlgeschlagen ist
    /leads stats — Implementierungsanfragen nach Land und Art
bot-help-ask =
    Oder stellen Sie eine Frage zum Programm, etwa:
    { $examples }
bot-help-example-nfr = Wie lange gilt das NFR-Abonnement?
bot-help-example-discount = Wie viel Rabatt bekommt man mit { $status }?
bot-help-example-bonus = Kann ich eine On-Premise-Verlängerung mit einem Bonus bezahlen?
bot-help-source = Meine Antworten stammen aus der { $docs }.
bot-help-docs-name = Programmdokumentation

## /language
bot-language-choose = In welcher Sprache soll ich Ihnen schreiben?
bot-language-set = Ab jetzt schreibe ich Ihnen auf { $language }.
# plain
bot-language-expired = Diese Schaltfläche ist abgelaufen. Senden Sie /language, um neu zu wählen.

## A partner's own data, and who may see it
bot-privacy-private-only = 🔒 Die eigenen Daten eines Partners zeige ich nur im privaten Chat mit mir. Tippen Sie unten, um einen zu öffnen.
bot-privacy-not-linked =
    Ihr Telegram-Konto ist mit keinem Partner verknüpft.

    Bitten Sie Ihren Partnermanager, Ihre Telegram-Nutzer-ID <code>{ $userId }</code> in die Partnerdatei Ihres Unternehmens einzutragen (in die Liste <code>program.telegram</code>). Bis dahin stehen /tiers, /check und /find allen offen, und Sie können mir jede Frage zum Programm stellen.

## /tiers: the statuses side by side
bot-tiers-title = <b>Die { $count } Status im Partnerprogramm</b>
# The rows of the table of key figures (plain, in a fixed-width table).
bot-tiers-row-discount = Rabatt
bot-tiers-row-directory = Verzeichnis
bot-tiers-row-nfr-cloud = NFR-Cloud
bot-tiers-row-nfr-keys = NFR-Schlüssel
bot-tiers-row-entry = Aufstieg
bot-tiers-row-keep = Behalten
bot-tiers-listing-none = —
bot-tiers-listing-listed = Eingetragen
bot-tiers-listing-featured = Hervorgehoben
bot-tiers-nothing = —
bot-tiers-status = { $medal } <b>{ $status }</b> — { $summary }
bot-tiers-how-to-get = <i>So erreichen Sie ihn:</i> { $items }
bot-tiers-to-keep = <i>So behalten Sie ihn:</i> { $items }
bot-tiers-discount = <i>Rabatt:</i> { $items }
bot-tiers-benefits = <i>Vorteile:</i>
bot-tiers-on-approval = Zulassung Ihres Antrags
bot-tiers-probation = Innerhalb von { $days ->
        [one] { $days } Tag
       *[other] { $days } Tagen
    } nach der Zulassung: { $items }
bot-tiers-by-review = { $item }, jeweils zur jährlichen Überprüfung
bot-tiers-discount-after = { PERCENT($percent) }, sobald erledigt: { $items }
bot-tiers-footer = Alle Einzelheiten: { $docs }. Mit /check sehen Sie, wo Ihr Unternehmen steht.

## /check: the eligibility check
# $total is 0 for the first question, before the number of questions is known.
bot-check-title = <b>Voraussetzungen prüfen</b> · Frage { $step }{ $total ->
        [0] {""}
       *[other] {" "}von { $total }
    }
bot-check-status = Welchen Status hat Ihr Unternehmen heute im Programm?
bot-check-amount =
    Wie viel Umsatz haben Sie { $months ->
        [one] im letzten Monat
       *[other] in den letzten { $months } Monaten
    } gemacht?

    Zählen Sie, was Sie im Store für Einkäufe Ihrer Kunden nach Abzug Ihres Rabatts bezahlt haben; Einkäufe für das eigene oder ein verbundenes Unternehmen lassen Sie weg. Senden Sie eine Zahl, etwa <code>{ $example }</code>.
bot-check-part = Und wie viel davon, seit Sie { $status }-Partner sind, oder seit Ihrer letzten jährlichen Überprüfung, falls es schon eine gab? Senden Sie eine Zahl, oder tippen Sie auf eine Schaltfläche.
bot-check-count = An wie viele verschiedene Kunden haben Sie verkauft? Senden Sie eine Zahl, etwa <code>{ $example }</code>.
bot-check-ask-course = Haben Sie den Kurs „{ $course }“ abgeschlossen?
bot-check-ask-endorsement-website = Bewerben Sie die Produkte auf Ihrer Website?
bot-check-ask-endorsement-social = Bewerben Sie die Produkte auf Ihren Social-Media-Kanälen?
bot-check-ask-first-line-support = Leisten Sie für Ihre Kunden First-Level-Support per E-Mail und Telefon?
bot-check-ask-case-study = Haben Sie eine Fallstudie zu einem aktuellen Projekt eingereicht?
bot-check-ask-marketing-plan = Haben Sie einen mittelfristigen Marketingplan eingereicht?
bot-check-ask-product-presentation = Haben Sie eine Produktpräsentation gehalten (als Webinar oder Aufzeichnung)?
bot-check-ask-nfr-cloud = Haben Sie Ihr NFR-Cloud-Abonnement angefordert?
bot-check-not-a-number = Bitte senden Sie eine Zahl, etwa <code>{ $example }</code> (oder 0). Um die Prüfung zu beenden, tippen Sie auf Abbrechen.
bot-check-ambiguous = „{ $typed }“ lässt sich auf zwei Arten lesen: Meinten Sie <code>{ $grouped }</code> oder <code>{ $decimal }</code>? Bitte senden Sie die gemeinte Zahl.
bot-check-cancelled = Prüfung abgebrochen. Mit /check beginnen Sie neu.
# plain
bot-check-expired = Diese Schaltfläche ist abgelaufen: Die Prüfung wurde beendet oder neu gestartet. Senden Sie /check für eine neue.
# plain
bot-check-rules-changed = Die Programmregeln haben sich geändert, seit Sie begonnen haben. Senden Sie /check, um neu zu beginnen.
bot-check-in-group = Machen wir die Prüfung lieber im privaten Chat, damit Ihre Antworten unter uns bleiben.
bot-check-result-title = <b>Ihre Prüfung</b> als { $status }-Partner
bot-check-qualifies = 🎉 Ihnen steht <b>{ $next }</b> zu: Alle Anforderungen sind erfüllt. Beantragen Sie den Aufstieg im Partner-Dashboard.
bot-check-discount = Ihr Rabatt: <b>{ PERCENT($percent) }</b>
bot-check-answers-note = Auf Grundlage Ihrer heutigen Angaben; die tatsächlichen Zahlen bestätigt Ihr Partnermanager.

## /check for someone not a partner yet
bot-prospect-title = <b>Partner werden</b>
bot-prospect-steps =
    1. Senden Sie das Antragsformular auf der Partner-Website ab. Der Hersteller prüft es innerhalb von { $range ->
        [true] { $reviewMin } bis { $reviewMax }
       *[false] { $reviewMax }
    } { $reviewMax ->
        [one] Werktag
       *[other] Werktagen
    } und schreibt Ihnen per E-Mail, wie es weitergeht.
    2. Tragen Sie die rechtlichen Angaben und Unterlagen Ihres Unternehmens im Partner-Dashboard ein. Die Prüfung ist nach spätestens { $verificationMax ->
        [one] { $verificationMax } Werktag
       *[other] { $verificationMax } Werktagen
    } abgeschlossen.
    3. Nach der Zulassung beginnen Sie mit <b>{ $lowest }</b>, dem ersten Status.
bot-prospect-probation = <b>Um { $status } zu behalten</b>, innerhalb von { $days ->
        [one] { $days } Tag
       *[other] { $days } Tagen
    } nach der Zulassung:
bot-prospect-maintain = <b>Um { $status } zu behalten</b>, bei jeder jährlichen Überprüfung:
bot-prospect-gives = <b>Was Ihnen { $status } bietet</b>
bot-prospect-discount = { PERCENT($percent) } Rabatt im Store
bot-prospect-once = { $what }, sobald erledigt: { $items }
bot-prospect-docs =
    So stellen Sie den Antrag: { $apply }
    Alles zu den Status: { $status }

## /status: where a linked partner stands
bot-standing-headline = <b>{ $status }</b> seit { DAY($since) } · { PERCENT($discount) } Rabatt
bot-standing-cancelled = ⛔ <b>{ $status } aufgehoben</b>: Die Anforderungen waren bis zum { DAY($date) } nicht erfüllt{ $missing }. Ihre Teilnahme am Programm ist beendet, und damit auch ihre Vorteile.
bot-standing-cancelled-missing = {" "}(nicht erledigt: { $items })
bot-standing-moved-down = Bei der jährlichen Überprüfung am { DAY($date) } von { $from } auf { $to } herabgestuft{ $reason }.
bot-standing-moved-down-reason = : Das Jahresziel wurde verfehlt ({ $figures })
bot-standing-missed-figure = { MONEY($current) } von { MONEY($target) } Umsatz
bot-standing-keep-probation = <b>Um { $status } zu behalten</b>, bis zum { DAY($date) } ({ $days })
bot-standing-keep-review = <b>Um { $status } zu behalten</b>, bei der jährlichen Überprüfung am { DAY($date) } ({ $days })
bot-standing-keep-at-review = <b>Um { $status } zu behalten</b>, bei jeder jährlichen Überprüfung
bot-standing-keep-within = <b>Um { $status } zu behalten</b>, innerhalb von { $days ->
        [one] { $days } Tag
       *[other] { $days } Tagen
    } nach der Zulassung
bot-standing-all-met = ✅ Alles erfüllt.
bot-standing-next = <b>Für den Aufstieg zu { $status }</b> · { $met } von { $total } erfüllt
bot-standing-next-again = <b>Für den Wiederaufstieg zu { $status }</b> · { $met } von { $total } erfüllt
bot-standing-qualifies = 🎉 Alle Anforderungen für <b>{ $status }</b> sind erfüllt: Beantragen Sie den Aufstieg im Partner-Dashboard.
bot-standing-qualifies-again = 🎉 Sie erfüllen wieder alle Einstiegsanforderungen für <b>{ $status }</b> und können zurück aufsteigen: Beantragen Sie es im Partner-Dashboard.
bot-standing-top = { $status } ist der höchste Status. 🏆
bot-standing-benefits = <b>Ihre Vorteile</b>
bot-standing-benefit = • { $benefit }
bot-standing-benefit-pending = ◦ { $benefit } (dafür noch zu tun: { $missing })
bot-standing-progress = <code>{ $bar }</code> { PERCENT($percent) } · { $current } von { $target }
bot-standing-missing = <i>Noch zu tun: { $text }</i>
bot-standing-sales-title = <b>Ihr anrechenbarer Umsatz</b> (was Sie bezahlt haben, ohne Einkäufe für das eigene oder ein verbundenes Unternehmen)
bot-standing-sales-keep = • <b>{ MONEY($amount) }</b> seit { DAY($from) }: zählt für das Behalten von { $status } bei der Überprüfung am { DAY($date) }, nötig sind { MONEY($target) }{ $met }{ $excluded }
bot-standing-sales-next = • <b>{ MONEY($amount) }</b>{ $as }{ $months } (seit { DAY($from) }): zählt für den Aufstieg zu { $status }, nötig sind { MONEY($target) }{ $met }{ $excluded }
bot-standing-sales-as = {" "}als { $status }-Partner
bot-standing-sales-months = {" "}{ $months ->
        [one] im letzten Monat
       *[other] in den letzten { $months } Monaten
    }
bot-standing-sales-met = {" "}✅
bot-standing-sales-excluded = {" "}({ MONEY($amount) } für das eigene oder ein verbundenes Unternehmen nicht gezählt)
bot-standing-next-steps-title = <b>Was Sie jetzt tun können</b>
bot-standing-next-step = • { $text }
bot-standing-next-steps-docs = Was die Aufhebung bedeutet: { $docs }
bot-standing-next-deadline = Nächste Frist: <b>{ $name }</b> am { DAY($date) } ({ $days }). Alle Termine: /deadlines

## /deadlines
bot-deadlines-title = <b>Nächste Fristen für { $partner }</b>
bot-deadlines-none = Keine anstehenden Fristen für <b>{ $partner }</b> 🎉
bot-deadlines-cancelled = Für <b>{ $partner }</b> gibt es keine Fristen mehr: Der Status { $status } wurde aufgehoben, weil die Anforderungen bis zum { DAY($date) } nicht erfüllt waren.
# How far away a day is (plain): $days is 0 for today.
bot-days = { $days ->
        [0] heute
        [1] morgen
       *[other] in { $days } Tagen
    }
bot-deadlines-day = 📅 <b>{ DAY($date) }</b> · { $days }
bot-deadlines-day-done = 📅 <b>{ DAY($date) }</b> · { $days } · ✅ erledigt
bot-deadlines-what = <b>{ $name }</b>: { $subject }
bot-deadlines-todo = Zu tun: { $todo }
bot-deadlines-if-missed = Wenn die Frist verstreicht: { $consequence }
bot-deadlines-on-that-day = An diesem Tag: { $consequence }
bot-deadlines-more = Mehr dazu: { $docs }

## Advice: what a partner can do that the program data cannot show as done
bot-advice-line = 💡 Tipp: { $items }
bot-advice-use-bonus = falls Sie ihn noch nicht ganz genutzt haben, setzen Sie ihn für Bestellungen für Neukunden ein
bot-advice-apply-for-bonus = { $eligible ->
        [true] Sie erfüllen die Voraussetzungen: Falls Sie ihn noch nicht beantragt haben, beantragen Sie ihn jetzt
       *[false] sobald das erledigt ist, beantragen Sie ihn
    }
bot-advice-contact-partner-department = Sprechen Sie mit der Partnerabteilung von { $vendor } über Ihre Teilnahme.
bot-advice-apply-again = Oder stellen Sie einen neuen Antrag, um wieder am Programm teilzunehmen: { $docs }

## Deadline reminders
bot-reminder-title = ⏰ <b>{ $name }</b> · { $days }
bot-reminder-subject = { $subject } ({ $partner })
bot-reminder-subject-many = { $count } × { $name } ({ $partner })
# The deadline's day, worded for its kind: an expiry is not something that is due.
bot-reminder-day-due = 📅 Fällig am <b>{ DAY($date) }</b>
bot-reminder-day-expires = ⌛ Läuft ab am <b>{ DAY($date) }</b>
bot-reminder-day-suspension = 📅 Sperrung möglich ab <b>{ DAY($date) }</b>
bot-reminder-missing = Noch zu tun: { $items }
bot-reminder-item = • { $subject }
bot-reminder-item-missing = • { $subject }: { $missing }
bot-reminder-more-items = … und { $count } weitere
bot-reminder-consequence = Wenn die Frist verstreicht: { $text }
bot-reminder-fact = An diesem Tag: { $text }
bot-reminder-docs = 📖 { $link }
bot-reminder-stop-kind = 🔕 Diese Erinnerungen abschalten
bot-reminder-start-kind = 🔔 Wieder einschalten
bot-reminder-settings = ⚙️ Alle Erinnerungen
# plain
bot-reminder-stopped = Erinnerungen zu „{ $name }“ sind aus. Mit /reminders schalten Sie sie wieder ein.
# plain
bot-reminder-started = Erinnerungen zu „{ $name }“ sind wieder an.
# A reminder button pressed by someone linked to no partner (plain).
bot-reminder-none-to-change = Sie haben keine Erinnerungen, die Sie { $on ->
        [true] einschalten
       *[false] abschalten
    } könnten: Ich sende Erinnerungen nur an die Teammitglieder eines Partners.
# plain
bot-reminder-all-stopped = Alle Erinnerungen sind aus.
# plain
bot-reminder-all-started = Alle Erinnerungen sind an.
bot-reminders-title = <b>Erinnerungen an Fristen für { $partner }</b>
bot-reminders-when = Ich sende sie um { $hour } ({ $zone }), { $offsets } vor jeder Frist, die noch nicht erfüllt ist{ $exceptions }.
bot-reminders-exceptions = {" "}({ $items })
# How many days before (plain): "30, 7 und 1 Tage" (accusative of measure, as in "zwei Tage vor der Frist").
bot-reminders-offsets = { $days } { $count ->
        [one] Tag
       *[other] Tage
    }
bot-reminders-exception = { $name }: { $offsets }
bot-reminders-coming-title = <b>Demnächst</b>
bot-reminders-coming = • { DAY($date) }, { $time }: { $name } (fällig am { DAY($deadline) }){ $off }
bot-reminders-coming-outcome = • { DAY($date) }, { $time }: { $name } <code>{ $reference }</code>{ $off }
bot-reminders-coming-off = {" "}· 🔕 aus
bot-reminders-more = … und { $count } weitere
bot-reminders-nothing = Demnächst steht nichts an: Keine offene Frist ist nah genug für eine Erinnerung.
bot-reminders-all-off = 🔕 Alle Erinnerungen sind aus.
bot-reminders-some-off = 🔕 Aus: { $names }
bot-reminders-tap = Tippen Sie auf eine Art, um ihre Erinnerungen abzuschalten (🔔 → 🔕) oder wieder einzuschalten.
bot-reminders-kind-on = 🔔 { $name }
bot-reminders-kind-off = 🔕 { $name }
bot-reminders-all-off-button = 🔕 Alle abschalten
bot-reminders-all-on-button = 🔔 Alle einschalten
# /reminders status, for admins. $waiting: bot-reminders-status-waiting or nothing.
bot-reminders-status =
    <b>Erinnerungen</b> · { $mode }
    Jetzt fällig: { $due }{ $waiting }
    Später: { $upcoming } · werden gerade gesendet: { $sending }
    Gesendet: { $sent } · fehlgeschlagen: { $failed } · nicht zustellbar: { $unreachable }
    Abgelaufen: { $expired } · storniert: { $cancelled } · übersprungen: { $skipped }
bot-reminders-status-waiting = {" "}(und { $count } warten auf Nutzer, die den Bot nicht geöffnet oder ihn blockiert haben)
bot-reminders-status-on = an, um { $hour } Ortszeit, bis zu { $perSecond } Nachrichten pro Sekunde
bot-reminders-status-off = aus (REMINDERS=off)
bot-reminders-failures-title = <b>Letzte Fehler</b>
bot-reminders-failure = • { $at } · Nutzer { $userId } · { $name }: { $reason }

## Implementation requests
# A new request, as every offered partner's team reads it: never the contact details.
bot-leads-offer-head =
    📥 <b>Neue Implementierungsanfrage</b> · <code>{ $reference }</code>
    🧩 { $kind }
    📍 { $city }, { $country } · 🗣 { $language }
bot-leads-offer-addressed = ⭐ Der Kunde hat zuerst nach Ihrem Unternehmen gefragt.
bot-leads-offer-reserve = Reservieren Sie die Anfrage, um die Kontaktdaten des Kunden zu erhalten. Bis zu { $max ->
        [one] { $max } Partner kann
       *[other] { $max } Partner können
    } sie reservieren{ $taken }. Offen bis zum { DAY($until) }.
bot-leads-offer-taken = ; { $taken } { $taken ->
        [one] hat
       *[other] haben
    } es schon getan
bot-leads-reserve-button = ✋ Reservieren
bot-leads-reserve-ref-button = ✋ { $reference } reservieren
bot-leads-won-button = 🏆 Gewonnen
bot-leads-lost-button = ✖ Verloren
bot-leads-won-ref-button = 🏆 { $reference } gewonnen
bot-leads-lost-ref-button = ✖ { $reference } verloren
bot-leads-list-button = 📋 Meine Anfragen
# The contact details, for a partner that reserved the request.
bot-leads-reserved-already = 📇 <b>{ $partner } hat <code>{ $reference }</code> reserviert</b> (Platz { $position } von höchstens { $max }).
bot-leads-reserved = ✅ <b>Für { $partner } reserviert: <code>{ $reference }</code></b>. Sie haben Platz { $position } von höchstens { $max }.
bot-leads-contact-name = 👤 <b>{ $name }</b>, { $company }
bot-leads-contact-email = ✉️ { $email }
bot-leads-contact-phone = 📞 { $phone }
bot-leads-contact-request = 🧩 { $kind } · 📍 { $city }, { $country } · 🗣 { $language }
bot-leads-description = <i>{ $description }</i>
bot-leads-erased-details = Die Kontaktdaten des Kunden zu <code>{ $reference }</code> wurden am { DAY($date) } gelöscht, wie es die Datenschutzregeln des Programms verlangen.
# Section 5.1 of the rules, sent with the contact details.
bot-leads-fair-use = <b>Fairer Umgang mit diesen Daten.</b> Nutzen Sie sie, um diesem Kunden auf diese Anfrage zu antworten, und respektieren Sie seine Entscheidung. Verwenden Sie sie nie für Massen-E-Mails, Massen-SMS oder andere unerwünschte Nachrichten, nie, um Produkte anzubieten, die mit denen des Herstellers konkurrieren, und geben Sie sie nie weiter. Der Hersteller kann den Kunden nach Ihrem Service fragen. Unfaires Verhalten kann Sie Ihren Status oder Ihren Zugang zu Anfragen kosten. { $docs }
bot-leads-tell-outcome = Sobald Sie wissen, wie es ausgegangen ist, sagen Sie es mir mit den Schaltflächen unten: Danach richtet sich Ihre Abschlussquote.
# Answers to a Reserve button (plain: they show as a notice).
bot-leads-taken = Diese Anfrage ist vergeben: { $max ->
        [one] { $max } Partner hat
       *[other] { $max } Partner haben
    } sie bereits reserviert.
bot-leads-closed-withdrawn = Der Kunde hat diese Anfrage zurückgezogen.
bot-leads-closed-chosen = Der Kunde hat sich für einen Partner entschieden: Diese Anfrage ist geschlossen.
bot-leads-closed-expired = Diese Anfrage ist geschlossen: Die Frist zum Reservieren ist abgelaufen.
bot-leads-closed-erased = Diese Anfrage ist geschlossen: Der Kunde hat seine Kontaktdaten gelöscht.
bot-leads-limit = Sie haben { $count ->
        [one] { $count } reservierte Anfrage
       *[other] { $count } reservierte Anfragen
    } ohne gemeldetes Ergebnis, mehr schaltet eine Abschlussquote von { PERCENT($rating) } nicht frei. Melden Sie mir, wie eine davon ausgegangen ist (/leads), und reservieren Sie dann diese.
bot-leads-unknown = Diese Anfrage gibt es nicht mehr.
bot-leads-not-for-you = Diese Anfrage ist nicht mehr für { $partner } bestimmt: Status, Standorte oder Dienstleistungen haben sich geändert.
bot-leads-no-access-short = { $partner } hat derzeit keinen Zugang zu Implementierungsanfragen: /leads sagt, warum.
bot-leads-no-access = { $partner } hat derzeit keinen Zugang zu Implementierungsanfragen{ $needs }. Anfragen gehen an Partner, deren Status Zugang dazu gibt.
bot-leads-no-access-needs = {" "}(dafür noch zu tun: { $items })
# The rating, and what moves it. $next: bot-leads-rating-next or nothing.
bot-leads-rating =
    ⭐ <b>Ihre Abschlussquote: { PERCENT($percent) }</b> · { $won } gewonnen, { $lost } verloren { $months ->
        [one] im letzten Monat
       *[other] in den letzten { $months } Monaten
    }
    Sie schaltet { $unlocked ->
        [one] { $unlocked } reservierte Anfrage
       *[other] { $unlocked } reservierte Anfragen
    } gleichzeitig frei; { $inProgress } warten gerade auf ein Ergebnis.{ $next }
    <i>Was sie bewegt: Jedes „Gewonnen“ hebt sie, jedes „Verloren“ senkt sie; Ergebnisse, die älter als { $months ->
        [one] { $months } Monat
       *[other] { $months } Monate
    } sind, fallen heraus. Alle beginnen bei { PERCENT($neutral) }, als hätten sie schon { $weight ->
        [one] { $weight } Ergebnis
       *[other] { $weight } Ergebnisse
    } mit { PERCENT($neutral) }. Partner mit höherer Quote bekommen neue Anfragen zuerst angeboten.</i>
bot-leads-rating-next = {" "}Bei { PERCENT($percent) } schaltet sie { $unlocked } frei.
bot-leads-rating-same = Ihre Abschlussquote bleibt bei <b>{ PERCENT($after) }</b>.
bot-leads-rating-change = Ihre Abschlussquote: { PERCENT($before) } → <b>{ PERCENT($after) }</b>.
bot-leads-outcome-won = 🏆 <code>{ $reference }</code> als <b>Gewonnen</b> gemeldet.
bot-leads-outcome-lost = ✖ <code>{ $reference }</code> als <b>Verloren</b> gemeldet.
# plain
bot-leads-outcome-same = Sie ist bereits als { $won ->
        [true] Gewonnen
       *[false] Verloren
    } gemeldet.
# plain
bot-leads-not-reserved = Ihr Unternehmen hat diese Anfrage nicht reserviert.
bot-leads-list-title = <b>Implementierungsanfragen für { $partner }</b>
bot-leads-open-title = <b>Offene Anfragen, die Sie reservieren können</b> ({ $count })
bot-leads-open-item = • <code>{ $reference }</code> · { $kind } · { $city }, { $country } · 🗣 { $language } · { $taken } von { $max } vergeben · bis zum { DAY($until) }{ $addressed }
bot-leads-open-item-addressed = {" "}· ⭐ nach Ihnen gefragt
bot-leads-none-open = Gerade gibt es keine offene Anfrage für Sie. Neue kommen hierher, sobald ein Kunde eine sendet.
bot-leads-more = … und { $count } weitere
bot-leads-waiting-title = <b>Reserviert, Ergebnis steht noch aus</b>
bot-leads-waiting-item = • <code>{ $reference }</code> · { $kind } · { $city }, { $country } · reserviert am { DAY($reservedOn) }
bot-leads-waiting-contact = {"  "}{ $contact }
bot-leads-waiting-erased = {"  "}<i>Kontaktdaten am { DAY($date) } gelöscht</i>
bot-leads-decided-title = <b>Letzte Ergebnisse</b>
bot-leads-decided-won = • <code>{ $reference }</code> · { $kind } · 🏆 Gewonnen am { DAY($on) }
bot-leads-decided-lost = • <code>{ $reference }</code> · { $kind } · ✖ Verloren am { DAY($on) }
bot-leads-contact-line = { $name }, { $company } · { $email }
bot-leads-contact-line-phone = { $name }, { $company } · { $email } · { $phone }
bot-leads-tap-to-reserve = Tippen Sie auf eine Anfrage, um sie zu reservieren, und auf „Gewonnen“ oder „Verloren“, sobald Sie wissen, wie eine ausgegangen ist.
# The outcome reminder.
bot-leads-outcome-question =
    ⏰ <b>Wie ist <code>{ $reference }</code> ausgegangen?</b>
    { $partner } hat sie am { DAY($reservedOn) } reserviert: { $kind }, { $city }, { $country }.
    Melden Sie mir das Ergebnis: Danach richtet sich Ihre Abschlussquote, und jedes gemeldete Ergebnis macht einen Platz für eine neue Anfrage frei.
# The name of the outcome reminders in /reminders (plain).
bot-leads-outcome-kind = Ergebnis einer reservierten Anfrage
bot-leads-outcome-when = { $days ->
        [one] { $days } Tag
       *[other] { $days } Tage
    } nach der Reservierung
# /leads stats, for admins.
bot-leads-stats-title = <b>Implementierungsanfragen</b>
bot-leads-stats-total =
    Anfragen: { $requests } ({ $waiting } warten darauf, angeboten zu werden, { $withdrawn } zurückgezogen)
    Mindestens einem Partner angeboten: { $offered } · reserviert: { $reserved } · Partner pro Anfrage: { $perRequest }
    Gewinnquote der gemeldeten Ergebnisse: { $winRate }
bot-leads-stats-by-country = <b>Nach Land</b>
bot-leads-stats-by-kind = <b>Nach Art</b>
bot-leads-stats-row = • { $name }: { $requests } · { $reserved } reserviert · Gewinnquote { $winRate }
bot-leads-stats-none = Noch keine Anfragen.
bot-leads-no-rate = —

## /find
bot-find-ask-country =
    🔎 <b>Partner finden</b>

    Eingetragene Partner arbeiten in { $count ->
        [one] { $count } Land
       *[other] { $count } Ländern
    }. In welchem suchen Sie?
bot-find-type-country = Nicht dabei? Senden Sie /find und den Namen des Landes, etwa <code>/find Österreich</code>.
bot-find-not-understood = „{ $words }“ habe ich nicht verstanden und deshalb weggelassen.
bot-find-extra = Ich suche in einem Land und nach einer Dienstleistung auf einmal, daher habe ich „{ $words }“ weggelassen.
bot-find-accepts = /find nimmt ein Land (seinen Namen oder seinen Code aus zwei Buchstaben wie <code>DE</code>) und eine Dienstleistung (etwa <code>Telefonie</code>): <code>/find Deutschland Telefonie</code>.
bot-find-pick-country = Wählen Sie unten ein Land:
bot-find-none-in = <b>{ $country }</b>: Hier ist noch kein Partner eingetragen. Wählen Sie unten ein Land:
# Country names arrive without their article ("Schweiz"), so they never follow "in" here.
# Words a /find query may hold besides a country and a service, skipped without comment (plain,
# lowercase, separated by spaces). English's are skipped as well.
bot-find-filler-words = ein eine einen einem einer der die das den dem des in im bei beim nahe nähe um für von vom aus mit und oder zu zum zur mir mich uns wer welche welcher welches kann können könnt finde finden zeig zeige zeigen liste auflisten partner partnern partners firma firmen unternehmen anbieter bietet bieten anbietet anbieten dienstleistung dienstleistungen leistung leistungen service irgendein irgendeine bitte ich wir brauche brauchen suche suchen möchte möchten will wollen gibt es spricht sprechen sprechende sprechender deutschsprachig
bot-find-ask-service = <b>{ $country }</b>: { $count ->
        [one] { $count } eingetragener Partner
       *[other] { $count } eingetragene Partner
    }. Welche Dienstleistung brauchen Sie?
bot-find-city-in-country = { $city }, { $country }
bot-find-none-in-city = In <b>{ $city }</b> gibt es noch keinen gelisteten Partner; diese sind anderswo in { $country }:
bot-find-none-in-city-service = In <b>{ $city }</b> bietet noch kein gelisteter Partner { $service } an; diese anderswo in { $country } schon:
# Phrases that make a message a request to find partners ("find me a partner in Madrid"), comma-separated, in lowercase without accents.
bot-find-intent-phrases = finde, finden, such, suche, suchen, gesucht, empfehlen, empfiehl, empfehlung, gibt es einen partner, gibt es partner, gibt es einen, brauche einen partner, brauchen einen partner, wer kann mir helfen, wer kann uns helfen, partner in der nahe, habt ihr partner, haben sie partner, habt ihr einen partner, haben sie einen partner, brauche jemanden, brauchen jemanden, suche jemanden, suchen jemanden
bot-find-partner-words = partner partnern partnerin partnerfirma partnerfirmen integrator integratoren berater beratung dienstleister handler reseller jemanden jemand
bot-find-results-speaking = spricht { $language }
bot-find-results = <b>Partner</b>
bot-find-results-in = <b>Partner – { $country }</b>
bot-find-results-service = <b>Partner</b> · { $service }
bot-find-results-in-service = <b>Partner – { $country }</b> · { $service }
bot-find-none-speaking = Noch kein gelisteter Partner spricht { $language }.
bot-find-none-in-speaking = In <b>{ $country }</b> spricht noch kein gelisteter Partner { $language }.
bot-find-none = Noch bietet kein eingetragener Partner das an.
bot-find-none-in-country = <b>{ $country }</b>: Hier ist noch kein Partner eingetragen.
bot-find-none-service = Noch bietet kein eingetragener Partner { $service } an.
bot-find-none-in-service = <b>{ $country }</b>: Noch bietet hier kein eingetragener Partner { $service } an.
bot-find-featured = ★
bot-find-speaks = Spricht { $languages }
bot-find-directory = Das ganze Verzeichnis: { $link }

## A personal question from someone the bot cannot answer it for
bot-private-not-linked = Das kann ich Ihnen für Ihren eigenen Partner beantworten, sobald Ihr Telegram-Konto mit ihm verknüpft ist: Bitten Sie Ihren Partnermanager, Ihre Telegram-Nutzer-ID <code>{ $userId }</code> in die Partnerdatei Ihres Unternehmens einzutragen (in die Liste <code>program.telegram</code>). Bis dahin zeigt /check, wo ein Unternehmen steht.
bot-private-general = <i>Allgemein gilt:</i>

## Answers to questions
bot-answer-yes = Ja.
bot-answer-no = Nein.
bot-answer-source = 📖 { $link }
bot-answer-unsure = <i>Nicht ganz, was Sie gefragt haben? Mehr dazu: { $docs }.</i>
bot-answer-unsure-sections = <i>Ich bin nicht sicher, ob Sie das gefragt haben. Diese Abschnitte passen am besten:</i>
# Nothing answers the question, but some sections come near.
bot-answer-unknown-nearest = 🤷 Das weiß ich nicht, und raten möchte ich lieber nicht. Diese Abschnitte der Dokumentation ({ $docs }) kommen der Frage am nächsten:
bot-answer-unknown =
    🤷 Das weiß ich nicht, und raten möchte ich lieber nicht.

    Schauen Sie in die Dokumentation ({ $docs }), oder versuchen Sie /tiers, /check oder /find.
bot-answer-topic = Hier geht es in der Dokumentation um „{ $text }“:
bot-answer-or-try = Oder versuchen Sie /tiers, /check oder /find.
bot-answer-language-unread = <i>Fragen in Ihrer Sprache kann ich noch nicht lesen, nur auf Englisch: Stellen Sie Ihre Frage auf Englisch, dann verstehe ich sie.</i>
bot-answer-empty = Fragen Sie mich mit Ihren eigenen Worten alles zum Programm, etwa „Wie lange gilt das NFR-Abonnement?“, oder senden Sie /help.
bot-answer-too-long = Das ist eine lange Nachricht! Bitte stellen Sie eine kurze Frage nach der anderen.
bot-answer-docs-home = Programmdokumentation

## Admins
bot-admin-not-admin = Dieser Befehl ist den Admins des Bots vorbehalten.
# An admin command sent by an admin in a group.
bot-admin-private-only = Admin-Befehle funktionieren nur im privaten Chat mit mir, damit ihre Zahlen unter uns bleiben.
bot-admin-reloaded = ✅ Inhalte neu geladen: { $partners ->
        [one] { $partners } Partner
       *[other] { $partners } Partner
    }, { $pages ->
        [one] { $pages } Dokumentationsseite
       *[other] { $pages } Dokumentationsseiten
    }, Regeln in der Version { $version }.
bot-admin-failed = ⚠️ Die Inhalte haben { $count ->
        [one] { $count } Problem
       *[other] { $count } Probleme
    }, daher habe ich die um { $keptAt } geladenen Inhalte behalten:
bot-admin-more-problems = … und { $count } weitere (npm run check ausführen)
bot-admin-warnings = Es gibt { $count ->
        [one] { $count } Warnung
       *[other] { $count } Warnungen
    } (die Inhalte sind trotzdem gültig; ein Blick lohnt sich):
bot-admin-stats =
    <b>Statistik des Bots</b>
    Nutzer: { $users } ({ $active } in den letzten 7 Tagen aktiv, { $blocked } haben den Bot blockiert)
    In Partnerdateien verknüpfte Teammitglieder: { $linked }
    Bearbeitet: { $counters }
    Inhalte: { $partners ->
        [one] { $partners } Partner
       *[other] { $partners } Partner
    }, { $pages ->
        [one] { $pages } Dokumentationsseite
       *[other] { $pages } Dokumentationsseiten
    }, Regeln { $version }, geladen { $loadedAt }
    { $reload }
bot-admin-stats-nothing = noch nichts
bot-admin-stats-reload-fine = Letztes Neuladen: in Ordnung
bot-admin-stats-reload-failed = ⚠️ Letztes Neuladen fehlgeschlagen mit { $count ->
        [one] { $count } Problem
       *[other] { $count } Problemen
    }; senden Sie /reload, um sie zu sehen

## When something goes wrong
# $command: the user's, already cut short.
bot-error-unknown-command = „{ $command }“ kenne ich nicht. Senden Sie /help, um zu sehen, was ich kann.
bot-error-not-text = Ich kann nur Textnachrichten lesen. Stellen Sie mir eine Frage, oder senden Sie /help.
bot-error-edited = Ich lese nur neue Nachrichten. Bitte senden Sie Ihre Frage noch einmal.
# plain
bot-error-expired-button = Diese Schaltfläche ist abgelaufen. Senden Sie /help, um neu zu beginnen.
bot-error-rate-limited = Sie senden Nachrichten schneller, als ich antworten kann. Bitte warten Sie eine Minute und versuchen Sie es dann noch einmal. 🙏
# plain
bot-error-rate-limited-short = Zu viele Anfragen: Bitte warten Sie eine Minute.
bot-error-failed = 😕 Bei mir ist etwas schiefgelaufen. Bitte versuchen Sie es in einer Minute noch einmal; wenn es wieder passiert, senden Sie /help oder wenden Sie sich an die Partnerabteilung.

## The program's facts (content/src/facts/), one message per kind: the figure or rule first.
## Lists of statuses, requirements and so on arrive written as the language lists them.
bot-fact-item = • { $item }
# A discount's condition, after its percentage: $items are what it asks.
bot-fact-tier-once = {" "}(Voraussetzung: { $items })
bot-fact-tier-once-none-before = {" "}(Voraussetzung: { $items }; vorher keiner)
bot-fact-tier-once-before = {" "}(Voraussetzung: { $items }; vorher { PERCENT($before) })
bot-fact-status-discount = { $status }-Partner erhalten <b>{ PERCENT($percent) }</b> Rabatt im Store{ $when }.
bot-fact-discounts = Rabatte im Store nach Status:
bot-fact-discounts-item = • { $status }: { PERCENT($percent) }{ $when }
bot-fact-status-entry = Für den Aufstieg zu <b>{ $status }</b> braucht ein { $below }-Partner:
bot-fact-status-entry-sales = Für { $status }: <b>{ MONEY($amount) }</b> anrechenbarer Umsatz{ $as } { $months ->
        [one] im letzten Monat
       *[other] in den letzten { $months } Monaten
    }.
bot-fact-status-entry-sales-as = {" "}als { $below }-Partner
bot-fact-status-entry-clients = Für { $status } brauchen Sie Verkäufe an mindestens <b>{ $count }</b> verschiedene Kunden.
bot-fact-status-entry-since = Für { $status } zählen nur Umsätze, die Sie als { $below }-Partner gemacht haben ({ $months ->
        [one] im letzten Monat
       *[other] innerhalb der letzten { $months } Monate
    }); Umsätze aus der Zeit, bevor Sie { $below }-Partner wurden, zählen nicht.
bot-fact-status-probation = Innerhalb von <b>{ $days ->
        [one] { $days } Tag
       *[other] { $days } Tagen
    }</b> nach der Zulassung muss ein { $status }-Partner beides erledigen:
bot-fact-status-probation-end = Fehlt dann eines davon, werden der Status { $status } und die Teilnahme am Programm aufgehoben.
bot-fact-status-probation-missed = Der Status { $status } und Ihre Teilnahme am Programm werden <b>aufgehoben</b>, wenn { $days ->
        [one] { $days } Tag
       *[other] { $days } Tage
    } nach der Zulassung noch etwas davon fehlt: { $items }.
bot-fact-status-annual-target = Um { $status } zu behalten: <b>{ MONEY($amount) }</b> Umsatz in jedem Prüfjahr (den { $months ->
        [one] { $months } Monat
       *[other] { $months } Monaten
    } nach der Verleihung oder der letzten Bestätigung des Status).
bot-fact-targets = Umsatzziele:
bot-fact-targets-item = • { $status }: { $targets }
bot-fact-targets-entry = { MONEY($amount) } in { $months ->
        [one] { $months } Monat
       *[other] { $months } Monaten
    } für den Aufstieg
bot-fact-targets-annual = { MONEY($amount) } im Jahr zum Behalten
bot-fact-status-target-missed = Ein { $status }-Partner, der bei der jährlichen Überprüfung das Ziel von <b>{ MONEY($amount) }</b> verfehlt, wird auf <b>{ $to }</b> herabgestuft.
bot-fact-status-target-met-with = Mit { MONEY($sold) } erreichen Sie das Ziel von { MONEY($amount) } für { $status }: Sie <b>behalten { $status }</b> für ein weiteres Jahr.
bot-fact-status-target-missed-with = Mit { MONEY($sold) } verfehlen Sie das Ziel von { MONEY($amount) } für { $status }: Bei der Überprüfung werden Sie <b>auf { $to } herabgestuft</b>.
bot-fact-target-missed = Verfehlen Sie das jährliche Umsatzziel, werden Sie bei der Überprüfung <b>um einen Status herabgestuft</b>: { $moves }. Erreichen Sie es, behalten Sie Ihren Status für ein weiteres Jahr.
bot-fact-move = von { $from } auf { $to }
bot-fact-status-benefits = <b>{ $status }</b>-Partner erhalten:
bot-fact-status-benefits-discount = { PERCENT($percent) } Rabatt im Store{ $when }
bot-fact-benefit-once = { $benefit } (Voraussetzung: { $items })
bot-fact-status-nfr = { $status }-Partner erhalten <b>{ $cloud ->
        [one] { $cloud } NFR-Cloud-Abonnement
       *[other] { $cloud } NFR-Cloud-Abonnements
    }</b> und <b>{ $keys ->
        [0] keinen NFR-On-Premise-Schlüssel
        [one] { $keys } NFR-On-Premise-Schlüssel
       *[other] { $keys } NFR-On-Premise-Schlüssel
    }</b>.
bot-fact-nfr-counts = Kostenlose NFR-Lizenzen nach Status:
bot-fact-nfr-counts-item = • { $status }: { $cloud ->
        [one] { $cloud } Cloud-Abonnement
       *[other] { $cloud } Cloud-Abonnements
    }, { $keys ->
        [0] kein On-Premise-Schlüssel
        [one] { $keys } On-Premise-Schlüssel
       *[other] { $keys } On-Premise-Schlüssel
    }
bot-fact-statuses-list = Es gibt { $count } Status, vom niedrigsten an: <b>{ $statuses }</b>.
bot-fact-statuses-compare = So unterscheiden sich die Status, vom niedrigsten an:
bot-fact-statuses-compare-item = • <b>{ $status }</b>: { $parts }
bot-fact-statuses-compare-discount = { PERCENT($percent) } Rabatt{ $when }
bot-fact-statuses-compare-start = hier beginnt jeder Partner
bot-fact-statuses-compare-no-target = kein jährliches Umsatzziel
bot-fact-statuses-compare-nfr = NFR: { $cloud ->
        [0] kein Cloud-Abonnement
        [one] { $cloud } Cloud-Abonnement
       *[other] { $cloud } Cloud-Abonnements
    }, { $keys ->
        [0] kein On-Premise-Schlüssel
        [one] { $keys } On-Premise-Schlüssel
       *[other] { $keys } On-Premise-Schlüssel
    }
bot-fact-statuses-compare-listed = im Partnerverzeichnis gelistet
bot-fact-statuses-compare-unlisted = nicht im Verzeichnis gelistet
bot-fact-status-highest = <b>{ $status }</b> ist der höchste Status.
bot-fact-status-lowest = Jeder Partner beginnt mit <b>{ $status }</b>, und zwar in dem Moment, in dem sein Antrag zugelassen wird.
bot-fact-status-courses = Für { $status } brauchen Sie: <b>{ $courses }</b>.
bot-fact-course = <b>{ $course }</b>: { $summary }{ $required }
bot-fact-course-required = {" "}Pflicht für { $statuses }.
bot-fact-who-requires = { $requirement }: nötig für <b>{ $statuses }</b>{ $others }.
bot-fact-who-requires-others = , nicht für { $others }
bot-fact-who-benefit = { $benefit }: für Partner mit Status <b>{ $statuses }</b>{ $others }.
bot-fact-who-benefit-others = , nicht für { $others }
bot-fact-listed = Im öffentlichen Partnerverzeichnis stehen Partner mit Status <b>{ $statuses }</b>{ $featured }; nicht eingetragen: { $others }.
bot-fact-listed-featured = {" "}(ganz oben hervorgehoben: { $statuses })
# When every status is listed: "nicht eingetragen: kein anderer Status".
bot-fact-listed-no-other = kein anderer Status
bot-fact-listing-fields = Für den Eintrag (Partner mit Status { $statuses }) braucht Ihr Firmenprofil: { $fields }.
bot-field-website = Website
bot-field-email = E-Mail-Adresse
bot-field-phone = Telefonnummer
bot-field-address = Postanschrift
bot-field-description = eine kurze Beschreibung
bot-field-services = die Dienstleistungen, die Sie anbieten
bot-field-city = Stadt
bot-field-languages = Sprachen
bot-fact-leads-email = Leads per E-Mail erhalten Partner mit Status <b>{ $statuses }</b>{ $others }.
bot-fact-leads-email-others = ; Partner mit Status { $others } erhalten Leads nur über die App für Implementierungsanfragen
bot-fact-leads-app = Leads über die App für Implementierungsanfragen: { $statuses }.
bot-fact-leads-app-once = { $status } (Voraussetzung: { $items })
bot-fact-leads-locations = Bis zu <b>{ $max } Standorte</b>: das Land, in dem Ihr Unternehmen eingetragen ist, und { $extra } weitere Ihrer Wahl.
bot-fact-leads-reservation-days = Eine Anfrage kann nach dem Absenden <b>{ $days ->
        [one] { $days } Tag
       *[other] { $days } Tage
    }</b> lang reserviert werden, es sei denn, der Kunde zieht sie zurück oder nennt den Partner, den er gewählt hat; danach kann sie nicht mehr reserviert werden.
bot-fact-leads-per-request = Bis zu <b>{ $max } Partner</b> können dieselbe Anfrage reservieren.
bot-fact-kickstart-amount = Der Kickstart-Bonus beträgt <b>{ MONEY($amount) }</b>.
bot-fact-kickstart-eligible = Den Kickstart-Bonus können Partner erhalten, die ihren Antrag nach dem <b>{ DAY($after) }</b> gestellt haben.
bot-fact-kickstart-valid = Der Kickstart-Bonus gilt <b>{ $days ->
        [one] { $days } Tag
       *[other] { $days } Tage
    }</b> ab Ihrer Zulassung zum Programm; was dann übrig ist, verfällt.
bot-fact-kickstart-requires = Für den Kickstart-Bonus ({ MONEY($amount) }) brauchen Sie:
bot-fact-award-amount = Ein Award-Bonus ist <b>{ MONEY($min) } bis { MONEY($max) }</b> wert; der Hersteller wählt einmal im Jahr die besten Partner aus.
bot-fact-award-valid = Ein Award-Bonus kann bis zum <b>31. Dezember</b> des Jahres eingesetzt werden, in dem er gutgeschrieben wurde, also bis zum Ende dieses Kalenderjahres. Was dann nicht genutzt ist, verfällt.
bot-fact-bonus-min-paid = Ein Bonus bezahlt immer nur einen Teil einer Bestellung: Mindestens <b>{ MONEY($amount) }</b> pro Bestellung zahlen Sie selbst, auch wenn Ihr Bonus höher ist.
bot-fact-bonus-can = Mit Boni bezahlen können Sie: { $items }.
bot-fact-bonus-cannot = Nicht damit bezahlen können Sie: { $items }.
bot-fact-nfr-cloud-months = Das NFR-Cloud-Abonnement läuft <b>{ $months ->
        [one] { $months } Monat
       *[other] { $months } Monate
    }</b> ab dem Tag, an dem Sie es anfordern.
bot-fact-nfr-cloud-extend = Partner mit Status <b>{ $statuses }</b> können das NFR-Cloud-Abonnement verlängern, jeweils um { $months ->
        [one] { $months } Monat
       *[other] { $months } Monate
    }{ $others }.
bot-fact-others-cannot = ; Partner mit Status { $others } nicht
bot-fact-nfr-cloud-limits = Das NFR-Cloud-Abonnement entspricht dem Professional-Tarif, mit diesen Einschränkungen:
bot-fact-nfr-limit-domain = { $allowed ->
        [true] ein eigener Domainname möglich
       *[false] kein eigener Domainname
    }
bot-fact-nfr-limit-storage = { NUMBER($gb) } GB Speicherplatz
bot-fact-nfr-limit-scans = { NUMBER($count) } Visitenkarten-Scans
bot-fact-nfr-limit-sites = bis zu { NUMBER($count) } Websites
bot-fact-nfr-limit-emails = bis zu { NUMBER($count) } CRM-Marketing-E-Mails im Monat
bot-fact-nfr-storage = Das NFR-Cloud-Abonnement hat <b>{ NUMBER($gb) } GB</b> Speicherplatz.
bot-fact-nfr-card-scans = Das NFR-Cloud-Abonnement enthält <b>{ NUMBER($count) }</b> Visitenkarten-Scans.
bot-fact-nfr-sites = Mit dem NFR-Cloud-Abonnement sind bis zu <b>{ NUMBER($count) }</b> Websites möglich.
bot-fact-nfr-bulk-emails = Mit dem NFR-Cloud-Abonnement können Sie bis zu <b>{ NUMBER($count) }</b> CRM-Marketing-E-Mails im Monat senden.
bot-fact-nfr-custom-domain = Das NFR-Cloud-Abonnement <b>{ $allowed ->
        [true] kann einen
       *[false] kann keinen
    }</b> eigenen Domainnamen nutzen.
bot-fact-nfr-cloud-end = Wenn das NFR-Cloud-Abonnement endet, können Partner mit Status { $statuses } es verlängern; bei { $others } fällt das Konto auf den <b>kostenlosen Tarif</b> zurück. Wird Ihr Partnerstatus aufgehoben, verlieren Sie das NFR-Abonnement, und das Konto fällt auf den kostenlosen Tarif zurück.
# The statuses that cannot extend it, when the rules name none (read after "bei").
bot-fact-nfr-cloud-end-other = allen anderen Status
bot-fact-nfr-key-who = { $statuses } (Edition { $edition }){ $others }.
bot-fact-nfr-key-who-status = { $status }-Partner erhalten { $count ->
        [one] { $count } kostenlosen NFR-On-Premise-Schlüssel
       *[other] { $count } kostenlose NFR-On-Premise-Schlüssel
    }
bot-fact-nfr-key-who-others = ; Partner mit Status { $others } erhalten keinen
bot-fact-nfr-key-edition = NFR-On-Premise-Schlüssel gelten für die Edition <b>{ $edition }</b>.
bot-fact-nfr-key-months = Ein NFR-On-Premise-Schlüssel gilt <b>{ $months ->
        [one] { $months } Monat
       *[other] { $months } Monate
    }</b>; Partner mit Status { $statuses } können ihn um weitere { $extension ->
        [one] { $extension } Monat
       *[other] { $extension } Monate
    } verlängern.
bot-fact-nfr-key-extend = Partner mit Status <b>{ $statuses }</b> können einen NFR-On-Premise-Schlüssel um weitere { $months ->
        [one] { $months } Monat
       *[other] { $months } Monate
    } verlängern{ $others }.
bot-fact-nfr-key-end = Wenn ein NFR-On-Premise-Schlüssel abläuft, funktioniert er nicht mehr, es sei denn, ein Partner mit Status { $statuses } beantragt eine Verlängerung.
bot-fact-activation-days = Jedes Produkt, das Sie kaufen, muss innerhalb von <b>{ $days ->
        [one] { $days } Tag
       *[other] { $days } Tagen
    }</b> nach dem Kauf auf den Namen Ihres Kunden aktiviert und registriert werden.
bot-fact-activation-missed = Ein Produkt, das nicht innerhalb von { $days ->
        [one] { $days } Tag
       *[other] { $days } Tagen
    } nach dem Kauf aktiviert und registriert wird, <b>kann der Hersteller deaktivieren</b>.
bot-fact-review-months = { $statuses } werden alle <b>{ $months ->
        [one] { $months } Monat
       *[other] { $months } Monate
    }</b> überprüft, gerechnet ab der Verleihung oder der letzten Bestätigung des Status.
bot-fact-review-who = Nur <b>{ $statuses }</b> werden alle { $months ->
        [one] { $months } Monat
       *[other] { $months } Monate
    } überprüft{ $others }.
bot-fact-review-who-others = ; für { $others } gibt es keine jährliche Überprüfung
bot-fact-zero-activity = Gibt es überhaupt keine Aktivität, kann ein Partnerkonto ohne Vorwarnung <b>gesperrt werden</b>, sobald seit der Registrierung { $months ->
        [one] { $months } Monat vergangen ist
       *[other] { $months } Monate vergangen sind
    }.
# Business days, read after "innerhalb von" or "nach spätestens" (dative): "2 bis 5 Werktagen".
bot-fact-business-days = { $same ->
        [true] { $max ->
            [one] { $max } Werktag
           *[other] { $max } Werktagen
        }
       *[false] { $min } bis { $max ->
            [one] { $max } Werktag
           *[other] { $max } Werktagen
        }
    }
bot-fact-application-review = Der Hersteller prüft einen Antrag innerhalb von <b>{ $days }</b>.
bot-fact-verification = Die Prüfung des Unternehmens ist nach spätestens <b>{ $days }</b> abgeschlossen.
bot-fact-joining =
    1. Senden Sie das Antragsformular auf der Partner-Website ab. Der Hersteller prüft es innerhalb von { $review }.
    2. Tragen Sie die rechtlichen Angaben und Unterlagen Ihres Unternehmens im Partner-Dashboard ein. Die Prüfung ist nach spätestens { $verification } abgeschlossen.
    3. Nach der Zulassung beginnen Sie mit <b>{ $lowest }</b>.
bot-fact-price-notice = Der Hersteller kündigt Änderungen an den Produkten oder ihren Preisen <b>{ $days ->
        [one] { $days } Tag
       *[other] { $days } Tage
    }</b> im Voraus an.
bot-fact-penalty-block = Der Zugang zu Ihrem Firmenprofil kann für bis zu <b>{ $months ->
        [one] { $months } Monat
       *[other] { $months } Monate
    }</b> gesperrt werden; in dieser Zeit können Sie nicht mit Ihrem Partnerrabatt einkaufen.
bot-fact-sales-own-use = Einkäufe für das eigene oder ein verbundenes Unternehmen zählen <b>nie</b> für die Umsatzziele.
bot-fact-sales-currencies = Umsätze in { $currencies } zählen <b>eins zu eins</b>.
bot-fact-sales-after-discount = Umsätze zählen mit dem Betrag, den Sie bezahlt haben, also <b>nach Abzug</b> Ihres Partnerrabatts.
bot-fact-sales-window = Umsätze zählen über einen <b>gleitenden Zeitraum von { $months } Monaten</b>: Er endet am Tag der Prüfung und beginnt am Tag nach demselben Kalenderdatum { $months ->
        [one] { $months } Monat
       *[other] { $months } Monate
    } zuvor.

## Answers about the asker's own partner (content/src/understand/personal.ts): the figure or date first.
## $when is how far away the day is (bot-days).
bot-my-item = • { $item }
bot-my-missing-sales = weitere { MONEY($amount) } Umsatz erzielen, um { $requirement } zu erreichen
bot-my-cancelled = ⛔ Ihr Status <b>{ $status }</b> wurde aufgehoben: Seine Anforderungen waren bis zum { DAY($date) } nicht erfüllt.
bot-my-discount = Ihr Rabatt beträgt <b>{ PERCENT($percent) }</b>, als { $status }-Partner.{ $rises }
bot-my-discount-rises = {" "}Er steigt auf { PERCENT($percent) }, sobald dies abgeschlossen ist: { $items }.
bot-my-status = Ihr Status ist <b>{ $status }</b>, seit { DAY($since) }.{ $moved }
bot-my-status-moved = {" "}Bei der jährlichen Überprüfung am { DAY($date) } wurden Sie von { $from } herabgestuft.
bot-my-benefits = Als <b>{ $status }</b>-Partner haben Sie:
bot-my-benefit-pending = ◦ { $benefit } (dafür noch zu tun: { $missing })
bot-my-sales-none = Als { $status }-Partner haben Sie kein Umsatzziel vor sich, Ihr Umsatz zählt also für keines.
bot-my-sales-title = <b>Ihr anrechenbarer Umsatz</b> (was Sie bezahlt haben, ohne Einkäufe für das eigene oder ein verbundenes Unternehmen):
bot-my-sales-item = • <b>{ MONEY($counted) }</b> vom { DAY($from) } bis zum { DAY($to) }{ $excluded }: { $toward }
bot-my-sales-excluded = {" "}({ MONEY($amount) } für das eigene oder ein verbundenes Unternehmen nicht gezählt)
bot-my-sales-toward-keep = für das Behalten von { $status } bei der Überprüfung am { DAY($date) } (nötig: { MONEY($target) }{ $met })
bot-my-sales-toward-reach = für den Aufstieg zu { $status } (nötig: { MONEY($target) }{ $met })
bot-my-sales-met = {" "}✅
bot-my-keep-met = Sie erfüllen bereits alles, was Sie { $kind ->
        [probation] bis zum
       *[annual-review] bei der Überprüfung am
    } <b>{ DAY($date) }</b> ({ $when }) brauchen, um <b>{ $status }</b> zu behalten.
bot-my-keep-gap = Um <b>{ $status }</b> bei Ihrer jährlichen Überprüfung am <b>{ DAY($date) }</b> ({ $when }) zu behalten, brauchen Sie noch <b>{ MONEY($gap) }</b> Umsatz.
bot-my-keep-missing = Um <b>{ $status }</b> bis zum <b>{ DAY($date) }</b> ({ $when }) zu behalten, müssen Sie noch:
bot-my-also-missing = Außerdem noch zu tun: { $items }
bot-my-keep-none = Für { $status } gibt es kein Ziel, um den Status zu behalten: keine jährliche Überprüfung, und die Anforderungen der ersten Zeit haben Sie hinter sich.
bot-my-next-qualifies = 🎉 Alle Anforderungen für <b>{ $next }</b> sind erfüllt: Beantragen Sie den Aufstieg im Partner-Dashboard.
bot-my-next = Für den Aufstieg zu <b>{ $next }</b> ({ $met } von { $total } erfüllt) müssen Sie noch:
bot-my-beyond = <b>{ $target }</b> kommt nach <b>{ $next }</b>: Partner steigen eine Stufe nach der anderen auf.
bot-my-beyond-not-yet = <b>Noch nicht.</b> <b>{ $target }</b> kommt nach <b>{ $next }</b>: Partner steigen eine Stufe nach der anderen auf.
bot-my-beyond-then = Danach, als { $below }-Partner, müssen Sie für <b>{ $target }</b> ({ $met } von { $total } schon erfüllt) noch:
bot-my-beyond-then-met = Danach, als { $below }-Partner, können Sie <b>{ $target }</b> beantragen: alles andere dafür ist schon erfüllt.
bot-my-top = Ihr Status ist <b>{ $status }</b>, der höchste Status. 🏆
bot-my-done = Laut Ihren Partnerdaten, Stand heute:
bot-my-done-item = { $met ->
    [yes] ✅ { $item }
   *[no] ⬜ { $item }: noch nicht
}
bot-my-gap-keep = Um { $status } bei Ihrer Überprüfung am { DAY($date) } zu behalten: noch <b>{ MONEY($gap) }</b> Umsatz.
bot-my-gap-next = Für { $status }: noch <b>{ MONEY($gap) }</b> anrechenbarer Umsatz.
bot-my-gap-none = Im Moment nichts weiter: Ihre Umsatzziele sind erreicht.
bot-my-review = Ihre jährliche Überprüfung ist am <b>{ DAY($date) }</b> ({ $when }). { $state }
bot-my-review-met = Das Ziel, um { $status } zu behalten, ist bereits erreicht.
bot-my-review-gap = Um { $status } zu behalten, brauchen Sie noch { MONEY($gap) } Umsatz.
bot-my-review-missing = Einige Anforderungen, um { $status } zu behalten, fehlen noch.
bot-my-no-review = Für { $status } gibt es keine jährliche Überprüfung.{ $cutoff }
bot-my-no-review-cutoff = {" "}Ihre Anforderungen für { $status } müssen bis zum <b>{ DAY($date) }</b> erfüllt sein.
bot-my-cutoff-met = Ihre Anforderungen für { $status } müssen bis zum <b>{ DAY($date) }</b> ({ $when }) erfüllt sein, und alle sind erfüllt.
bot-my-cutoff = Ihre Anforderungen für { $status } müssen bis zum <b>{ DAY($date) }</b> ({ $when }) erfüllt sein. Noch zu tun:
bot-my-no-cutoff = Für Sie gilt derzeit keine Frist: Als { $status }-Partner haben Sie die Anforderungen der ersten Zeit hinter sich.
bot-my-expiry = { $subject }: endet am <b>{ DAY($date) }</b> ({ $when }){ $extendable ->
        [true] ; Sie können eine Verlängerung beantragen
        [false] ; mit Ihrem Status ist keine Verlängerung möglich
       *[unknown] {""}
    }.
bot-my-no-expiry-bonus = Sie haben keinen Bonus, der verfällt.
bot-my-no-expiry = Für Sie ist { $what ->
        [nfr-cloud] kein NFR-Cloud-Abonnement
       *[nfr-key] kein NFR-On-Premise-Schlüssel
    } verzeichnet{ $claim }.
bot-my-no-expiry-claim = ; als { $status }-Partner können Sie im Partner-Dashboard eine Lizenz anfordern
bot-my-nfr-extend = Als { $status }-Partner können Sie Ihr NFR-Cloud-Abonnement verlängern, jeweils um { $months ->
        [one] { $months } Monat
       *[other] { $months } Monate
    }{ $ends }.
bot-my-nfr-extend-ends = ; derzeit endet es am { DAY($date) }
bot-my-nfr-no-extend = Verlängern können es nur Partner mit Status { $statuses }; als { $status }-Partner fällt Ihr Konto bei Ablauf{ $ends } auf den kostenlosen Tarif zurück.
bot-my-nfr-no-extend-ends = {" "}am { DAY($date) }
bot-my-kickstart-none = Der Kickstart-Bonus ist nur für Partner, die ihren Antrag nach dem { DAY($date) } gestellt haben; für Sie kommt er daher nicht infrage.
bot-my-kickstart-ended-credited = Ihren Kickstart-Bonus konnten Sie bis zum { DAY($date) } einsetzen; was dann übrig war, ist verfallen.
bot-my-kickstart-ended = Die Frist, den Kickstart-Bonus zu erhalten, endete am { DAY($date) }.
bot-my-kickstart-credited = { $subject }: einsetzbar bis zum <b>{ DAY($date) }</b> ({ $when }); was dann übrig ist, verfällt. Wie viel noch übrig ist, sehen Sie in Ihrem Bonuskonto im Store.
bot-my-kickstart-eligible = Sie können den Kickstart-Bonus über <b>{ MONEY($amount) }</b> noch erhalten: Beantragen Sie ihn bis zum <b>{ DAY($date) }</b> ({ $when }).
bot-my-kickstart-missing = Um den Kickstart-Bonus über { MONEY($amount) } bis zum <b>{ DAY($date) }</b> ({ $when }) zu erhalten, müssen Sie noch:
bot-my-award = { $subject }: einsetzbar bis zum <b>{ DAY($date) }</b> ({ $when }).
bot-my-key-claim = Als { $status }-Partner stehen Ihnen { $count ->
        [one] { $count } kostenloser NFR-On-Premise-Schlüssel
       *[other] { $count } kostenlose NFR-On-Premise-Schlüssel
    } zu ({ $claimed } verzeichnet). Fordern Sie Schlüssel über das NFR-Formular im Partner-Dashboard an.
bot-my-key-all-claimed = Als { $status }-Partner stehen Ihnen { $count ->
        [one] { $count } kostenloser NFR-On-Premise-Schlüssel
       *[other] { $count } kostenlose NFR-On-Premise-Schlüssel
    } gleichzeitig zu, und { $claimed ->
        [one] { $claimed } läuft
       *[other] { $claimed } laufen
    } bereits: Einen weiteren können Sie anfordern, sobald einer endet.
bot-my-key-no-claim = NFR-On-Premise-Schlüssel gibt es für Partner mit Status { $statuses }; als { $status }-Partner können Sie noch keinen anfordern.
bot-my-on-track-met = Sie erfüllen bereits alles, was Sie { $kind ->
        [probation] bis zum
       *[annual-review] bei der Überprüfung am
    } <b>{ DAY($date) }</b> brauchen, um <b>{ $status }</b> zu behalten.
bot-my-on-track-gap = <b>Noch nicht.</b> Um { $status } bei der Überprüfung am <b>{ DAY($date) }</b> zu behalten, brauchen Sie noch <b>{ MONEY($gap) }</b> Umsatz.
bot-my-on-track-missing = <b>Noch nicht.</b> Um { $status } bis zum <b>{ DAY($date) }</b> zu behalten, müssen Sie noch:
bot-my-can-reach = Alle Anforderungen für <b>{ $next }</b> sind erfüllt: Beantragen Sie den Aufstieg im Partner-Dashboard.
bot-my-can-reach-missing = <b>Noch nicht.</b> Für <b>{ $next }</b> müssen Sie noch:
bot-my-leads = Ihre Implementierungsanfragen stehen unter /leads: die offenen, die Sie reservieren können, die reservierten mit den Kontaktdaten der Kunden und Ihre Bewertung mit gewonnenen und verlorenen Anfragen.
bot-my-deadline = Ihre nächste Frist: <b>{ $name }</b> am <b>{ DAY($date) }</b> ({ $when }){ $missing }.
bot-my-deadline-missing = : { $items }
bot-my-no-deadline = Sie haben keine anstehende Frist. 🎉
