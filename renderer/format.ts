/** Dates for people: "8 Sep 2025", "8 Sep 2025, 14:02". Partial ISO dates ("2025-09") stay partial. */

// toLocale*String builds a new Intl.DateTimeFormat on every call (~0.1 ms each); these are
// made once and give the same text.
const formats = new Map<string, Intl.DateTimeFormat>();
function formatter(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = JSON.stringify(options);
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', options);
    formats.set(key, format);
  }
  return format;
}

export function formatDate(iso: string): string {
  const parts = iso.split('-');
  const date = new Date(`${parts[0]}-${parts[1] ?? '01'}-${parts[2] ?? '01'}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  const options: Intl.DateTimeFormatOptions = { year: 'numeric', timeZone: 'UTC' };
  if (parts[1]) options.month = 'short';
  if (parts[2]) options.day = 'numeric';
  return formatter(options).format(date);
}

export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return formatter({
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(date);
}

export function formatTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? iso
    : formatter({ hour: '2-digit', minute: '2-digit' }).format(date);
}
