# The site's words in German (content/locales/en/site.ftl is the source). Visitors are addressed
# formally ("Sie"), as in content/docs/de/. Names from the rules and the content arrive already in
# German. Country names arrive without an article ("Schweiz"), so no message puts one right after
# "in" ("in Schweiz" would be wrong): places follow a dash, a colon or brackets instead.

## The page shell (site/layouts/Base.astro, site/components/HeaderNav.astro)
site-page-title = { $title } · { $program }
site-skip-link = Zum Inhalt springen
site-language-nav = Sprache
site-menu = Menü
site-nav-label = Hauptnavigation
site-nav-partners = Partner finden
site-nav-program = Programm
site-nav-statuses = Partnerstatus
site-nav-check = Voraussetzungen prüfen
site-header-search-label = Partner
site-header-search = Partner suchen
site-search-button = Suchen
site-footer-program = { $program } von { $vendor } · Regeln in der Version { $version }
site-footer-sitemap = Sitemap

## Not found (site/pages/404.astro)
site-notfound-title = Seite nicht gefunden
site-notfound-description = Diese Seite gibt es nicht.
site-notfound-heading = Diese Seite haben wir nicht gefunden
site-notfound-text = Vielleicht hat sich in der Adresse ein Tippfehler eingeschlichen, oder die Seite ist umgezogen. Es kann auch sein, dass ein Partner nicht mehr im Verzeichnis steht.
site-notfound-browse = Alle Partner ansehen
site-notfound-program = Lesen, wie das Programm funktioniert
site-notfound-home = Zur Startseite

## Shared
site-quoted = „{ $text }“

## Home (site/pages/index.astro)
site-home-description = Finden Sie einen zertifizierten Partner von { $vendor } in Ihrer Nähe ({ $statuses }) und lesen Sie, wie das Partnerprogramm funktioniert.
site-home-heading = Finden Sie einen Partner, der das Produkt kennt
site-home-lead = { $partners } zertifizierte Partner ({ $statuses }) in { $countries ->
    [one] einem Land
   *[other] { $countries } Ländern
} helfen Unternehmen, die Produkte von { $vendor } zu kaufen, einzurichten und das Beste aus ihnen herauszuholen.
site-home-search-form = Partner finden
site-home-search-label = Nach Name, Stadt, Land oder Dienstleistung suchen
site-home-search-examples = Zum Beispiel { $examples }
site-home-search-fallback = Name, Stadt, Land oder Dienstleistung
site-home-search-button = Partner finden
site-home-browse = Oder { $link }.
site-home-browse-link = sehen Sie sich das ganze Verzeichnis an
site-home-featured = Hervorgehobene Partner ({ $statuses })
site-home-all-of-status = Alle { $status }-Partner →
site-home-statuses-heading = Das { $program }: { $statuses }
site-home-statuses-text = Jedes Unternehmen beginnt mit { $first }. Wer verkauft, sich schult und Kunden unterstützt, steigt auf; hier aufgeführt sind nur Partner mit den Status { $listed }.
site-home-check-link = Prüfen, was Ihrem Unternehmen zusteht
site-home-countries = Partner nach Land

## The statuses side by side (site/components/StatusCards.astro)
site-status-discount = { $percent } Rabatt
site-status-discount-condition = Sobald erledigt: { $requirements } (bis dahin { $before })
site-status-listing-none = Nicht im Verzeichnis
site-status-listing-listed = Im Verzeichnis eingetragen
site-status-listing-featured = Im Verzeichnis ganz oben hervorgehoben
site-status-how-to-get = So erreichen Sie ihn
site-status-from = Aufstieg von { $status }
site-status-approval = Zulassung Ihres Antrags.
site-status-compare = Alle Anforderungen und Vorteile im Vergleich →

