/** The navigation's icons: inline SVG paths, decorative (each link has its text). */
const PATHS = {
  home: "M12 3 2 12h3v8h6v-6h2v6h6v-8h3z",
  profile: "M12 12a4.5 4.5 0 1 0 0-9 4.5 4.5 0 0 0 0 9m0 2c-4 0-8 2-8 5v2h16v-2c0-3-4-5-8-5",
  friends:
    "M16 11a3.5 3.5 0 1 0 0-7 3.5 3.5 0 0 0 0 7m-8 0a3.5 3.5 0 1 0 0-7 3.5 3.5 0 0 0 0 7m0 2c-3 0-7 1.5-7 4.5V20h14v-2.5C15 14.5 11 13 8 13m8 0c-.4 0-.8 0-1.3.1A5 5 0 0 1 17 17.5V20h6v-2.5c0-3-4-4.5-7-4.5",
  messages:
    "M12 2C6.5 2 2 6.1 2 11.2c0 2.9 1.4 5.4 3.7 7.1V22l3.4-1.9c.9.3 1.9.4 2.9.4 5.5 0 10-4.1 10-9.2S17.5 2 12 2m1 12.4-2.6-2.7-5 2.7 5.5-5.8 2.6 2.7 4.9-2.7z",
  search: "M10 4a6 6 0 1 0 3.5 10.9l4.8 4.8 1.4-1.4-4.8-4.8A6 6 0 0 0 10 4m0 2a4 4 0 1 1 0 8 4 4 0 0 1 0-8",
  settings:
    "M19.4 13a7.5 7.5 0 0 0 0-2l2.1-1.6-2-3.5-2.5 1a7.5 7.5 0 0 0-1.7-1L15 3h-4l-.4 2.8a7.5 7.5 0 0 0-1.7 1l-2.5-1-2 3.5L6.6 11a7.5 7.5 0 0 0 0 2l-2.1 1.6 2 3.5 2.5-1a7.5 7.5 0 0 0 1.7 1L11 21h4l.4-2.8a7.5 7.5 0 0 0 1.7-1l2.5 1 2-3.5zM13 15.5a3.5 3.5 0 1 1 0-7 3.5 3.5 0 0 1 0 7",
} as const;

export type IconName = keyof typeof PATHS;

export function Icon({ name, className }: { name: IconName; className?: string }) {
  return (
    <svg className={className} viewBox="0 0 24 24" fill="currentColor" aria-hidden="true" focusable="false">
      <path d={PATHS[name]} />
    </svg>
  );
}
