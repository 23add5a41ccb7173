# What the rules engine says, in German (content/locales/en/program.ftl is the source), and the
# rules' own words (content/program/*.yaml) under their rule-… ids. Plain text. Partners are
# addressed formally ("Sie"), as in content/docs/de/.

## What a requirement asks (describe.ts)
req-sales-trailing = { MONEY($amount) } Umsatz in den letzten { $months } Monaten
req-sales-trailing-while = { MONEY($amount) } Umsatz im Status { $status } in den letzten { $months } Monaten
req-sales-review-year = { MONEY($amount) } Umsatz im Prüfjahr
req-sales-review-year-while = { MONEY($amount) } Umsatz im Status { $status } im Prüfjahr
# Read after "im Status": the status below the one asked for.
req-status-below = darunter
req-clients = { $count ->
    [one] Verkäufe an { $count } Kunden
   *[other] Verkäufe an { $count } verschiedene Kunden
}
req-course = { $course } abgeschlossen
req-endorsement-website = Die Produkte auf Ihrer Website beworben
req-endorsement-social = Die Produkte auf Ihren Social-Media-Kanälen beworben
req-first-line-support = First-Level-Support für Kunden per E-Mail und Telefon
req-case-study = Eine Fallstudie zu einem aktuellen Projekt
    .inline = eine Fallstudie zu einem aktuellen Projekt
req-marketing-plan = Ein mittelfristiger Marketingplan
    .inline = ein mittelfristiger Marketingplan
req-product-presentation = Eine Produktpräsentation (Webinar oder Aufzeichnung)
    .inline = eine Produktpräsentation (Webinar oder Aufzeichnung)
req-nfr-cloud = Ein angefordertes NFR-Cloud-Abonnement
    .inline = ein angefordertes NFR-Cloud-Abonnement

## What is still to do for a requirement (requirements.ts)
# Each is a thing to do, as an infinitive phrase ("eine Fallstudie einreichen"): shown after "Noch
# zu tun:", "müssen Sie noch:" and the like, and in a deadline's list beside the todo-… messages.
missing-sales = weitere { MONEY($amount) } Umsatz erzielen
missing-clients = an { $count ->
        [one] einen weiteren Kunden
       *[other] { $count } weitere Kunden
    } verkaufen
missing-course = { $course } abschließen
missing-endorsement-website = die Produkte auf Ihrer Website bewerben
missing-endorsement-social = die Produkte auf Ihren Social-Media-Kanälen bewerben
missing-first-line-support = First-Level-Support für Kunden per E-Mail und Telefon anbieten
missing-case-study = eine Fallstudie zu einem aktuellen Projekt einreichen
missing-marketing-plan = einen mittelfristigen Marketingplan einreichen
missing-product-presentation = eine Produktpräsentation halten (Webinar oder Aufzeichnung)
missing-nfr-cloud = Ihr NFR-Cloud-Abonnement anfordern
# The day comes first, so the verb of the thing to do stays last ("bis zum 1. Dezember 2026 … einreichen").
missing-by = bis zum { DAY($date) } { $item }