## The directory's headings (site/lib/directory.ts): each filter wraps the title so far ($title)
site-directory-title = Partner finden
site-title-partners = Partner
site-title-status-partners = { $status }-Partner
site-title-for-service = { $title } für { $service }
site-title-speaking = { $title } auf { $language }
# $place: a city, a country, or "city, country" (no article: hence the dash).
site-title-in = { $title } – { $place }
site-title-matching = { $title } zu „{ $text }“
site-title-matching-only = Partner zu „{ $text }“

## Filter values the directory does not have (site/lib/directory.ts); $value is what was sent
site-filter-country-unlisted = Aus diesem Land ({ $country }) ist kein Partner im Verzeichnis eingetragen.
site-filter-country-unknown = ‚{ $value }‘ ist kein Ländercode (zwei Buchstaben, etwa de für Deutschland).
site-filter-status-unlisted = { $status }-Partner stehen nicht im Verzeichnis.
site-filter-status-unknown = Einen Status ‚{ $value }‘ gibt es nicht.
site-filter-statuses-listed = Im Verzeichnis stehen Partner mit den Status { $statuses }.
site-filter-service-unknown = ‚{ $value }‘ ist keine Dienstleistung, die Partner angeben können (Dienstleistungen: { $services }).
site-filter-language-unlisted = Kein eingetragener Partner arbeitet auf { $language }.
site-filter-language-unknown = ‚{ $value }‘ ist kein Sprachcode (zwei Buchstaben, etwa de für Deutsch).
site-filter-repeated = { $param } ist { $count }-mal angegeben; bitte nur einmal.
site-filter-page-unknown = ‚{ $value }‘ ist keine Seitenzahl (1, 2, 3 …).
site-filter-page-past = Eine Seite { $page } gibt es nicht: Diese Liste hat { $pages ->
    [one] nur eine Seite
   *[other] { $pages } Seiten
}.

## Directory pages (site/pages/partners/)
site-directory-intro = Zertifizierte Partner, die die Produkte verkaufen, einrichten und betreuen.
site-directory-intro-featured = Zertifizierte Partner, die die Produkte verkaufen, einrichten und betreuen. { $statuses }-Partner stehen oben.
site-directory-description = Durchsuchen Sie { $count } zertifizierte Partner nach Land, Dienstleistung und Sprache.
site-title-page = { $title }, Seite { $page }
site-directory-page-description = Zertifizierte Partner, Seite { $page } von { $pages }.
site-state-description = { $count ->
    [one] Ein zertifizierter Partner
   *[other] { $count } zertifizierte Partner
}: { $title }.
site-state-page-description = { $count } zertifizierte Partner, Seite { $page } von { $pages }.
site-search-description = { $count ->
    [one] Ein Partner
   *[other] { $count } Partner
}: { $title }.
site-search-problem-title = Diese Liste kann nicht angezeigt werden
site-search-problem-description = Ein Filter in dieser Adresse nennt etwas, das es im Verzeichnis nicht gibt.

## The directory (site/components/DirectoryView.astro)
site-request-link = Implementierung anfragen
site-request-link-hint = Beschreiben Sie Ihr Projekt einmal: Passende Partner melden sich bei Ihnen.
site-filter-form = Partner filtern
site-filter-search = Suche
site-filter-search-placeholder = Name, Stadt, Dienstleistung …
site-filter-label-country = Land
site-filter-label-status = Status
site-filter-label-service = Dienstleistung
site-filter-label-language = Sprache
site-filter-all-country = Alle Länder
site-filter-all-status = Alle Status
site-filter-all-service = Alle Dienstleistungen
site-filter-all-language = Alle Sprachen
site-filter-option = { $label } ({ $count })
site-filter-submit = Partner anzeigen
site-filter-clear = Alle zurücksetzen
site-filter-active = Aktive Filter
site-filter-remove = entfernen
site-results-count = { $count ->
    [0] Kein Partner passt
    [one] 1 Partner
   *[other] { $count } Partner
}
site-results-showing = , angezeigt { $from }–{ $to }
site-did-you-mean = Meinten Sie { $suggestion }?
site-results-widened = Kein Partner passt zu allen Wörtern von „{ $text }“, daher sehen Sie hier Partner, die zu einigen davon passen.
site-results-none = Kein Partner passt zu all dem
site-results-none-hint = Versuchen Sie es mit weniger Filtern oder einem anderen Wort. Oder:
site-results-remove = „{ $filter }“ entfernen
site-results-without-text = Ohne „{ $text }“ suchen
site-results-every = Alle Partner ansehen
site-results-partners = Partner
site-pages = Seiten
site-pages-previous = ← Zurück
site-pages-next = Weiter →
site-search-problem-without = Liste ohne diesen Filter anzeigen

