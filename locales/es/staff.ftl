# Cuentas del personal, recuperación por la organización y borrado (errores de la bóveda).
error-vault-not-allowed = Su función no permite esta acción. Pida ayuda a un supervisor.
error-staff-not-found = Esta persona no está registrada en este dispositivo (puede que la hayan retirado).
error-passphrase-in-use = Esta frase de contraseña no se puede usar aquí. Elija otra.
error-staff-last-supervisor = No se puede retirar al último supervisor. Añada primero otro supervisor.
error-staff-invalid-name = Un nombre debe tener de 1 a { $max } caracteres.
error-vault-no-recovery = Este dispositivo no se puede recuperar: no se instaló en él ninguna clave de la organización.
error-vault-recovery-key-mismatch = Esta clave de la organización no abre la ranura de recuperación de este dispositivo.
error-vault-wiped = Este dispositivo se borró después de { $attempts } intentos de desbloqueo fallidos.
error-vault-wipe-not-confirmed = No se confirmó el borrado. Escriba exactamente { $words }.

# Cuentas del personal, recuperación y borrado (pantallas).
create-name = Su nombre
create-name-hint = Usted será el primer supervisor de este dispositivo. Su nombre solo se guarda dentro de la bóveda cifrada.
create-recovery-none = Hasta que un supervisor instale la clave de su organización (Ajustes), nadie podrá recuperar este dispositivo: si se olvidara la frase de contraseña, se perderían todos los registros que contiene.
topbar-me = { $name } · { $role }
role-interviewer = entrevistador
role-supervisor = supervisor
home-staff = Personal y dispositivo
case-owner = Entrevistador
case-hand-over = Transferir…
hand-over-title = Transferir el caso { $reference } a
hand-over-confirm = Transferir
hand-over-done = El caso se ha transferido.
staff-title = Personal y dispositivo
staff-intro = Cada persona desbloquea este dispositivo con su propia frase de contraseña. Los entrevistadores solo ven sus propios casos y los que se les han transferido; los supervisores ven todos los casos.
staff-name = Nombre
staff-role = Función
staff-you = usted
staff-remove = Retirar
staff-remove-title = ¿Retirar a { $name }?
staff-remove-body = Su frase de contraseña ya no abrirá este dispositivo. Los casos que registró se quedan aquí.
staff-removed = { $name } ya no puede desbloquear este dispositivo.
staff-added = { $name } ya puede desbloquear este dispositivo con su propia frase de contraseña.
staff-add-title = Añadir una persona
staff-add-hint = Deje que la persona escriba su propia frase de contraseña. Nadie más necesita conocerla.
staff-add-passphrase = Su frase de contraseña
staff-add-submit = Añadir a esta persona
device-title = Este dispositivo
device-recoverable = Su organización puede recuperar este dispositivo si se olvidan todas las frases de contraseña (su clave está instalada).
device-not-recoverable = Su organización no puede recuperar este dispositivo: no hay ninguna clave de la organización instalada. Si se olvidara una frase de contraseña, se perderían todos los registros.
wipe-policy-title = Borrado tras desbloqueos fallidos
wipe-policy-after = Borrar este dispositivo tras este número de desbloqueos fallidos seguidos
wipe-policy-keep-recovery = Conservar la copia de recuperación de la organización, para que la sede central pueda recuperar un dispositivo que tenga en su poder
wipe-now-title = Borrar este dispositivo
wipe-now-body = Primero se destruyen todas las claves y después los registros. Nadie podrá volver a abrir nada de este dispositivo. Use esta opción cuando estén a punto de quitarle el dispositivo.
wipe-now-type = Escriba { $words } para confirmar
wipe-now-submit = Borrar este dispositivo ahora
unlock-wipe-warning = { $count ->
    [one] Tras { $count } desbloqueo fallido, este dispositivo se borra.
   *[other] Tras { $count } desbloqueos fallidos seguidos, este dispositivo se borra.
}
