import { defaultLightTheme, type RaThemeOptions } from 'react-admin';

// React-admin's default blue app bar (#2196f3) gives white text a 3.1:1 contrast, below WCAG AA's 4.5:1.
// Bleu France (#000091), the State's colour, reaches 15:1.
const bleuFrance = { main: '#000091', light: '#6a6af4', dark: '#00006d', contrastText: '#ffffff' };

export const lightTheme: RaThemeOptions = {
  ...defaultLightTheme,
  palette: { ...defaultLightTheme.palette, primary: bleuFrance, secondary: bleuFrance },
};