## A partner in a list (site/components/PartnerCard.astro) and on its page
site-partner-place = { $city }, { $country }
site-partner-services = Dienstleistungen
site-partner-more-services = +{ $count } weitere
site-breadcrumb = Brotkrümelnavigation
site-partner-heading-place = { $city }, { $country } · { $status }-Partner
site-partner-about = Über das Unternehmen
site-partner-languages = Sprachen
site-partner-description-language = Verfasst auf { $language }
site-partner-contact = Kontakt
site-partner-website = Website
site-partner-email = E-Mail
site-partner-phone = Telefon
site-partner-address = Adresse
site-partner-ask = Diesen Partner anfragen
site-partner-ask-hint = Schicken Sie { $partner } Ihr Projekt: Der Partner sieht es als Erster, und andere passende Partner können ebenfalls ein Angebot machen.
site-partner-checked = { $status }-Partner werden vom Hersteller geprüft und jedes Jahr überprüft.
site-partner-more-of-status = { $count ->
    [one] { $count } weiterer { $status }-Partner – { $country }
   *[other] { $count } weitere { $status }-Partner – { $country }
}
site-partner-more = { $count ->
    [one] { $count } weiterer Partner – { $country }
   *[other] { $count } weitere Partner – { $country }
}

## Docs pages (site/components/DocsPage.astro, site/lib/markdown.ts)
site-docs-nav = Programmdokumentation
site-docs-toc = Auf dieser Seite
site-docs-untranslated = Diese Seite ist noch nicht auf { $language } übersetzt.
site-docs-footer = Zuletzt aktualisiert am { DAY($updated) } · Regeln in der Version { $version }, gültig ab { DAY($effective) } · { $edit }
site-docs-edit = Diese Seite bearbeiten
site-docs-pager = Vorherige und nächste Seite
site-docs-previous = Zurück
site-docs-next = Weiter
site-heading-link = Link zu „{ $heading }“
site-table-named = Tabelle: { $headers }
site-table = Tabelle

