import { defaultLightTheme, type RaThemeOptions } from 'react-admin';

// React-admin's default blue app bar (#2196f3) gives white text a 3.1:1 contrast, below WCAG AA's 4.5:1.
// Bleu France (#000091), the State's colour, reaches 15:1.
const bleuFrance = { main: '#000091', light: '#6a6af4', dark: '#00006d', contrastText: '#ffffff' };

export const lightTheme: RaThemeOptions = {
  ...defaultLightTheme,
  palette: {
    ...defaultLightTheme.palette,
    primary: bleuFrance,
    secondary: bleuFrance,
    // MUI's orange (#ed6c02) and light blue (#0288d1) give white text 3.1:1 and 3.9:1: the State's darker shades pass 4.5:1.
    warning: { main: '#b34000', light: '#fc5d00', dark: '#8d3300', contrastText: '#ffffff' },
    info: { main: '#0063cb', light: '#518fff', dark: '#00418b', contrastText: '#ffffff' },
  },
};
