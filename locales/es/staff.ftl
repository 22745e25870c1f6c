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