## Deadlines (deadlines.ts): what each is about, what to do, and what happens if it is missed
deadline-bronze-cutoff = { $status } nach den ersten { $days } Tagen behalten
consequence-bronze-cutoff = Ihr Status und Ihre Teilnahme am Programm werden aufgehoben.
deadline-kickstart-credited = Kickstart-Bonus über { MONEY($amount) }, gutgeschrieben am { DAY($date) }
deadline-kickstart-open = Kickstart-Bonus über { MONEY($amount) }, noch nicht gutgeschrieben
consequence-kickstart-credited = Nicht genutzter Kickstart-Bonus verfällt.
consequence-kickstart-open = Der Kickstart-Bonus kann dann nicht mehr gewährt werden.
deadline-award = Award-Bonus über { MONEY($amount) }, gutgeschrieben am { DAY($date) }
consequence-award = Nicht genutzter Award-Bonus verfällt.
deadline-nfr-cloud = NFR-Cloud-Abonnement, angefordert am { DAY($date) }
deadline-nfr-key = NFR-Schlüssel für { $edition }, angefordert am { DAY($date) }
consequence-nfr-cloud-extendable = Ohne beantragte Verlängerung endet das Abonnement.
consequence-nfr-key-extendable = Ohne beantragte Verlängerung funktioniert der Schlüssel nicht mehr.
consequence-nfr-cloud-not-extendable = Das Konto fällt auf den kostenlosen Tarif zurück; mit Ihrem Status lässt es sich nicht verlängern.
consequence-nfr-key-not-extendable = Der Schlüssel funktioniert nicht mehr; mit Ihrem Status lässt er sich nicht verlängern.
# A copy beyond the allowance of the partner's status: $allowance is how many the status gets.
consequence-nfr-cloud-beyond = Das Konto fällt auf den kostenlosen Tarif zurück: { $status }-Partner erhalten { $allowance ->
        [0] kein Cloud-Abonnement
        [one] { $allowance } Cloud-Abonnement
       *[other] { $allowance } Cloud-Abonnements
    }, und diese Lizenz geht darüber hinaus, daher kann sie nicht verlängert werden.
consequence-nfr-key-beyond = Der Schlüssel funktioniert nicht mehr: { $status }-Partner erhalten { $allowance ->
        [0] keinen On-Premise-Schlüssel
        [one] { $allowance } On-Premise-Schlüssel
       *[other] { $allowance } On-Premise-Schlüssel
    }, und diese Lizenz geht darüber hinaus, daher kann sie nicht verlängert werden.
todo-nfr-extension = eine Verlängerung beantragen
deadline-activation = Einkauf über { MONEY($amount) } für { $client } am { DAY($date) }
consequence-activation = Der Hersteller kann das Produkt deaktivieren.
todo-activation = das Produkt für den Kunden aktivieren und registrieren
deadline-review = Jährliche Überprüfung Ihres Status { $status }
consequence-review = Sie werden auf { $status } herabgestuft.
deadline-zero-activity = Aktivität im Programm
consequence-zero-activity = Ihr Partnerkonto kann ohne Vorwarnung gesperrt werden.
todo-zero-activity = einen ersten Verkauf abschließen oder die Produkte auf Ihrer Website oder Ihren Social-Media-Kanälen bewerben

## A partner's standing in one line (evaluate.ts)
standing-summary = { $status } seit { DAY($since) }, { PERCENT($discount) } Rabatt
standing-summary-moved-down = { $status } seit { DAY($since) } (bei der jährlichen Überprüfung am { DAY($date) } von { $from } herabgestuft), { PERCENT($discount) } Rabatt
standing-cancelled = { $status } aufgehoben: Die Anforderungen waren bis zum { DAY($date) } nicht erfüllt

## The statuses compared (figures.ts: the docs' table and the site's)
compare-how-to-get = So erreichen Sie ihn
compare-to-keep = So behalten Sie ihn
compare-discount = Rabatt
compare-directory = Verzeichnis
compare-nfr = NFR-Lizenzen
compare-benefits = Vorteile
compare-on-approval = Zulassung Ihres Antrags
compare-probation = Innerhalb von { $days } Tagen nach der Zulassung: { $items }
compare-maintain = { $item }, bei jeder jährlichen Überprüfung
compare-discount-once = { PERCENT($percent) }, sobald erledigt: { $items }
compare-discount-plain = { PERCENT($percent) }
compare-listing-none = Nicht eingetragen
compare-listing-listed = Eingetragen
compare-listing-featured = Hervorgehoben, ganz oben
compare-nfr-cloud = { $count ->
        [one] { $count } Cloud-Abonnement
       *[other] { $count } Cloud-Abonnements
    }
compare-nfr-keys = { $count ->
        [one] { $count } On-Premise-Schlüssel
       *[other] { $count } On-Premise-Schlüssel
    }

