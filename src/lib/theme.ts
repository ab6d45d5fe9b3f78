/** The colours the browser and an installed app paint around the page (src/styles/global.css --bg, --accent). */
export const THEME_COLORS = {
  light: { theme: '#0b5cad', background: '#ffffff' },
  dark: { theme: '#0e1117', background: '#0e1117' },
} as const;
