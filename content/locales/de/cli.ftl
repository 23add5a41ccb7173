# The command-line tools' words in German (content/locales/en/cli.ftl is the source). Plain text;
# partners are addressed formally ("Sie"), as in content/docs/de/. Git's own words (HEAD, Branch,
# Commit, Merge-Base) stay as German git users know them.

## npm run eligibility: one partner's standing
cli-standing-title = { $partner } ({ $slug }), Stand: { DAY($date) }
cli-standing-review-kept = Jährliche Überprüfung am { DAY($date) }: { $status } behalten
cli-standing-review-missed = Jährliche Überprüfung am { DAY($date) }: Ziel verfehlt, Herabstufung von { $status } auf { $result }
cli-standing-update-file = Bitte die Datei anpassen: status: { $status }, statusSince: { $since }
cli-standing-sales-keep-review = Umsatz für den Erhalt von { $status } bei der Überprüfung am { DAY($date) }: { MONEY($counted) } von { MONEY($target) } ({ DAY($from) } bis { DAY($to) }{ $excluded })
cli-standing-sales-keep = Umsatz für den Erhalt von { $status }: { MONEY($counted) } von { MONEY($target) } ({ DAY($from) } bis { DAY($to) }{ $excluded })
cli-standing-sales-next = Umsatz für den Aufstieg zu { $status }: { MONEY($counted) } von { MONEY($target) } ({ DAY($from) } bis { DAY($to) }{ $excluded })
cli-standing-sales-excluded = ; { MONEY($amount) } aus eigenen oder verbundenen Käufen nicht gezählt
cli-standing-next-step = Nächster Schritt: { $advice }
cli-standing-benefits = Vorteile ({ PERCENT($discount) } Rabatt):
cli-standing-benefit-pending = { $benefit } (dafür noch zu tun: { $missing })
cli-standing-keep-probation = { $status } nach der ersten Phase behalten (bis zum { DAY($date) }): { $state }
cli-standing-keep-review = { $status } bei der jährlichen Überprüfung am { DAY($date) } behalten: { $state }
cli-standing-all-met = alles erfüllt
cli-standing-not-met = noch nicht erfüllt
cli-standing-next = Aufstieg zu { $status }: { $state }
cli-standing-next-again = Wiederaufstieg zu { $status }: { $state }
cli-standing-qualifies = alle Anforderungen erfüllt; beantragen Sie den Aufstieg
cli-standing-not-qualified = { $unmet } von { $total } Anforderungen noch nicht erfüllt
cli-standing-top = { $status } ist der höchste Status.
cli-standing-progress = { $current } von { $target }
cli-standing-window = ({ DAY($from) } bis { DAY($to) })
cli-standing-todo = zu tun: { $items }
cli-standing-advice = Tipp: { $advice }
cli-standing-if-missed = wenn die Frist verstreicht: { $consequence }
cli-standing-on-the-day = an diesem Tag: { $consequence }
cli-standing-upcoming = Anstehende Fristen:
cli-standing-no-upcoming = Keine anstehenden Fristen.
cli-standing-passed = In den letzten { $days } Tagen verstrichen:
cli-standing-deadline = { $name }: { $subject }
cli-standing-deadline-done = { $name }: { $subject } (erledigt)
cli-standing-days = { $days ->
        [0] heute
        [one] in { $days } Tag
       *[other] in { $days } Tagen
    }
cli-standing-days-ago = { $days ->
        [one] vor { $days } Tag
       *[other] vor { $days } Tagen
    }

## npm run impact: what a content change does
cli-impact-title = Auswirkungen der Inhaltsänderung
cli-impact-compared = { $before } → { $after }, Partner bewertet zum { DAY($date) }.
# The sides have no article: they also open a line ("Arbeitsverzeichnis: 5 Probleme; …").
cli-impact-side-ref = { $ref } ({ $sha })
cli-impact-side-merge-base = Merge-Base mit { $main } ({ $sha })
cli-impact-side-head = HEAD ({ $sha })
cli-impact-side-working-tree = Arbeitsverzeichnis
cli-impact-note-on-main = Sie sind auf main, also gibt es keine Merge-Base mit main: Verglichen wird mit HEAD, dem letzten Commit. Geben Sie eine Ref an, um mit einem anderen Commit zu vergleichen, etwa npm run impact -- HEAD~1.
cli-impact-note-no-main = Hier gibt es keinen Branch main oder origin/main: Verglichen wird mit HEAD, dem letzten Commit. Geben Sie eine Ref an, um mit einem anderen Commit zu vergleichen.
cli-impact-note-no-history = Dieser Branch hat keine gemeinsame Historie mit { $main }: Verglichen wird mit HEAD, dem letzten Commit. Geben Sie eine Ref an, um mit einem anderen Commit zu vergleichen.