## Tables of the docs (figures.ts)
figure-request-kinds-kind = Ein Kunde fragt nach
figure-request-kinds-services = Erhalten Partner mit einer dieser Dienstleistungen
figure-rating = Abschlussquote
figure-rating-requests = Reservierte Anfragen ohne Ergebnis, gleichzeitig
figure-rating-range = { PERCENT($from) } bis unter { PERCENT($to) }
figure-rating-from = { PERCENT($from) } oder mehr

## Advice (deadlines.ts, evaluate.ts): what a partner can do that the program data cannot show as done
advice-use-bonus = den Bonus für Bestellungen für Neukunden einsetzen (die Programmdaten zeigen nicht, ob er schon genutzt wurde)
advice-apply-for-bonus = den Bonus beantragen, sobald alle Voraussetzungen erfüllt sind (Anträge sind in den Programmdaten nicht zu sehen)
advice-contact-partner-department = sich an die Partnerabteilung des Herstellers wenden
advice-apply-again = einen neuen Antrag stellen, um wieder am Programm teilzunehmen

## The rules' own words (content/program/*.yaml)
rule-program-name = Partnerprogramm

# Statuses (statuses.yaml)
rule-status-bronze = Bronze
rule-status-bronze-summary = Hier beginnt jeder zugelassene Partner.
rule-status-silver = Silber
rule-status-silver-summary = Ein Eintrag im Partnerverzeichnis und ein höherer Rabatt.
rule-status-gold = Gold
rule-status-gold-summary = Ganz oben im Verzeichnis hervorgehoben, mit dem höchsten Rabatt.

# Benefits of each status (statuses.yaml)
rule-benefit-bronze-nfr-cloud = Ein kostenloses Premium-NFR-Cloud-Abonnement für ein Konto
rule-benefit-bronze-marketplace = Die Platzierung Ihrer Apps im Marketplace
rule-benefit-bronze-leads-app = Leads über die App für Implementierungsanfragen
rule-benefit-silver-nfr-cloud = Ein kostenloses Premium-NFR-Cloud-Abonnement für ein Konto
rule-benefit-silver-nfr-key = Ein kostenloser NFR-Aktivierungsschlüssel für die On-Premise-Version
rule-benefit-silver-leads = Leads per E-Mail und über die App für Implementierungsanfragen
rule-benefit-silver-listing = Ein Profil im öffentlichen Partnerverzeichnis
rule-benefit-silver-client-access = Privilegierter Partnerzugang zu den Cloud-Konten Ihrer Kunden
rule-benefit-silver-support-chat = Ein autorisierter Partner-Support-Chat in den Konten Ihrer Kunden
rule-benefit-silver-marketplace = Die Platzierung Ihrer Apps im Marketplace
rule-benefit-silver-portal = Zugang zum Partnerportal
rule-benefit-gold-nfr-cloud = Kostenlose Premium-NFR-Cloud-Abonnements für zwei Konten
rule-benefit-gold-nfr-key = Zwei kostenlose NFR-Aktivierungsschlüssel für die On-Premise-Version
rule-benefit-gold-leads = Leads per E-Mail und über die App für Implementierungsanfragen
rule-benefit-gold-featured = Ein hervorgehobenes Profil im öffentlichen Partnerverzeichnis
rule-benefit-gold-channels = Ankündigungen über die Kanäle des Herstellers (Blog, Newsletter, Social Media)
rule-benefit-gold-client-access = Privilegierter Partnerzugang zu den Cloud-Konten Ihrer Kunden
rule-benefit-gold-support-chat = Ein autorisierter Partner-Support-Chat in den Konten Ihrer Kunden
rule-benefit-gold-marketplace = Die Platzierung Ihrer Apps im Marketplace
rule-benefit-gold-portal = Zugang zum Partnerportal
rule-benefit-gold-special-offers = Sonderangebote für ein Produkt oder einen Kunden

# Courses (courses.yaml)
rule-course-tutorial = Partnerprogramm-Tutorial
rule-course-tutorial-summary = Videos und Tests dazu, wie das Programm funktioniert und was die Produkte können.
rule-course-sales = Partner-Vertriebskurs
rule-course-sales-summary = Wie Sie die Produkte verkaufen und ein Verkaufsgespräch führen.
rule-course-marketing = Partner-Marketingkurs
rule-course-marketing-summary = Wie Sie Ihr Marketing planen, mit dem Aufbau eines Marketingplans.

