/*
 * Nothing an editor types is lost:
 * - the article form is copied to this browser's localStorage as the editor
 *   types, and a copy that was never saved is offered back when the page is
 *   opened again (after a closed tab, a dropped network or an expired login),
 *   to the same user only (autosave-owner.js forgets copies at sign-out);
 * - a shareable preview link is created or revoked without leaving the page;
 * - the change page says who else has the article open, refreshed every 30 s.
 */
(function () {
  "use strict";

  var PREFIX = "newsroom-autosave:"; // as in autosave-owner.js
  var MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
    "Nov", "Dec"];
  var SKIP = ["csrfmiddlewaretoken", "edit_token"];
  var MODELS = { sections: "section", faqs: "faq", notes: "correctionnote", bullets: "bullet" };

  function metaContent(name) {
    var meta = document.querySelector('meta[name="' + name + '"]');
    return meta ? meta.content : "";
  }

  function storageKey(user) {
    return PREFIX + user + ":" + window.location.pathname;
  }

  // As the server writes dates (newsroom/formats/en/formats.py): 29 Nov 2026,
  // 20:33 UTC, in the site's time zone, whatever the browser's locale.
  function siteTime(moment) {
    var options = {
      day: "numeric", month: "numeric", year: "numeric", hour: "2-digit",
      minute: "2-digit", hourCycle: "h23", timeZoneName: "short",
    };
    var zone = metaContent("newsroom-time-zone");
    var parts = {};
    try {
      new Intl.DateTimeFormat("en-GB", Object.assign({ timeZone: zone || undefined }, options))
        .formatToParts(moment).forEach(function (part) { parts[part.type] = part.value; });
    } catch (error) {
      // A zone this browser does not know: its own zone, named.
      new Intl.DateTimeFormat("en-GB", options)
        .formatToParts(moment).forEach(function (part) { parts[part.type] = part.value; });
    }
    return parts.day + " " + MONTHS[Number(parts.month) - 1] + " " + parts.year + ", " +
      parts.hour + ":" + parts.minute + " " + parts.timeZoneName;
  }

  function read(key) {
    try {
      return JSON.parse(window.localStorage.getItem(key));
    } catch (error) {
      return null;
    }
  }

  function write(key, record) {
    try {
      window.localStorage.setItem(key, JSON.stringify(record));
    } catch (error) {
      /* Storage full or disabled: the server-side checks still protect saves. */
    }
  }

  function forgetSubmitted() {
    for (var i = window.localStorage.length - 1; i >= 0; i--) {
      var key = window.localStorage.key(i);
      if (key && key.indexOf(PREFIX) === 0) {
        var record = read(key);
        if (record && record.submitted) {
          window.localStorage.removeItem(key);
        }
      }
    }
  }

  function fieldValues(form) {
    var values = {};
    Array.prototype.forEach.call(form.elements, function (element) {
      var name = element.name;
      if (!name || SKIP.indexOf(name) !== -1 || name.indexOf("__prefix__") !== -1 ||
          name.indexOf("-empty-") !== -1 || element.type === "file" ||
          element.type === "submit" || element.type === "button") {
        return;
      }
      if (element.type === "checkbox") {
        values[name] = element.checked;
      } else if (element.type === "radio") {
        if (element.checked) {
          values[name] = element.value;
        }
      } else if (element.multiple) {
        values[name] = Array.prototype.filter.call(element.options, function (option) {
          return option.selected;
        }).map(function (option) {
          return [option.value, option.text];
        });
      } else {
        values[name] = element.value;
      }
    });
    return values;
  }

  function sameValues(a, b) {
    return JSON.stringify(a) === JSON.stringify(b);
  }

  function addForms(form, prefix, wanted, scope) {
    var total = form.elements[prefix + "-TOTAL_FORMS"];
    var model = MODELS[prefix.split("-").pop()];
    var guard = 0;
    while (total && model && Number(total.value) < wanted && guard < 500) {
      var links = (scope || document).querySelectorAll(
        "a.djn-add-handler.djn-model-articles-" + model
      );
      var visible = Array.prototype.filter.call(links, function (link) {
        return link.offsetParent !== null && !link.closest(".djn-empty-form");
      });
      if (!visible.length) {
        return;
      }
      visible[visible.length - 1].click();
      guard += 1;
    }
  }

  function restore(form, values) {
    // First make as many inline forms as the copy had, outer ones first.
    Object.keys(values).filter(function (name) {
      return /-TOTAL_FORMS$/.test(name);
    }).sort(function (a, b) {
      return a.split("-").length - b.split("-").length;
    }).forEach(function (name) {
      var prefix = name.replace(/-TOTAL_FORMS$/, "");
      var parent = prefix.replace(/-[a-z]+$/, "");
      var scope = parent !== prefix ? document.getElementById(parent) : null;
      addForms(form, prefix, Number(values[name]), scope);
    });
    Object.keys(values).forEach(function (name) {
      var element = form.elements[name];
      var value = values[name];
      if (!element || /-(TOTAL|INITIAL|MIN_NUM|MAX_NUM)_FORMS$/.test(name)) {
        return;
      }
      if (element.type === "checkbox") {
        element.checked = value;
      } else if (element.multiple) {
        value.forEach(function (pair) {
          var option = Array.prototype.find.call(element.options, function (o) {
            return o.value === pair[0];
          });
          if (!option) {
            option = new Option(pair[1], pair[0]);
            element.add(option);
          }
          option.selected = true;
        });
        Array.prototype.forEach.call(element.options, function (option) {
          option.selected = value.some(function (pair) { return pair[0] === option.value; });
        });
      } else if (element.length && element[0] && element[0].type === "radio") {
        Array.prototype.forEach.call(element, function (radio) {
          radio.checked = radio.value === value;
        });
        return;
      } else {
        element.value = value;
      }
      element.dispatchEvent(new Event("input", { bubbles: true }));
      element.dispatchEvent(new Event("change", { bubbles: true }));
    });
  }

  function startAutosave(form, panels, user) {
    var key = storageKey(user);
    var token = form.elements.edit_token ? form.elements.edit_token.value : "";
    var saved = read(key);
    var offer = panels && panels.querySelector(".autosave-offer");

    if (saved && saved.submitted && saved.token !== token &&
        !document.querySelector(".errornote")) {
      // The save went through: the article's token has moved on since.
      window.localStorage.removeItem(key);
      saved = null;
    }
    // A page re-shown with errors already holds what was submitted.
    var reshown = Boolean(document.querySelector(".errornote"));
    if (saved && offer && !reshown && !sameValues(saved.values, fieldValues(form))) {
      offer.querySelector(".autosave-when").textContent =
        siteTime(new Date(saved.savedAt));
      offer.hidden = false;
      offer.querySelector(".autosave-restore").addEventListener("click", function () {
        restore(form, saved.values);
        offer.hidden = true;
      });
      offer.querySelector(".autosave-discard").addEventListener("click", function () {
        window.localStorage.removeItem(key);
        offer.hidden = true;
      });
    }

    var timer = null;
    var signingOut = false;
    function keep(submitted) {
      if (signingOut) {
        return;
      }
      write(key, {
        savedAt: Date.now(),
        token: token,
        submitted: submitted,
        values: fieldValues(form),
      });
    }
    function keepSoon() {
      window.clearTimeout(timer);
      timer = window.setTimeout(function () { keep(false); }, 800);
    }
    form.addEventListener("input", keepSoon);
    form.addEventListener("change", keepSoon);
    form.addEventListener("submit", function (event) {
      var submitter = event.submitter;
      if (submitter && submitter.getAttribute("formaction")) {
        return; // a preview saves nothing
      }
      window.clearTimeout(timer);
      keep(true);
    });
    document.addEventListener("submit", function (event) {
      if (event.target.getAttribute("id") === "logout-form") {
        window.clearTimeout(timer);
        signingOut = true; // the copies are being forgotten: keep no new one
      }
    });
  }

  // The share and revoke forms sit outside the article form. Sent in the
  // background, they leave the editor's unsaved typing where it is; the
  // server answers with the change page, whose sharing panel replaces ours.
  function startSharing() {
    var status = document.querySelector(".sharing-status");
    var holder = document.querySelector(".sharing-forms");
    if (!status || !holder || !window.fetch || !window.DOMParser) {
      return;
    }
    holder.addEventListener("submit", function (event) {
      var sharing = event.target;
      event.preventDefault();
      status.textContent = "Working…";
      window.fetch(sharing.action, {
        method: "POST",
        body: new FormData(sharing),
        credentials: "same-origin",
      }).then(function (response) {
        if (!response.ok) {
          throw new Error(String(response.status));
        }
        return response.text();
      }).then(function (html) {
        var page = new DOMParser().parseFromString(html, "text/html");
        var links = page.querySelector(".sharing-links");
        var forms = page.querySelector(".sharing-forms");
        if (!links || !forms) {
          throw new Error("not the change page"); // signed out meanwhile
        }
        document.querySelector(".sharing-links").replaceWith(links);
        holder.replaceChildren.apply(holder, Array.prototype.slice.call(forms.children));
        var message = page.querySelector(".messagelist li");
        status.textContent = message ? message.textContent : "";
      }).catch(function () {
        status.textContent = "That did not work: are you still signed in? " +
          "Nothing you typed here was lost; save the article to keep it.";
      });
    });
  }

  function startPresence(panels) {
    var url = panels.getAttribute("data-presence-url");
    var notice = panels.querySelector(".editing-presence");
    var csrf = document.querySelector("input[name=csrfmiddlewaretoken]");
    if (!url || !notice || !csrf) {
      return;
    }
    window.setInterval(function () {
      window.fetch(url, {
        method: "POST",
        headers: { "X-CSRFToken": csrf.value },
        credentials: "same-origin",
      }).then(function (response) {
        return response.ok ? response.json() : null;
      }).then(function (data) {
        if (!data) {
          return;
        }
        notice.querySelector(".editing-presence-names").textContent = data.others.join(", ");
        notice.hidden = data.others.length === 0;
      }).catch(function () { /* offline: try again at the next beat */ });
    }, 30000);
  }

  document.addEventListener("DOMContentLoaded", function () {
    if (document.querySelector(".messagelist .success")) {
      forgetSubmitted();
    }
    var form = document.getElementById("article_form");
    var panels = document.querySelector(".editing-panels");
    // Copies are kept per user; with no user known, none are kept.
    var user = metaContent("newsroom-user");
    if (form && user) {
      startAutosave(form, panels, user);
    }
    startSharing();
    if (panels) {
      startPresence(panels);
    }
  });
})();