cli-impact-problems = Probleme
cli-impact-problems-now = { $side }: { $count ->
        [one] { $count } Problem; die Inhaltsprüfung schlägt fehl, bis es behoben ist.
       *[other] { $count } Probleme; die Inhaltsprüfung schlägt fehl, bis sie behoben sind.
    }
cli-impact-problems-before = { $side }: vorher { $count ->
        [one] { $count } Problem
       *[other] { $count } Probleme
    }; Dateien mit Problemen werden nur verglichen, soweit sie sich lesen ließen.
cli-impact-problems-before-fixed = { $side }: vorher { $count ->
        [one] { $count } Problem, jetzt behoben
       *[other] { $count } Probleme, jetzt alle behoben
    }; Dateien mit Problemen werden nur verglichen, soweit sie sich lesen ließen.
cli-impact-problems-more = und { $count } weitere: npm run check zeigt alle
cli-impact-warnings = Warnungen
cli-impact-warnings-now = { $side }: { $count ->
        [one] { $count } Warnung
       *[other] { $count } Warnungen
    }; einen Blick wert, auch wenn die Inhaltsprüfung besteht.
cli-impact-private-problem = hat ein Problem (private Daten: npm run check zeigt es)
cli-impact-private-warning = hat eine Warnung (private Daten: npm run check zeigt sie)
cli-impact-not-compared = Partner und ihr Stand werden nicht verglichen: Die Regeln einer Seite ließen sich nicht lesen. Beheben Sie zuerst die Probleme oben.

cli-impact-attention = Achtung
cli-impact-because-both = nach den Änderungen an der Partnerdatei und an den Regeln
cli-impact-because-file = nach den Änderungen an der Partnerdatei
cli-impact-because-rules = unter den geänderten Regeln
cli-impact-attention-lapse = { $partner }: Status und Programmteilnahme enden { $because }, denn die Anforderungen für { $status } sind bis zum { DAY($date) } nicht erfüllt.
cli-impact-attention-review = { $partner } wird { $because } von { $before } auf { $after } herabgestuft: Das Ziel der jährlichen Überprüfung am { DAY($date) } ist verfehlt. In der Datei steht noch { $recorded }.
cli-impact-attention-review-listed = { $partner } wird { $because } von { $before } auf { $after } herabgestuft: Das Ziel der jährlichen Überprüfung am { DAY($date) } ist verfehlt. In der Datei steht noch { $recorded }, daher führt das Verzeichnis den Partner als { $recorded }, bis die Datei angepasst ist.
cli-impact-attention-leaves = { $partner } verlässt das öffentliche Verzeichnis: { $reason }.
cli-impact-attention-at-risk-review = { $partner } erreicht { $because } das Jahresziel für den Erhalt von { $status } bei der Überprüfung am { DAY($date) } nicht mehr. Noch zu tun: { $items }.
cli-impact-attention-at-risk-probation = { $partner } erfüllt { $because } die Anforderungen für { $status } bis zum { DAY($date) } nicht mehr. Noch zu tun: { $items }.
cli-impact-cancelled = aufgehoben
cli-impact-leave-removed = die Datei wurde entfernt
cli-impact-leave-problems = die Datei hat Probleme
cli-impact-leave-status = in der Datei steht jetzt { $status }
cli-impact-leave-rules = die geänderten Regeln führen Partner mit { $status } nicht mehr im Verzeichnis
cli-impact-enter-added = ein neuer Partner mit { $status }
cli-impact-enter-status = in der Datei steht jetzt { $status }
cli-impact-enter-rules = die geänderten Regeln führen Partner mit { $status } im Verzeichnis

