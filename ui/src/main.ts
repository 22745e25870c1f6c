import { mount } from 'svelte';
import './fonts.css';
import './app.css';
import App from './App.svelte';
import { app } from './lib/app.svelte';

const target = document.getElementById('app');
if (target) {
  mount(App, { target });
  void app.init();
}