## The eligibility calculator (site/pages/check.astro, site/lib/check-form.ts)
site-form-unreadable = Das Formular konnte nicht gelesen werden. Bitte füllen Sie es noch einmal aus.
site-check-title = Voraussetzungen prüfen
site-check-description = Beantworten Sie ein paar Fragen und sehen Sie, welcher Status Ihrem Unternehmen zusteht und was noch fehlt.
site-check-intro = Sagen Sie uns, wo Ihr Unternehmen steht. Es antwortet dieselbe Regel-Engine, mit der das Programm arbeitet: welcher Status Ihnen zusteht und was noch fehlt.
site-check-status = Ihr aktueller Status
site-check-sales = Umsatz in den letzten { $months } Monaten
site-check-sales-hint = Was Sie im Store nach Abzug Ihres Rabatts bezahlt haben; Beträge in { $currencies } zählen eins zu eins. Einkäufe für das eigene oder ein verbundenes Unternehmen lassen Sie weg.
site-check-since = Davon seit Erreichen Ihres aktuellen Status
site-check-optional = (optional)
site-check-since-hint = Zählt für das Behalten Ihres Status. Leer lassen, wenn es der gesamte Umsatz ist.
site-check-since-hint-next = Zählt für das Behalten Ihres Status und, bei { $statuses }, für den nächsten Status. Leer lassen, wenn es der gesamte Umsatz ist.
site-check-clients = Verschiedene Kunden, an die Sie verkauft haben
site-check-courses = Abgeschlossene Kurse
site-check-endorsements = Wo Sie die Produkte bewerben
site-check-endorse-website = Auf unserer Website
site-check-endorse-social = Auf unseren Social-Media-Kanälen
site-check-extras = Was Sie sonst schon erledigt haben
site-check-first-line-support = Wir leisten First-Level-Support für unsere Kunden per E-Mail und Telefon
site-check-nfr-cloud = Wir haben unser NFR-Cloud-Abonnement angefordert
site-check-case-study = Wir haben eine Fallstudie eingereicht
site-check-marketing-plan = Wir haben einen Marketingplan eingereicht
site-check-product-presentation = Wir haben eine Produktpräsentation gehalten (Webinar oder Aufzeichnung)
site-check-submit = Prüfen
site-check-placeholder = Hier erscheint Ihr Ergebnis
site-check-placeholder-hint = Füllen Sie das Formular aus und klicken Sie auf „Prüfen“.
site-check-errors = Einige Angaben müssen Sie sich noch einmal ansehen
site-check-ambiguous = „{ $typed }“ lässt sich auf zwei Arten lesen: Meinten Sie { $first } oder { $second }? Geben Sie bitte die gemeinte Zahl ein.
site-check-status-missing = Wählen Sie Ihren aktuellen Status.
site-check-sales-missing = Geben Sie Ihren Umsatz der letzten { $months } Monate ein, oder 0.
site-check-sales-invalid = Geben Sie Ihren Umsatz der letzten { $months } Monate als Zahl ab 0 ein, etwa { $example }.
site-check-since-invalid = Geben Sie Ihren Umsatz seit Erreichen Ihres Status als Zahl ab 0 ein, etwa { $example }.
site-check-since-too-much = Dieser Betrag ist Teil Ihres Umsatzes der letzten { $months } Monate und kann daher nicht höher sein.
site-check-clients-invalid = Geben Sie die Zahl der Kunden als ganze Zahl ein, etwa 3.

## Die Antwort des Rechners (site/pages/check.astro, site/components/RequirementList.astro)
site-check-qualifies = Sie erfüllen die Voraussetzungen für { $status }
site-check-not-yet = Noch nicht { $status }
site-check-top = Sie haben den höchsten Status
site-check-discount = Mit dem Status { $status } erhalten Sie { $percent } Rabatt.
site-check-discount-now = Mit dem Status { $status } erhalten Sie jetzt { $percent } Rabatt
site-check-discount-later = { $count ->
    [one] { $percent }, sobald dies erledigt ist: { $requires }
   *[other] { $percent }, sobald dies erledigt ist: { $requires }
}
site-check-ready = Für { $status } ist alles erfüllt: Beantragen Sie das Upgrade.
site-check-still-need = Für { $status } fehlen Ihnen noch { $missing } von { $total }:
site-check-keep-probation = Um { $status } zu behalten, innerhalb von { $days } Tagen nach der Zulassung
site-check-keep-review = Um { $status } bei der jährlichen Überprüfung zu behalten
site-check-keep-review-note = Gezählt ab dem Erreichen von { $status }; die Überprüfung folgt { $months } Monate danach (hier angenommen: { DAY($date) }).
site-check-how-statuses = So funktionieren die Partnerstatus
site-requirement-met = (erfüllt)
site-requirement-missing = (fehlt)
site-requirement-progress = { $current } von { $target }
site-requirement-lacking = Noch zu tun: { $what }
site-statuses-scroll-hint = Tabelle seitlich scrollen, um alle Status zu sehen →