cli-impact-summary = Zusammenfassung
cli-impact-summary-rules = { $values ->
        [one] { $values } Regelwert
       *[other] { $values } Regelwerte
    } in { $files ->
        [one] { $files } Datei
       *[other] { $files } Dateien
    } geändert
cli-impact-summary-partners = Partner: { $changes }
cli-impact-summary-added = { $count } hinzugefügt
cli-impact-summary-removed = { $count } entfernt
cli-impact-summary-changed = { $count } geändert
cli-impact-summary-directory = Verzeichnis: { $in } aufgenommen, { $out } entfernt
cli-impact-summary-standings = { $count ->
        [one] { $count } Partner mit geändertem Stand oder geänderter Frist
       *[other] { $count } Partner mit geändertem Stand oder geänderten Fristen
    }
cli-impact-summary-reminders = Erinnerungen: { $added } neu, { $cancelled } gestrichen
cli-impact-summary-none = Keine Änderung an Partnern, Regeln oder dem Stand der Partner.

cli-impact-rules = Regeln
cli-impact-rule-none = (nichts)
cli-impact-version-not-bumped = program.yaml nennt noch Version { $version }, gültig ab { $effective }: Erhöhen Sie bei jeder Regeländerung beides.

cli-impact-partners = Partner
cli-impact-partner-added = hinzugefügt: { $partner }, { $status }, nicht im Verzeichnis
cli-impact-partner-added-listed = hinzugefügt: { $partner }, { $status }, im Verzeichnis
cli-impact-partner-removed = entfernt: { $partner }, war { $status }
cli-impact-partner-changed = geändert: { $partner }: { $fields }
cli-impact-partner-broken-now = nicht verglichen: { $partner }: die Datei hat jetzt Probleme
cli-impact-partner-broken-before = nicht verglichen: { $partner }: die Datei hatte vorher Probleme
cli-impact-fields-only = Geänderte Felder werden genannt, nie ihre Werte: Die Dateien enthalten private Daten.

cli-impact-directory = Öffentliches Verzeichnis
cli-impact-directory-in = aufgenommen: { $partner }: { $reason }
cli-impact-directory-out = entfernt: { $partner }: { $reason }

cli-impact-standing = Stand zum { DAY($date) }
cli-impact-status = Status: { $before } → { $after } ({ $why })
cli-impact-why-file = der Status in der Datei wurde geändert
cli-impact-why-review = verfehlt die jährliche Überprüfung am { DAY($date) }; in der Datei steht noch { $status }
cli-impact-why-lapse = die Anforderungen für { $status } sind bis zum { DAY($date) } nicht erfüllt
cli-impact-why-restored = was ihn am { DAY($date) } kostete, gilt nicht mehr
cli-impact-why-restored-undated = was ihn kostete, gilt nicht mehr
cli-impact-discount = Rabatt: { PERCENT($before) } → { PERCENT($after) }
cli-impact-keep-review = { $status } bei der jährlichen Überprüfung am { DAY($date) } behalten: { $before } → { $after }
cli-impact-keep-review-moved = { $status } bei der jährlichen Überprüfung behalten ({ DAY($from) } → { DAY($to) }): { $before } → { $after }
cli-impact-keep-probation = { $status } nach der ersten Phase am { DAY($date) } behalten: { $before } → { $after }
cli-impact-keep-probation-moved = { $status } nach der ersten Phase behalten ({ DAY($from) } → { DAY($to) }): { $before } → { $after }
cli-impact-met = erfüllt
cli-impact-next = Aufstieg zu { $status }: { $before } → { $after }
cli-impact-qualifies = alle Anforderungen erfüllt
cli-impact-deadline = Frist „{ $name }“: { $before } → { $after }
cli-impact-day-passed = { DAY($date) } (verstrichen)
cli-impact-no-day = keine

cli-impact-reminders = Erinnerungen ab dem { DAY($date) }
cli-impact-reminders-counts = Neu: { $added }. Gestrichen: { $cancelled }.
cli-impact-reminder-new = neu: { $partner }: { $kind } am { DAY($date) }, Erinnerungen am { $days }
cli-impact-reminder-cancelled = gestrichen: { $partner }: { $kind } am { DAY($date) }, Erinnerungen am { $days }
cli-impact-fold-partners = { $count } Partner
cli-impact-fold-reminders = { $count } Erinnerungszeilen
