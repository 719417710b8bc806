// Drag and drop anywhere on the page fills the file input, and a submission over the size
// limit is stopped here with a sentence rather than cut off by the server; the form works without it.
(function () {
  var form = document.getElementById("upload");
  var input = document.getElementById("files");
  var zone = document.getElementById("drop");
  var list = document.getElementById("chosen");
  var tooBig = document.getElementById("toobig");
  if (!form || !input || !zone) return;
  var maxBytes = Number(form.getAttribute("data-max-mb")) * 1024 * 1024;
  function total() {
    var sum = 0;
    for (var i = 0; i < input.files.length; i++) sum += input.files[i].size;
    return sum;
  }
  function show() {
    list.textContent = "";
    for (var i = 0; i < input.files.length; i++) {
      var li = document.createElement("li");
      li.textContent = input.files[i].name;
      list.appendChild(li);
    }
    tooBig.hidden = !(maxBytes && total() > maxBytes);
  }
  input.addEventListener("change", show);
  form.addEventListener("submit", function (e) {
    if (maxBytes && total() > maxBytes) { e.preventDefault(); tooBig.hidden = false; }
  });
  ["dragenter", "dragover"].forEach(function (type) {
    document.addEventListener(type, function (e) { e.preventDefault(); zone.classList.add("over"); });
  });
  ["dragleave", "dragend"].forEach(function (type) {
    document.addEventListener(type, function () { zone.classList.remove("over"); });
  });
  document.addEventListener("drop", function (e) {
    e.preventDefault();
    zone.classList.remove("over");
    if (e.dataTransfer && e.dataTransfer.files.length) {
      // a links.csv dropped with the bilans is the corrections file, not a bilan
      var links = document.querySelector('input[name="links"]');
      var bilans = new DataTransfer(), corrections = new DataTransfer();
      for (var i = 0; i < e.dataTransfer.files.length; i++) {
        var f = e.dataTransfer.files[i];
        (links && /\.csv$/i.test(f.name) ? corrections : bilans).items.add(f);
      }
      if (bilans.files.length) input.files = bilans.files;
      if (corrections.files.length) links.files = corrections.files;
      show();
    }
  });
})();