## Implementation requests: the form (site/pages/request/index.astro, site/lib/request-text.ts)
site-request-title = Implementierung anfragen
site-request-description = Sagen Sie uns, was Sie brauchen: Partner, die in Ihrem Land arbeiten und genau das anbieten, erhalten Ihre Anfrage, und einige von ihnen melden sich bei Ihnen.
site-request-intro = Sagen Sie uns, was Sie brauchen. Partner, die in Ihrem Land arbeiten und genau das anbieten, erhalten Ihre Anfrage; bis zu { $max ->
    [one] { $max } Partner kann
   *[other] { $max } Partner können
} sie übernehmen und sich mit einem Angebot bei Ihnen melden. Das ist kostenlos und unverbindlich.
site-request-addressed = { $partner } erhält Ihre Anfrage als Erster.
site-request-not-listed = Der Partner aus dem Link steht nicht im Verzeichnis; Ihre Anfrage geht an alle passenden Partner.
site-request-consent = Ich habe den Datenschutzhinweis gelesen und bin einverstanden, dass meine Anfrage und meine Kontaktdaten wie dort beschrieben gespeichert und weitergegeben werden.
site-request-consent-missing = Bitte setzen Sie das Häkchen beim Datenschutzhinweis: Ohne Ihre Zustimmung können wir Ihre Anfrage nicht weitergeben.
site-request-privacy-link = Datenschutzhinweis
site-request-submit = Anfrage senden
site-request-choose = Bitte wählen …
site-request-honeypot = Dieses Feld bitte leer lassen
site-request-summary = { $count ->
    [one] { $count } Feld müssen Sie sich noch einmal ansehen
   *[other] { $count } Felder müssen Sie sich noch einmal ansehen
}
site-request-field-name = Ihr Name
site-request-field-name-missing = Geben Sie Ihren Namen ein.
site-request-field-company = Unternehmen
site-request-field-company-missing = Geben Sie den Namen Ihres Unternehmens ein.
site-request-field-email = E-Mail
site-request-field-email-hint = Nur die Partner, die Ihre Anfrage übernehmen, sehen sie.
site-request-field-email-missing = Geben Sie Ihre E-Mail-Adresse ein.
site-request-field-phone = Telefon (optional)
site-request-field-phone-hint = Mit Ländervorwahl oder so, wie Sie in Ihrem Land wählen.
site-request-field-phone-missing = Geben Sie eine Telefonnummer ein, unter der Partner Sie erreichen, oder lassen Sie das Feld leer.
site-request-field-country = Land
site-request-field-country-hint = Partner, die in diesem Land arbeiten, erhalten Ihre Anfrage.
site-request-field-country-missing = Wählen Sie Ihr Land.
site-request-field-country-unknown = Wählen Sie Ihr Land aus der Liste.
site-request-field-city = Stadt
site-request-field-city-missing = Geben Sie Ihre Stadt ein.
site-request-field-kind = Was Sie brauchen
site-request-field-kind-missing = Wählen Sie, was Sie brauchen.
site-request-field-kind-unknown = Wählen Sie aus der Liste, was Sie brauchen.
site-request-field-language = Bevorzugte Sprache
site-request-field-language-hint = Die Sprache, in der Partner mit Ihnen sprechen sollen.
site-request-field-language-missing = Wählen Sie eine Sprache.
site-request-field-language-unknown = Wählen Sie eine Sprache aus der Liste.
site-request-field-description = Beschreiben Sie Ihr Projekt
site-request-field-description-hint = Was Sie heute nutzen, wie viele Personen beteiligt sind, was sich ändern soll. Partner lesen das, bevor sie Ihre Anfrage übernehmen: Schreiben Sie Ihre E-Mail-Adresse und Telefonnummer deshalb nicht hinein.
site-request-field-description-missing = Beschreiben Sie, was Sie brauchen.
site-request-too-long = Höchstens { $max } Zeichen; das hier sind { $length }.
site-request-too-short = Erzählen Sie den Partnern etwas mehr: mindestens { $min } Zeichen.
site-request-email = Geben Sie eine E-Mail-Adresse wie name@firma.de ein.
site-request-phone = Geben Sie eine Telefonnummer ein, unter der Partner Sie erreichen, etwa +49 30 5550 1234, oder lassen Sie das Feld leer.
site-request-one-line = Bitte in einer Zeile schreiben.
site-request-contact-in-description = Lassen Sie E-Mail-Adresse und Telefonnummer aus der Beschreibung heraus: Partner lesen sie, bevor sie Ihre Anfrage übernehmen, und erhalten Ihre Kontaktdaten erst danach.
site-request-robot = Diese Anfrage wurde nicht gesendet, weil sie automatisiert wirkte. Wenn Sie ein Mensch sind, laden Sie die Seite neu und füllen Sie sie noch einmal aus; lassen Sie dabei das letzte, verborgene Feld leer.
site-request-too-fast = Das ging schneller, als ein Mensch tippt: Bitte prüfen Sie Ihre Anfrage und senden Sie sie noch einmal.
site-request-stale = Dieses Formular ist zu alt oder kam von einer anderen Seite. Ihre Eingaben haben wir behalten: Bitte prüfen Sie sie und senden Sie die Anfrage noch einmal.
site-request-rate-limited = Sie haben in der letzten Stunde { $count ->
    [one] { $count } Anfrage
   *[other] { $count } Anfragen
} gesendet, mehr nehmen wir von einer Adresse nicht an. Bitte versuchen Sie es später noch einmal.
site-request-unavailable = Im Moment können wir keine Anfragen annehmen. Bitte versuchen Sie es in ein paar Minuten noch einmal.

