/**
 * Time zones for reminders. A reminder goes out at a local hour (09:00 unless configured) on its
 * send day in the partner's time zone: the partner's own (`program.reminders.timeZone`), else
 * REMINDER_TIME_ZONE, else the one derived from the partner's country and city.
 */
import { getAllTimezones, getCountry, getTimezonesForCountry } from 'countries-and-timezones';
import type { PlainDate } from '../../content/index.ts';

const HOUR_MS = 3_600_000;

/** True when the runtime knows `zone` as an IANA time zone name (like Europe/Berlin). */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** `São Paulo` → `sao_paulo`, to compare a city with the last part of a zone name. */
function placeKey(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[\s-]+/g, '_');
}

/** Zone names of places, not legacy names like US/Eastern, CET or Etc/GMT+5. */
const GEOGRAPHIC = /^(Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific)\//;

/** True when ICU names `zone` after the whole country ("Spain Time"), as it does for a country's main zone. */
function isMainZone(zone: string, countryName: string): boolean {
  const name = new Intl.DateTimeFormat('en', { timeZone: zone, timeZoneName: 'shortGeneric' }).formatToParts(new Date(0)).find((p) => p.type === 'timeZoneName')?.value;
  return name === `${countryName} Time`;
}

/**
 * The time zone of a country (ISO 3166-1 alpha-2), from countries-and-timezones: the zones that
 * are the country's own (Europe/Amsterdam for NL, even where tzdata now links it to Brussels).
 * With several, a zone named after `city` wins (America/Chicago for Chicago); otherwise the clock
 * shared by most of them (same standard and summer offset), which is where most of a country's
 * people live in practice (US Eastern, Brazil's São Paulo time, Spain's peninsula), named by its
 * main zone: the one ICU names after the country, else a plain Region/City name, else the one
 * most aliases point to. A partner elsewhere sets `program.reminders.timeZone`.
 * Undefined for a code the library does not know.
 */
export function zoneForCountry(country: string, city?: string): string | undefined {
  const key = `${country} ${city ?? ''}`;
  if (!countryZones.has(key)) countryZones.set(key, findZone(country, city));
  return countryZones.get(key);
}

const countryZones = new Map<string, string | undefined>();

function findZone(country: string, city?: string): string | undefined {
  const zones = (getTimezonesForCountry(country, { deprecated: true }) ?? [])
    .filter((zone) => zone.countries[0] === country && GEOGRAPHIC.test(zone.name) && isTimeZone(zone.name))
    // Current names before the old ones that now link to them (Europe/Istanbul before Asia/Istanbul).
    .sort((a, b) => Number(Boolean(a.aliasOf)) - Number(Boolean(b.aliasOf)));
  if (zones.length === 0) return undefined;
  if (city) {
    const byCity = zones.find((zone) => placeKey(zone.name.split('/').pop() ?? '') === placeKey(city));
    if (byCity) return byCity.name;
  }
  const groups = new Map<string, string[]>();
  for (const zone of zones) {
    const key = `${zone.utcOffset}/${zone.dstOffset}`;
    groups.set(key, [...(groups.get(key) ?? []), zone.name]);
  }
  const largest = [...groups.values()].sort((a, b) => b.length - a.length)[0] ?? [];
  const countryName = getCountry(country)?.name ?? country;
  const aliases = aliasCounts();
  const rank = (name: string) => [isMainZone(name, countryName) ? 0 : 1, name.split('/').length, -(aliases.get(name) ?? 0)];
  return largest.map((name) => ({ name, rank: rank(name) }))
    .sort((a, b) => a.rank.reduce((d, v, i) => d || v - (b.rank[i] ?? 0), 0) || a.name.localeCompare(b.name))[0]?.name;
}

let aliasCache: Map<string, number> | undefined;

/** How many zone names are aliases of each zone (US/Eastern and EST5EDT of America/New_York). */
function aliasCounts(): Map<string, number> {
  if (aliasCache) return aliasCache;
  aliasCache = new Map();
  for (const zone of Object.values(getAllTimezones({ deprecated: true }))) {
    if (zone.aliasOf) aliasCache.set(zone.aliasOf, (aliasCache.get(zone.aliasOf) ?? 0) + 1);
  }
  return aliasCache;
}

const formats = new Map<string, Intl.DateTimeFormat>();

/** The parts of `at` on the wall clock of `zone`. */
function wallClock(at: Date, zone: string): { date: PlainDate; hour: number; minute: number; offsetMs: number } {
  let format = formats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
    });
    formats.set(zone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(at).map((p) => [p.type, p.value]));
  const asUtc = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    offsetMs: asUtc - Math.floor(at.getTime() / 1000) * 1000,
  };
}

/** The calendar day it is in `zone` at `at`. */
export function localDate(at: Date, zone: string): PlainDate {
  return wallClock(at, zone).date;
}

/** `at` on the wall clock of `zone`, like `09:00`. */
export function localTime(at: Date, zone: string): string {
  const { hour, minute } = wallClock(at, zone);
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

/**
 * The instant when it is `hour`:00 on `date` in `zone`. On a day when the clocks jump past that
 * hour (a spring-forward gap), the first instant after the gap.
 */
export function zonedTime(date: PlainDate, hour: number, zone: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const wanted = Date.UTC(y, m - 1, d, hour);
  // Two passes: the offset at the first guess may differ from the offset at the answer (DST).
  let guess = wanted - wallClock(new Date(wanted), zone).offsetMs;
  guess = wanted - wallClock(new Date(guess), zone).offsetMs;
  const check = wallClock(new Date(guess), zone);
  if (check.date !== date || check.hour !== hour) {
    // In a gap: step forward to the first whole hour that exists.
    for (let t = guess; t < guess + 3 * HOUR_MS; t += HOUR_MS / 4) {
      const w = wallClock(new Date(t), zone);
      if (w.date === date && w.hour >= hour) return new Date(t - w.minute * 60_000);
    }
  }
  return new Date(guess);
}
