/** Dates for people: "8 Sep 2025", "8 Sep 2025, 14:02". Partial ISO dates ("2025-09") stay partial. */
export function formatDate(iso: string): string {
  const parts = iso.split('-');
  const date = new Date(`${parts[0]}-${parts[1] ?? '01'}-${parts[2] ?? '01'}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  const options: Intl.DateTimeFormatOptions = { year: 'numeric', timeZone: 'UTC' };
  if (parts[1]) options.month = 'short';
  if (parts[2]) options.day = 'numeric';
  return date.toLocaleDateString('en-GB', options);
}

export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
}

export function formatTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? iso
    : date.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
}