## Implementation requests: the private page (site/pages/request/[token].astro); $until, $on: days, already written out
site-request-private-title = Ihre Anfrage { $reference }
site-request-private-description = Die private Seite Ihrer Implementierungsanfrage.
site-request-sent = Vielen Dank, Ihre Anfrage ist eingegangen.
site-request-keep-link = Diese Seite ist Ihr privater Link zur Anfrage. Setzen Sie ein Lesezeichen oder kopieren Sie die Adresse: Nur so kommen Sie hierher zurück, und wer den Link hat, kann die Anfrage ändern. Geben Sie ihn also an niemanden weiter.
site-request-reference = Referenz
site-request-sent-on = Gesendet am
site-request-what = Was Sie brauchen
site-request-where = Wo
site-request-language = Sprache
site-request-state = Stand
site-request-waiting = Sie ist auf dem Weg zu den Partnern.
site-request-offered = Sie ging an { $count ->
    [one] { $count } Partner, der
   *[other] { $count } Partner, die
} in Ihrem Land arbeiten und anbieten, was Sie brauchen.
site-request-nobody = Aus Ihrem Land nimmt noch kein Partner solche Anfragen an; sie bleibt bis zum { $until } offen, falls sich das ändert.
site-request-none-yet = Noch hat kein Partner sie übernommen. Partner können sie bis zum { $until } übernehmen.
site-request-taken = { $count ->
    [one] { $count } Partner hat
   *[other] { $count } Partner haben
} sie übernommen (höchstens { $max } können das) und melden sich bei Ihnen:
site-request-open = Partner können sie bis zum { $until } übernehmen.
site-request-full = Weitere Partner können sie nicht mehr übernehmen.
site-request-closed-withdrawn = Sie haben sie am { $on } zurückgezogen: Weitere Partner können sie nicht mehr übernehmen.
site-request-closed-chosen = Sie haben uns am { $on } Ihre Wahl mitgeteilt.
site-request-closed-expired = Sie wurde am { $on } geschlossen: Die Frist für die Übernahme ist abgelaufen.
site-request-chosen-partner = Ihre Wahl: { $name }{ $stop }
site-request-choose-title = Für welchen Partner haben Sie sich entschieden?
site-request-choose-hint = Sagen Sie es uns, sobald Sie sich entschieden haben: So können wir Anfragen an die Partner schicken, die Kunden wählen.
site-request-choose-button = Diesen Partner habe ich gewählt
site-request-choose-none = Wählen Sie einen der Partner oben.
site-request-withdraw-title = Anfrage zurückziehen
site-request-withdraw-hint = Dann können keine weiteren Partner sie übernehmen. Partner, die sie schon übernommen haben, behalten Ihre Kontaktdaten, bis diese gelöscht werden.
site-request-withdraw-button = Meine Anfrage zurückziehen
site-request-erase-title = Ihre Kontaktdaten löschen
site-request-erase-hint = Ihr Name, Ihr Unternehmen, Ihre E-Mail-Adresse, Ihre Telefonnummer und Ihre Beschreibung werden { $days ->
    [one] { $days } Tag
   *[other] { $days } Tage
} nach dem Abschluss der Anfrage gelöscht. Sie können sie auch jetzt schon löschen: Partner, die die Anfrage noch nicht übernommen haben, erhalten sie dann nie, und wer sie übernommen hat, sieht sie hier nicht mehr.
site-request-erase-button = Meine Kontaktdaten jetzt löschen
site-request-erased = Ihre Kontaktdaten wurden am { $on } gelöscht.
site-request-done-withdrawn = Ihre Anfrage ist zurückgezogen.
site-request-done-chosen = Danke, dass Sie es uns mitgeteilt haben.
site-request-done-erased = Ihre Kontaktdaten sind gelöscht.
site-request-not-found = Dieser Link führt zu keiner Anfrage
site-request-not-found-text = Prüfen Sie, ob Sie die ganze Adresse kopiert haben. Eine Anfrage erreichen Sie nur über den privaten Link, der beim Absenden angezeigt wurde.
site-request-partner-page = Partnerseite

