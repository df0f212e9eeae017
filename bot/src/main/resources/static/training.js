// Training chat: pick a seeded persona and talk to the bot's conversation engine.
// Plain browser JavaScript, no build step. The server sends safe HTML (b, i, code, a, br).
(() => {
  'use strict';

  const API = '/training/api';
  const POLL_MS = 700;
  const RETRY_MS = 3000;
  const NETWORK_ERROR = 'Could not reach the bot. Is it still running?';

  const $ = (id) => document.getElementById(id);
  const els = {
    department: $('department'), disclaimer: $('disclaimer'), personas: $('personas'),
    who: $('chat-who'), log: $('log'), status: $('status'),
    form: $('composer'), input: $('text'), send: $('send'), photo: $('photo'), attach: $('attach')
  };

  // The conversation on screen. A persona switch replaces this object, so answers that
  // arrive for the previous persona (checked with `current !== chat`) are dropped.
  const newChat = (persona) =>
    ({ persona, after: 0, timer: null, polling: false, again: false, focusAfterPress: null });
  let chat = newChat(null);
  let pressedMessages = [];
  let statusFromPolling = false;

  async function request(method, path, body) {
    const init = { method, headers: { Accept: 'application/json', 'Content-Type': 'application/json' } };
    if (body !== undefined) init.body = JSON.stringify(body);
    const response = await fetch(API + path, init).catch(() => { throw new Error(NETWORK_ERROR); });
    if (!response.ok) {
      const problem = await response.json().catch(() => ({}));
      throw new Error(describeFailure(response.status, problem && problem.detail));
    }
    const text = await response.text();
    return text ? JSON.parse(text) : null;
  }

  function describeFailure(status, detail) {
    if (detail) return detail;
    if (status === 429) return 'That was a lot at once. Please wait a moment and try again.';
    if (status >= 500) return `The bot ran into a problem (error ${status}). Try again in a moment.`;
    return `The bot could not handle that (error ${status}).`;
  }

  const personaPath = (suffix) => `/personas/${encodeURIComponent(chat.persona)}${suffix}`;

  function showStatus(text, fromPolling = false) {
    els.status.textContent = text;
    statusFromPolling = fromPolling;
  }

  async function loadDepartment() {
    const dept = await request('GET', '/department').catch(() => null); // else keep the generic text
    if (dept && dept.name) {
      els.department.textContent = dept.name;
      document.title = `Training chat – ${dept.name}`;
    }
    els.disclaimer.textContent = (dept && dept.disclaimer) || '';
  }

  async function loadPersonas() {
    try {
      renderPersonas(await request('GET', '/personas'));
      if (statusFromPolling) showStatus('');
    } catch (error) {
      showStatus(error.message, true);
      setTimeout(loadPersonas, RETRY_MS);
    }
  }

  function renderPersonas(personas) {
    els.personas.replaceChildren(...(personas || []).map((persona) => {
      const button = element('button', 'persona');
      button.type = 'button';
      button.dataset.persona = persona.id;
      button.dataset.description = persona.description || '';
      button.dataset.readOnly = String(Boolean(persona.readOnly));
      button.setAttribute('aria-pressed', 'false');
      button.append(element('span', 'persona-label', persona.label),
        element('span', 'persona-role', persona.role));
      return button;
    }));
  }

  function element(tag, className, text) {
    const el = document.createElement(tag);
    el.className = className;
    if (text !== undefined) el.textContent = text || '';
    return el;
  }

  function selectPersona(button) {
    for (const other of els.personas.querySelectorAll('button[data-persona]')) {
      other.setAttribute('aria-pressed', String(other === button));
    }
    if (button.dataset.persona !== chat.persona) {
      clearTimeout(chat.timer);
      chat = newChat(button.dataset.persona);
      pressedMessages = [];
      els.log.replaceChildren();
      els.log.setAttribute('aria-busy', 'true');
      showStatus('');
      const label = button.querySelector('.persona-label').textContent;
      const description = button.dataset.description;
      const readOnly = button.dataset.readOnly === 'true';
      els.who.textContent = readOnly
        ? `${label}: ${description}.`
        : `You are ${label}${description ? ': ' + description : ''}.`;
      els.input.disabled = readOnly;
      els.send.disabled = readOnly;
      els.photo.disabled = readOnly;
      els.attach.disabled = readOnly;
      pollNow();
    }
    if (!els.input.disabled) els.input.focus();
  }

  function pollNow() {
    if (!chat.persona) return;
    if (chat.polling) {
      chat.again = true;
      return;
    }
    clearTimeout(chat.timer);
    poll(chat);
  }

  async function poll(current) {
    current.polling = true;
    current.again = false;
    let delay = POLL_MS;
    try {
      const data = await request('GET', personaPath(`/messages?after=${current.after}`));
      if (current !== chat) return;
      if (statusFromPolling) showStatus('');
      applyUpdate(data || {});
    } catch (error) {
      if (current !== chat) return;
      showStatus(error.message, true);
      delay = RETRY_MS;
    }
    current.polling = false;
    els.log.removeAttribute('aria-busy');
    current.timer = setTimeout(() => poll(current), current.again ? 0 : delay);
  }

  function applyUpdate(data) {
    const messages = data.messages || [];
    let added = false;
    for (const entry of messages) {
      const item = renderMessage(entry);
      const existing = findMessage(entry.id);
      if (existing) {
        existing.replaceWith(item); // the bot edited this message
      } else {
        els.log.append(item);
        added = true;
      }
      chat.after = Math.max(chat.after, entry.seq || 0);
    }
    if (typeof data.last === 'number') chat.after = Math.max(chat.after, data.last);
    if (messages.length) releasePressedButtons();
    if (added) scrollToNewest();
  }

  const findMessage = (id) => [...els.log.children].find((item) => item.dataset.id === id) || null;

  function renderMessage(entry) {
    const fromBot = entry.from !== 'user';
    const item = element('li', `msg ${fromBot ? 'bot' : 'user'}`);
    item.dataset.id = entry.id;
    const body = element('div', 'msg-body');
    body.innerHTML = entry.html || '';
    for (const link of body.querySelectorAll('a[href]')) {
      link.target = '_blank';
      link.rel = 'noopener noreferrer';
    }
    item.append(element('span', 'visually-hidden', fromBot ? 'Bot: ' : 'You: '), body);
    if (fromBot && entry.buttons && entry.buttons.length) item.append(renderButtons(entry.buttons));
    return item;
  }

  function renderButtons(rows) {
    const group = element('div', 'buttons');
    for (const row of rows) {
      const rowEl = element('div', 'button-row');
      for (const spec of row) {
        const button = element('button', 'chat-button', spec.label);
        button.type = 'button';
        button.dataset.button = spec.id;
        rowEl.append(button);
      }
      group.append(rowEl);
    }
    return group;
  }

  function scrollToNewest() {
    const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    els.log.scrollTo({ top: els.log.scrollHeight, behavior: reduce ? 'auto' : 'smooth' });
  }

  function setButtonsDisabled(messageId, disabled) {
    const item = findMessage(messageId);
    if (item) item.querySelectorAll('button.chat-button').forEach((b) => { b.disabled = disabled; });
  }

  // A pressed button loses focus while disabled (and is often replaced): give it back to
  // the same button if it is still there, else to the message box.
  function releasePressedButtons() {
    pressedMessages.forEach((id) => setButtonsDisabled(id, false));
    pressedMessages = [];
    const pressed = chat.focusAfterPress;
    chat.focusAfterPress = null;
    if (!pressed || (document.activeElement && document.activeElement !== document.body)) return;
    const item = findMessage(pressed.messageId);
    const same = item && [...item.querySelectorAll('button.chat-button')]
      .find((b) => b.dataset.button === pressed.buttonId);
    (same || els.input).focus();
  }

  async function pressButton(button) {
    const item = button.closest('li.msg');
    if (!item || !chat.persona) return;
    const messageId = item.dataset.id;
    const buttonId = button.dataset.button;
    const current = chat;
    if (document.activeElement === button) current.focusAfterPress = { messageId, buttonId };
    setButtonsDisabled(messageId, true);
    pressedMessages.push(messageId);
    try {
      await request('POST', personaPath('/presses'), { messageId, buttonId });
      if (current === chat) showStatus('');
    } catch (error) {
      if (current !== chat) return;
      pressedMessages = pressedMessages.filter((id) => id !== messageId);
      setButtonsDisabled(messageId, false);
      if (current.focusAfterPress) button.focus();
      current.focusAfterPress = null;
      showStatus(error.message);
    }
    if (current === chat) pollNow();
  }

  async function sendMessage(event) {
    event.preventDefault();
    const text = els.input.value.trim();
    if (!text || !chat.persona || els.form.classList.contains('pending')) return;
    const current = chat;
    setPending(true);
    try {
      await request('POST', personaPath('/messages'), { text });
      if (current === chat) {
        els.input.value = '';
        showStatus('');
        pollNow();
      }
    } catch (error) {
      if (current === chat) showStatus(error.message); // the text stays, ready to send again
    }
    setPending(false);
    if (current === chat) els.input.focus();
  }

  function setPending(pending) { // the input stays enabled (read-only) so it keeps its focus
    els.form.classList.toggle('pending', pending);
    els.input.readOnly = pending;
    els.send.disabled = pending;
    els.attach.disabled = pending;
  }

  // A photo goes as the request body with its type, as a phone's camera roll hands it over; the
  // bot takes it like a photo sent on Telegram (a missing person's notice asks for one).
  async function sendPhoto() {
    const file = els.photo.files[0];
    els.photo.value = '';
    if (!file || !chat.persona || els.form.classList.contains('pending')) return;
    const current = chat;
    setPending(true);
    try {
      const response = await fetch(API + personaPath('/photos'), {
        method: 'POST',
        headers: {
          Accept: 'application/json',
          'Content-Type': file.type || 'application/octet-stream',
          'X-File-Name': encodeURIComponent(file.name)
        },
        body: file
      }).catch(() => { throw new Error(NETWORK_ERROR); });
      if (!response.ok) {
        const problem = await response.json().catch(() => ({}));
        throw new Error(describeFailure(response.status, problem && problem.detail));
      }
      if (current === chat) {
        showStatus('');
        pollNow();
      }
    } catch (error) {
      if (current === chat) showStatus(error.message);
    }
    setPending(false);
  }

  els.personas.addEventListener('click', (event) => {
    const button = event.target.closest('button[data-persona]');
    if (button) selectPersona(button);
  });
  els.log.addEventListener('click', (event) => {
    const button = event.target.closest('button.chat-button');
    if (button && !button.disabled) pressButton(button);
  });
  els.form.addEventListener('submit', sendMessage);
  els.attach.addEventListener('click', () => els.photo.click());
  els.photo.addEventListener('change', sendPhoto);

  loadDepartment();
  loadPersonas();
})();