# Services (services.yaml)
rule-service-licensing = Lizenzen und Abonnements
rule-service-licensing-summary = Cloud-Abonnements, On-Premise-Schlüssel, Verlängerungen und Upgrades.
rule-service-consulting = Beratung und Mehrwertdienste
rule-service-consulting-summary = Beratung bei Auswahl, Planung und Einführung der Produkte.
rule-service-hosting = Installation und Hosting
rule-service-hosting-summary = Installation der On-Premise-Versionen und deren Hosting.
rule-service-customization = Anpassung
rule-service-customization-summary = Das Produkt an die Abläufe eines Kunden anpassen.
rule-service-localization = Lokalisierung
rule-service-localization-summary = Das Produkt in andere Sprachen übersetzen und dafür anpassen.
rule-service-training = Schulung
rule-service-training-summary = Schulungen für das Team eines Kunden, online oder vor Ort.
rule-service-automation = Workflow-Automatisierung
rule-service-automation-summary = Geschäftsprozesse und Freigaben eines Kunden automatisieren.
rule-service-telephony = Telefonie und VoIP
rule-service-telephony-summary = Einrichtung von Telefonie und VoIP.
rule-service-integration = Integration mit Drittsystemen
rule-service-integration-summary = Das Produkt mit anderen Systemen verbinden.
rule-service-apps = App-Entwicklung
rule-service-apps-summary = Mobile Apps, Desktop-Apps und Marketplace-Apps.

# Deadline kinds (deadlines.yaml)
rule-deadline-bronze-cutoff = Anforderungen für Bronze
rule-deadline-kickstart-expiry = Ablauf des Kickstart-Bonus
rule-deadline-award-expiry = Ablauf des Award-Bonus
rule-deadline-nfr-cloud-expiry = Ablauf des NFR-Cloud-Abonnements
rule-deadline-nfr-key-expiry = Ablauf des NFR-On-Premise-Schlüssels
rule-deadline-product-activation = Produktaktivierung
rule-deadline-annual-review = Jährliche Überprüfung des Status
rule-deadline-zero-activity = Sperrung wegen fehlender Aktivität

# What a client can ask for (leads.yaml)
rule-request-kind-purchase = Produkte kaufen
rule-request-kind-cloud-subscription = Ein Cloud-Abonnement
rule-request-kind-on-premise-key = Einen On-Premise-Aktivierungsschlüssel
rule-request-kind-renewal-upgrade = Eine Verlängerung oder ein Upgrade
rule-request-kind-value-added = Mehrwertdienste
rule-request-kind-installation-hosting = Installation oder Hosting
rule-request-kind-customization = Anpassung
rule-request-kind-localization = Lokalisierung in andere Sprachen
rule-request-kind-training = Schulung, online oder vor Ort
rule-request-kind-workflow-automation = Workflow-Automatisierung
rule-request-kind-telephony = Einrichtung von Telefonie oder VoIP
rule-request-kind-integration = Integration mit einem anderen System
rule-request-kind-app-development = Entwicklung von Mobile-, Desktop- oder Marketplace-Apps

# What a bonus can and cannot pay for (bonuses.yaml)
rule-bonus-can-pay-new-cloud-subscriptions = neue Cloud-Abonnements
rule-bonus-can-pay-new-on-premise-activation-keys = neue On-Premise-Aktivierungsschlüssel
rule-bonus-cannot-pay-on-premise-edition-upgrades = Upgrades von On-Premise-Editionen
rule-bonus-cannot-pay-on-premise-maintenance-renewals = Verlängerungen der On-Premise-Wartung
rule-bonus-cannot-pay-archived-cloud-plans = archivierte Cloud-Tarife
rule-bonus-cannot-pay-products-for-the-partners-own-use = Produkte für den Eigenbedarf des Partners