## Problem pages of the server, before any page is rendered (site/server/problem.ts)
site-problem-error = Fehler { $status }.
site-problem-home = Startseite
site-problem-too-long-title = Diese Adresse ist zu lang
site-problem-too-long-detail = Adressen auf dieser Website sind höchstens { $max } Zeichen lang.
site-problem-bad-escape-title = Diese Adresse kann nicht gelesen werden
site-problem-bad-escape-detail = Sie enthält eine fehlerhafte %-Kodierung. Prüfen Sie den Link, oder beginnen Sie noch einmal auf der Startseite.
site-problem-too-many-params-title = Diese Adresse hat zu viele Parameter
site-problem-too-many-params-detail = Eine Suche auf dieser Website nimmt höchstens { $max } Parameter an.
site-problem-method-title = Diese Methode ist hier nicht erlaubt
site-problem-method-detail = { $post ->
    [yes] Diese Adresse beantwortet nur GET-, HEAD- und POST-Anfragen.
   *[no] Diese Adresse beantwortet nur GET- und HEAD-Anfragen.
}
site-problem-form-type-title = Dieses Formular kann nicht gelesen werden
site-problem-form-type-detail = Senden Sie das Formular von der Seite selbst aus, mit seinen Feldern als Webformular.
site-problem-too-many-fields-title = Dieses Formular hat zu viele Felder
site-problem-too-many-fields-detail = Ein Formular auf dieser Website hat höchstens { $max } Felder. Laden Sie die Seite neu und füllen Sie es noch einmal aus.
site-problem-too-large-title = Diese Formulardaten sind zu groß
site-problem-too-large-detail = Ein Formular auf dieser Website sendet höchstens { $kilobytes } KB. Kürzen Sie Ihren Text und senden Sie ihn noch einmal.
site-problem-loading-title = Die Website wird gerade aktualisiert
site-problem-loading-detail = Das Partnerverzeichnis ist kurz nicht erreichbar. Bitte versuchen Sie es in einer Minute noch einmal.
site-problem-failed-title = Bei uns ist etwas schiefgelaufen
site-problem-failed-detail = Bitte versuchen Sie es gleich noch einmal.
