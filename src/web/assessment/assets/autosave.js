// Saves each answer as the practitioner types (progressive enhancement: without this script the page's
// Save button saves the section). One request at a time, each with the version the last save returned,
// so a stale tab is refused (409) rather than overwriting; the page then says to reload.
const form = document.querySelector('form[data-autosave]')
if (form) {
  const status = form.querySelector('[data-autosave-status]')
  const versions = document.querySelectorAll('input[data-version]')
  let queue = Promise.resolve()
  let stopped = false
  const say = (text) => {
    if (status) status.textContent = text
  }
  const save = (questionId, value) => {
    queue = queue.then(async () => {
      if (stopped) return
      const body = new URLSearchParams({
        _csrf: form.elements._csrf.value,
        id: form.elements.id.value,
        version: form.elements.version.value,
        questionId,
        value,
      })
      const response = await fetch(form.dataset.autosave, {
        method: 'POST',
        headers: { accept: 'application/json', 'content-type': 'application/x-www-form-urlencoded' },
        body,
      }).catch(() => null)
      if (response?.ok) {
        const saved = await response.json()
        for (const input of versions) input.value = String(saved.version)
        say(`Saved at ${new Date().toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' })}`)
      } else if (response?.status === 409) {
        stopped = true
        say(
          'This assessment was changed in another tab or window. Reload the page to see the latest answers.',
        )
      } else say('Not saved yet: use the Save button.')
    })
  }
  const timers = new Map()
  form.addEventListener('change', (event) => {
    const field = event.target
    if (field.type === 'radio' && field.checked) save(field.name, field.value)
  })
  form.addEventListener('input', (event) => {
    const field = event.target
    if (field.tagName !== 'TEXTAREA') return
    clearTimeout(timers.get(field.name))
    timers.set(
      field.name,
      setTimeout(() => save(field.name, field.value), 800),
    )
  })
}
